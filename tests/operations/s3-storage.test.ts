import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSql } from '../../adapters/postgres/client.js';
import { s3Storage } from '../../adapters/storage/s3.js';
import { composeApp } from '../../src/compose.js';
import { createLogger } from '../../src/logger.js';
import { createHarness } from '../harness.js';
import { TEST_KEYS } from '../setup/test-keys.js';

/**
 * Attachments in an S3-compatible bucket, against a real S3 server speaking the protocol over HTTP (s3rver, its
 * objects on disk), so that several API replicas share them.
 */
let server: S3rver;
let dir: string;
let endpoint: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'guichet-s3-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'guichet' }] });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
const storage = (prefix = '') => s3Storage({ endpoint, region: 'us-east-1', bucket: 'guichet', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', prefix });

describe('attachments on S3-compatible storage', () => {
  it('stores by content (once), reads back the same bytes, answers null for what is not there, deletes', async () => {
    const s = storage('ville-a/');
    const bytes = new Uint8Array(Buffer.from('%PDF-1.4 une lettre scannée'));
    const first = await s.put(bytes);
    expect(first.key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}$/);
    expect(await s.put(bytes)).toEqual(first);
    expect(Buffer.from((await s.read(first.key))!)).toEqual(Buffer.from(bytes));
    expect(await s.read(`00/${'0'.repeat(64)}`)).toBeNull();
    expect(await s.read('../../etc/passwd')).toBeNull();
    // Another installation's prefix does not see it.
    expect(await storage('ville-b/').read(first.key)).toBeNull();
    await s.delete(first.key);
    expect(await s.read(first.key)).toBeNull();
    s.close();
  });

  it('two API replicas with nothing shared on disk: a file uploaded through one is downloaded through the other', async () => {
    const shared = storage('replicas/');
    const a = await createHarness({ files: shared });
    // Replica b: another app over the same database, with its own (empty) disk and the same bucket.
    const b = replicaOf(a.url, shared);
    try {
      const c = await a.newCase({ resident: { givenName: 'Nina', familyName: 'Réplique', phone: '06 55 66 77 88' } });
      const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(png)]), 'photo.png');
      const auth = { authorization: `Bearer ${TEST_KEYS.counter_agent}` };
      const up = await a.app.request(`/v1/cases/${c.id}/attachments`, { method: 'POST', headers: auth, body: form });
      expect(up.status).toBe(201);
      const { id } = (await up.json()) as { id: string };
      const down = await b.app.request(`/v1/cases/${c.id}/attachments/${id}`, { headers: auth });
      expect(down.status).toBe(200);
      expect(Buffer.from(await down.arrayBuffer())).toEqual(png);
      // The object is in the bucket under the installation's prefix.
      const objects = (await readdir(path.join(dir, 'guichet'), { recursive: true })).map(String);
      expect(objects.some((o) => o.includes(createHash('sha256').update(png).digest('hex')))).toBe(true);
    } finally {
      await b.close();
      await a.close();
    }
  });
});

/** A second app over an existing test database: another replica. */
function replicaOf(url: string, files: ReturnType<typeof storage>) {
  const sql = createSql(url, { max: 2 });
  const { app } = composeApp(sql, createLogger('silent'), { maxBodyBytes: 64 * 1024, files, attachmentsDir: path.join(tmpdir(), 'guichet-replica-b-unused') });
  return { app, close: () => sql.end({ timeout: 5 }) };
}
