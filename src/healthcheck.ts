import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The image's HEALTHCHECK, for both roles of the one image. The role is read from the container's main process
 * (`node dist/src/main.js worker`): the worker serves no HTTP, so it is healthy while its heartbeat file is fresh;
 * the API while GET /healthz answers.
 */
export const HEARTBEAT_FILE = 'worker-heartbeat';
export const HEARTBEAT_MAX_AGE_MS = 60_000;

async function main(): Promise<boolean> {
  const cmdline = await readFile('/proc/1/cmdline', 'utf8').catch(() => '');
  const role = process.argv[2] ?? cmdline.split('\0').filter(Boolean).pop() ?? 'all';
  if (role === 'worker') {
    const file = path.join(process.env.DATA_DIR ?? '.data', HEARTBEAT_FILE);
    const s = await stat(file).catch(() => null);
    return !!s && Date.now() - s.mtimeMs < HEARTBEAT_MAX_AGE_MS;
  }
  const res = await fetch(`http://127.0.0.1:${process.env.PORT ?? '8080'}/healthz`, { signal: AbortSignal.timeout(4000) }).catch(() => null);
  return !!res?.ok;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (ok) => process.exit(ok ? 0 : 1),
    () => process.exit(1),
  );
}
