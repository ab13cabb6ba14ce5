import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../adapters/postgres/resolve-database.js';
import { caseWorkflowId } from '../../workflows/task-queue.js';
import { emptyDatabase, startGuichet, type Cleanups } from './guichet-process.js';

const run = promisify(execFile);
const cleanups: Cleanups = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/**
 * What the image runs: `npm run build` compiles to dist/ (no TypeScript at run time) with the migrations and the
 * workflow bundle; `node dist/src/main.js` in production mode against real PostgreSQL and Temporal.
 */
describe('the compiled build', () => {
  it('starts in production mode with no TypeScript at run time, serves a first case with the first admin key, runs its workflow from the bundle, stops cleanly', async () => {
    await run('npm', ['run', 'build'], { timeout: 120_000 });
    const url = await emptyDatabase(cleanups);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'guichet-dist-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const temporalMetrics = await freePort();
    const taskQueue = `dist-${port}`;
    const env = { TEMPORAL_METRICS_ADDRESS: `127.0.0.1:${temporalMetrics}`, DATABASE_URL: url, TEMPORAL_ADDRESS: inject('temporalAddress'), TEMPORAL_TASK_QUEUE: taskQueue, DATA_DIR: dataDir, PORT: String(port), GUICHET_MODE: 'production', NODE_OPTIONS: '' };
    // The operator's first step: the first admin key, from the compiled CLI (migrations run first).
    const { stdout } = await run(process.execPath, ['dist/src/cli.js', 'create-api-key', '--role', 'admin', '--label', 'Premier administrateur'], { env: { ...process.env, ...env } });
    const key = stdout.trim();
    expect(key).toMatch(/^gk_admin_/);

    const app = await startGuichet(cleanups, env, ['dist/src/main.js']);
    const base = `http://127.0.0.1:${port}`;
    expect(app.out()).not.toMatch(/tsx|\.ts\b/);
    const ready = await fetch(`${base}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', temporal: 'ok' } });
    // The residents' pages and their stylesheet come with the build.
    const css = await fetch(`${base}/assets/guichet.css`);
    expect(css.status).toBe(200);
    expect(await css.text()).toContain('var(--city)');
    expect(await (await fetch(`${base}/suivi`)).text()).toContain('<h1>Suivre une demande</h1>');
    const auth = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    // Production loads no catalogue: the operator loads the starting one.
    await run(process.execPath, ['dist/src/cli.js', 'load-catalogue'], { env: { ...process.env, ...env } });
    const created = await fetch(`${base}/v1/cases`, { method: 'POST', headers: auth, body: JSON.stringify({ channel: 'counter', requestTypeCode: 'VOI-NID-POULE', description: 'Premier dossier' }) });
    expect(created.status).toBe(201);
    const c = (await created.json()) as { id: string };
    expect((await fetch(`${base}/v1/cases/${c.id}/escalate`, { method: 'POST', headers: auth, body: '{}' })).status).toBe(200);

    // The worker (from the bundle) took the workflow the relay started: its first task completed.
    const connection = await Connection.connect({ address: inject('temporalAddress') });
    try {
      const handle = new Client({ connection }).workflow.getHandle(caseWorkflowId(c.id));
      const deadline = Date.now() + 20_000;
      let completedTasks = 0;
      while (completedTasks === 0 && Date.now() < deadline) {
        const history = await handle.fetchHistory().catch(() => null);
        completedTasks = history?.events?.filter((e) => e.workflowTaskCompletedEventAttributes).length ?? 0;
        if (!completedTasks) await new Promise((r) => setTimeout(r, 200));
      }
      expect(completedTasks).toBeGreaterThan(0);
      // The worker's SDK metrics, for Prometheus, on their own port.
      const sdk = await (await fetch(`http://127.0.0.1:${temporalMetrics}/metrics`)).text();
      expect(sdk).toMatch(/^temporal_workflow_task_execution_latency\S* /m);
    } finally {
      await connection.close();
    }
    // The image's health check fits each role: /healthz for the API, the heartbeat file for the worker.
    const healthcheck = (role: string) =>
      run(process.execPath, ['dist/src/healthcheck.js', role], { env: { ...process.env, ...env } }).then(
        () => 0,
        (e: { code: number }) => e.code,
      );
    expect(await healthcheck('api')).toBe(0);
    // The heartbeat is written within seconds of the worker running, then every 15 s.
    const until = Date.now() + 20_000;
    while ((await healthcheck('worker')) !== 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
    expect(await healthcheck('worker')).toBe(0);
    expect(await app.stop()).toBe(0);
    expect(await healthcheck('api')).toBe(1);
    await rm(path.join(dataDir, 'worker-heartbeat'));
    expect(await healthcheck('worker')).toBe(1);
    // The same start from the sources through tsx, for the figure.
    const fromSources = await startGuichet(cleanups, env);
    expect(await fromSources.stop()).toBe(0);
    console.info(`cold start to "API docs" printed: compiled ${app.startMs} ms, tsx ${fromSources.startMs} ms`);
  }, 180_000);
});
