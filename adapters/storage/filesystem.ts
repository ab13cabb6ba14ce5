import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileStorage } from '../../src/core/ports.js';

/**
 * Attachments on the local filesystem, content-addressed by SHA-256 (the same scan sent twice is stored
 * once). Written to a temporary name and renamed, so a crash never leaves half a file under a real key.
 */
export function filesystemStorage(root: string): FileStorage {
  return {
    async put(content) {
      const sha256 = createHash('sha256').update(content).digest('hex');
      const key = `${sha256.slice(0, 2)}/${sha256}`;
      const file = path.join(root, key);
      await mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, content, { mode: 0o600 });
      await rename(tmp, file);
      return { key, sha256 };
    },
    async delete(key) {
      if (!/^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(key)) return;
      await rm(path.join(root, key), { force: true });
    },
    async read(key) {
      if (!/^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(key)) return null;
      try {
        return new Uint8Array(await readFile(path.join(root, key)));
      } catch {
        return null;
      }
    },
  };
}
