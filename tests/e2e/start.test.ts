import { spawn } from 'node:child_process';
import { createSql } from '../../adapters/postgres/client.js';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../adapters/postgres/resolve-database.js';
import { emptyDatabase as emptyDb, startGuichet, type Cleanups } from './guichet-process.js';

const cleanups: Cleanups = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const emptyDatabase = () => emptyDb(cleanups);
const start = (env: Record<string, string>) => startGuichet(cleanups, env);

/** A browser in a few lines: cookie jars per origin, redirects followed, the demo account picked. */
async function signInAsDemo(base: string, account: string, path = '/auth/login/franceconnect?returnTo=/v1/me/cases'): Promise<Response> {
  const jars = new Map<string, Map<string, string>>();
  const get = async (url: URL) => {
    const jar = jars.get(url.origin) ?? new Map<string, string>();
    jars.set(url.origin, jar);
    const res = await fetch(url, { redirect: 'manual', headers: jar.size ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } : {} });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    return res;
  };
  let url = new URL(`${base}${path}`);
  for (let hop = 0; hop < 15; hop++) {
    if (url.pathname.startsWith('/interaction/')) url.searchParams.set('login', account);
    const res = await get(url);
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) return res;
    url = new URL(location, url);
  }
  throw new Error('too many redirects');
}

describe('npm start', () => {
  it('migrates, loads the demo data once, writes the demo keys, serves the API and prints the docs URL', async () => {
    const url = await emptyDatabase();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'guichet-start-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const env = {
      TEMPORAL_TASK_QUEUE: `start-${port}`,
      DATABASE_URL: url,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      DATA_DIR: dataDir,
      PORT: String(port),
      GUICHET_MODE: 'dev',
      LOG_LEVEL: 'info',
      DEV_IDENTITY_PORT: String(await freePort()),
      SMTP_PORT: String(await freePort()),
    };
    const first = await start(env);
    expect(first.out()).toContain(`http://localhost:${port}/docs`);
    expect(first.out()).toContain('"source":"DATABASE_URL"');
    const creds = JSON.parse(await readFile(path.join(dataDir, 'demo-credentials.json'), 'utf8'));
    expect(Object.keys(creds.apiKeys).sort()).toEqual(['admin', 'counter_agent', 'directorate_agent', 'integrator', 'supervisor']);
    const base = `http://127.0.0.1:${port}`;
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', temporal: 'ok' } });
    const types = await fetch(`${base}/v1/request-types`, { headers: { authorization: `Bearer ${creds.apiKeys.counter_agent}` } });
    expect(((await types.json()) as { items: unknown[] }).items.length).toBeGreaterThanOrEqual(30);
    // A newcomer signs in as a demo resident through the embedded FranceConnect-like provider.
    expect(first.out()).toContain(`Residents' pages: http://localhost:${port}/`);
    const cases = await signInAsDemo(`http://localhost:${port}`, 'marie.dupont');
    expect(cases.status).toBe(200);
    const mine = (await cases.json()) as { items: { channel: string; statusLabel: string }[] };
    expect(mine.items.map((c) => c.channel).sort()).toEqual(['counter', 'phone']);
    expect(mine.items.map((c) => c.statusLabel)).toEqual(['Reçue', 'Reçue']);
    // And as a demo agent of each role through the embedded ProConnect-like provider: the console's way in.
    expect(first.out()).toContain(`Agent console: http://localhost:${port}/agent`);
    const agent = await signInAsDemo(`http://localhost:${port}`, 'agent-voirie', '/auth/login/proconnect?returnTo=/v1/me');
    expect(await agent.json()).toMatchObject({ kind: 'agent', role: 'directorate_agent', agent: { id: 'agent-voirie', directorateId: 'voirie' } });

    // An email to the SMTP listener becomes a case; the acknowledgement is an .eml file a newcomer can open.
    const mailer = nodemailer.createTransport({ host: '127.0.0.1', port: Number(env.SMTP_PORT), secure: false, ignoreTLS: true });
    await mailer.sendMail({ from: 'Lucie Martin <lucie@example.fr>', to: 'mairie@guichet.localhost', subject: 'Encombrants', text: 'Un matelas sur le trottoir.' });
    mailer.close();
    const outbox = path.join(dataDir, 'outbox');
    const deadline = Date.now() + 10_000;
    let emls: string[] = [];
    while (Date.now() < deadline && emls.length === 0) {
      emls = await readdir(outbox).catch(() => []);
      if (!emls.length) await new Promise((r) => setTimeout(r, 100));
    }
    expect(emls).toHaveLength(1);
    const eml = await simpleParser(await readFile(path.join(outbox, emls[0]!)));
    expect(eml.subject).toMatch(/^\[\d{2}-\w{4}-\w{4}\] Accusé de réception de votre demande$/);
    expect(eml.headers.get('auto-submitted')).toBe('auto-replied');
    expect(eml.text).toContain('Nous avons bien reçu votre demande');
    await first.stop();

    // A restart keeps the data and the keys already handed out.
    const second = await start(env);
    const again = JSON.parse(await readFile(path.join(dataDir, 'demo-credentials.json'), 'utf8'));
    expect(again).toEqual(creds);
    expect((await fetch(`${base}/v1/directorates`, { headers: { authorization: `Bearer ${creds.apiKeys.integrator}` } })).status).toBe(200);
    await second.stop();
  });

  it('in production mode loads no demo data', async () => {
    const url = await emptyDatabase();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'guichet-start-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const app = await start({ DATABASE_URL: url, TEMPORAL_ADDRESS: inject('temporalAddress'), DATA_DIR: dataDir, PORT: String(port), GUICHET_MODE: 'production', TEMPORAL_TASK_QUEUE: `start-${port}` });
    expect(app.out()).not.toContain('Demo API keys');
    const sql = createSql(url, { max: 1 });
    const [row] = await sql<{ keys: number; types: number }[]>`select (select count(*) from api_keys)::int as keys, (select count(*) from request_types)::int as types`;
    await sql.end();
    expect(row).toEqual({ keys: 0, types: 0 });
  });

  it('starts and records cases while Temporal is unreachable; readyz says so', async () => {
    const url = await emptyDatabase();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'guichet-start-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    await start({ DATABASE_URL: url, TEMPORAL_ADDRESS: '127.0.0.1:1', DATA_DIR: dataDir, PORT: String(port), GUICHET_MODE: 'dev', DEV_IDENTITY_PORT: String(await freePort()), SMTP_PORT: String(await freePort()) });
    const base = `http://127.0.0.1:${port}`;
    const ready = await fetch(`${base}/readyz`);
    // Still in the pool: it takes cases; the body says Temporal is away.
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'degraded', checks: { database: 'ok', temporal: 'unreachable' } });
    const creds = JSON.parse(await readFile(path.join(dataDir, 'demo-credentials.json'), 'utf8'));
    const headers = { authorization: `Bearer ${creds.apiKeys.counter_agent}`, 'content-type': 'application/json' };
    const created = await fetch(`${base}/v1/cases`, { method: 'POST', headers, body: JSON.stringify({ channel: 'phone', requestTypeCode: 'EV-ARBRE', description: 'Arbre penché' }) });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { status: string; id: string };
    expect(body.status).toBe('escalated');
    const sql = createSql(url, { max: 1 });
    const pending = await sql<{ kind: string }[]>`select kind from outbox where case_id = ${body.id} and delivered_at is null`;
    await sql.end();
    expect(pending.map((p) => p.kind)).toEqual(['escalation_started']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ GUICHET_MODE: 'production', DATABASE_URL: 'postgres://x@127.0.0.1:1/x', TEMPORAL_ADDRESS: '127.0.0.1:1', DEV_IDENTITY_PROVIDER: 'true' }, 'DEV_IDENTITY_PROVIDER: the demo identity provider cannot be enabled in production mode'],
    [
      { IDENTITY_PROVIDERS: JSON.stringify([{ id: 'google', kind: 'city', issuer: 'https://accounts.google.com', clientId: 'x', clientSecret: 'y' }]), IDENTITY_ISSUER_ALLOWLIST: 'https://accounts.google.com' },
      "Identity provider google: https://accounts.google.com is a foreign platform's consumer login",
    ],
  ])('refuses a bad configuration with a message naming it (%o)', async (env, message) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
