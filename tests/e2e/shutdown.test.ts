import { request } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createSql } from '../../adapters/postgres/client.js';
import { freePort } from '../../adapters/postgres/resolve-database.js';
import { emptyDatabase, startGuichet, type Cleanups } from './guichet-process.js';

const cleanups: Cleanups = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

type Outcome = ({ status: number } | { error: string }) & { at?: number };

/** One request on its own connection, as a load balancer's new connection would be. */
function post(port: number, path: string, key: string, body: unknown): Promise<Outcome> {
  return new Promise((resolve) => {
    const data = JSON.stringify(body);
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', agent: false, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }));
    req.end(data);
  });
}

describe('stopping under load (SIGTERM)', () => {
  it('readiness fails first, requests already accepted all finish, new connections are refused, the process exits 0', async () => {
    const url = await emptyDatabase(cleanups);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'guichet-stop-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const app = await startGuichet(cleanups, {
      DATABASE_URL: url,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_TASK_QUEUE: `stop-${port}`,
      DATA_DIR: dataDir,
      PORT: String(port),
      GUICHET_MODE: 'dev',
      DEV_IDENTITY_PORT: String(await freePort()),
      SMTP_PORT: String(await freePort()),
      SHUTDOWN_DELAY_SECONDS: '1',
      SHUTDOWN_GRACE_SECONDS: '10',
    });
    const key = JSON.parse(await readFile(path.join(dataDir, 'demo-credentials.json'), 'utf8')).apiKeys.counter_agent as string;

    const outcomes: Outcome[] = [];
    let refused = false;
    const loop = async (n: number) => {
      for (let i = 0; !refused; i++) {
        const o = await post(port, '/v1/cases', key, { channel: 'phone', requestTypeCode: 'VOI-NID-POULE', description: `Charge ${n}-${i}` });
        outcomes.push({ ...o, at: Date.now() });
        if ('error' in o && o.error === 'ECONNREFUSED') refused = true;
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, (_, n) => loop(n)));
    await new Promise((r) => setTimeout(r, 1500));
    const signalledAt = Date.now();
    app.child.kill('SIGTERM');
    // During the delay, readiness already says 503 while requests are still served.
    await new Promise((r) => setTimeout(r, 300));
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'not_ready', checks: { process: 'stopping' } });
    await load;
    expect(await app.stop()).toBe(0);
    const drainMs = Date.now() - signalledAt;

    const answered = outcomes.filter((o): o is { status: number } => 'status' in o);
    const failed = outcomes.filter((o): o is { error: string; at: number } => 'error' in o);
    expect(answered.length).toBeGreaterThan(20);
    expect(answered.filter((o) => o.status !== 201)).toEqual([]);
    // Failures only once the listener closed, after the readiness delay: connections refused, or reset while still
    // in the kernel's accept queue (a client ignoring readiness, as no load balancer does) — never read by the app.
    expect(failed.filter((f) => f.error !== 'ECONNREFUSED' && f.error !== 'ECONNRESET')).toEqual([]);
    expect(failed.filter((f) => f.at < signalledAt + 1000)).toEqual([]);
    const sql = createSql(url, { max: 1 });
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from cases where description like 'Charge %'`;
    await sql.end();
    // Nothing accepted was dropped: every case written was answered 201, and every 201 is a case.
    expect(row!.n).toBe(answered.length);
    expect(app.out()).toMatch(/"drainMs":\d+/);
    console.info(`shutdown under load: ${answered.length} requests answered 201, drained and exited ${drainMs} ms after SIGTERM (1 s readiness delay included)`);
  }, 90_000);
});
