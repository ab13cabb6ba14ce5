import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from '../harness.js';

const run = promisify(execFile);
const cli = (url: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: { ...process.env, DATABASE_URL: url, TEMPORAL_ADDRESS: '127.0.0.1:7233', GUICHET_MODE: 'production' } });

describe('operator CLI (npm run admin)', () => {
  test('creates an agent and an API key that then works with the agent’s role and directorate', async ({ h }) => {
    const agent = await cli(h.url, 'create-agent', '--id', 'j.martin', '--name', 'Jeanne Martin', '--role', 'directorate_agent', '--directorate', 'proprete');
    expect(agent.stdout).toContain('agent j.martin created');
    const { stdout } = await cli(h.url, 'create-api-key', '--role', 'directorate_agent', '--agent', 'j.martin', '--label', 'Poste propreté');
    const key = stdout.trim();
    expect(key).toMatch(/^gk_directorate_[\w-]{32}$/);
    const [row] = await h.sql<{ keyHash: string }[]>`select key_hash from api_keys where label = 'Poste propreté'`;
    expect(row!.keyHash).not.toContain(key);
    const voirie = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
    const proprete = await h.newCase({ requestTypeCode: 'PRO-TAG' });
    // Directorate agents see what reached their directorate.
    for (const c of [voirie, proprete]) await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
    const auth = { authorization: `Bearer ${key}` };
    expect((await h.call('GET', `/v1/cases/${proprete.id}`, { as: null, headers: auth })).status).toBe(200);
    expect((await h.call('GET', `/v1/cases/${voirie.id}`, { as: null, headers: auth })).status).toBe(404);
  });

  test('loads the starting catalogue into an empty installation, twice without harm', async ({ h }) => {
    await h.sql`delete from knowledge_articles`;
    await h.sql`delete from request_types`;
    expect(await h.count('request_types')).toBe(0);
    expect((await cli(h.url, 'load-catalogue')).stdout).toContain('catalogue loaded');
    await cli(h.url, 'load-catalogue');
    expect(await h.count('request_types')).toBeGreaterThanOrEqual(30);
    expect(await h.count('knowledge_articles')).toBeGreaterThanOrEqual(20);
  });

  test('npm run migrate: up to date twice; an applied migration edited afterwards is refused, naming it', async ({ h }) => {
    const migrate = () => run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'migrate'], { env: { ...process.env, DATABASE_URL: h.url, TEMPORAL_ADDRESS: '127.0.0.1:7233', GUICHET_MODE: 'production' } });
    expect((await migrate()).stdout).toBe('the database is up to date\n');
    const [row] = await h.sql<{ checksum: string }[]>`select checksum from schema_migrations where version = '016_contact_trust.sql'`;
    expect(row!.checksum).toMatch(/^[0-9a-f]{64}$/);
    // As if the file had been edited after it ran here.
    await h.sql`update schema_migrations set checksum = ${'0'.repeat(64)} where version = '016_contact_trust.sql'`;
    await expect(migrate()).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('migration 016_contact_trust.sql was edited after it was applied') });
    // A database from before checksums gets them, and goes on.
    await h.sql`update schema_migrations set checksum = null`;
    expect((await migrate()).stdout).toBe('the database is up to date\n');
    const [filled] = await h.sql<{ n: number }[]>`select count(*)::int as n from schema_migrations where checksum is null`;
    expect(filled!.n).toBe(0);
  });

  test('an integrator key with scopes: created, used, listed with its scopes and last use, rotated with an overlap', async ({ h }) => {
    await expect(cli(h.url, 'create-api-key', '--role', 'integrator', '--label', 'x', '--scopes', 'cases:everything')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown scope cases:everything') });
    const key = (await cli(h.url, 'create-api-key', '--role', 'integrator', '--label', 'Portail citoyen', '--scopes', 'cases:create,cases:read')).stdout.trim();
    expect(key).toMatch(/^gk_integrator_/);
    const auth = { authorization: `Bearer ${key}` };
    const filed = await h.call('POST', '/v1/cases', { as: null, headers: auth, body: { channel: 'web', requestTypeCode: 'VOI-NID-POULE', description: 'Trou' } });
    expect(filed.status).toBe(201);
    expect((await h.call('GET', '/v1/events', { as: null, headers: auth })).status).toBe(403);

    const line = (list: string) => list.split('\n').find((l) => l.endsWith('\tPortail citoyen'))!.split('\t');
    const [id, role, agent, state, scopes, used] = line((await cli(h.url, 'list-api-keys')).stdout);
    expect([role, agent, state, scopes]).toEqual(['integrator', '-', 'active', 'cases:create,cases:read']);
    expect(Date.now() - Date.parse(used!.replace('used ', ''))).toBeLessThan(60_000);

    const next = (await cli(h.url, 'rotate-api-key', '--id', id!, '--overlap-hours', '24')).stdout.trim();
    expect(next).toMatch(/^gk_integrator_/);
    // Both work for a day; the new one reads what the old one filed.
    expect((await h.call('GET', `/v1/cases/${filed.body.id}`, { as: null, headers: auth })).status).toBe(200);
    expect((await h.call('GET', `/v1/cases/${filed.body.id}`, { as: null, headers: { authorization: `Bearer ${next}` } })).status).toBe(200);
    const rows = (await cli(h.url, 'list-api-keys')).stdout.split('\n').filter((l) => l.endsWith('\tPortail citoyen'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/\texpires \d{4}-/);
    expect(rows[1]).toContain('\tactive\t');
  });

  test('lists keys, revokes one and deactivates an agent: each stops at once, each in the audit trail', async ({ h }) => {
    const { stdout: list } = await cli(h.url, 'list-api-keys');
    const integratorKey = list.split('\n').find((l) => l.includes('\tintegrator\t'))!.split('\t')[0]!;
    expect(list).not.toContain('test-key');
    expect((await cli(h.url, 'revoke-api-key', '--id', integratorKey)).stdout).toBe(`key ${integratorKey} revoked\n`);
    expect((await h.call('GET', '/v1/request-types', { as: 'integrator' })).status).toBe(401);
    expect((await cli(h.url, 'deactivate-agent', '--id', 'agent-accueil')).stdout).toBe('agent agent-accueil deactivated\n');
    expect((await h.call('GET', '/v1/request-types', { as: 'counter_agent' })).status).toBe(401);
    await expect(cli(h.url, 'revoke-api-key', '--id', integratorKey)).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('revoked already') });
    const trail = await h.sql<{ actor: string; action: string }[]>`select actor, action from admin_audit order by at`;
    expect(trail).toEqual([
      { actor: 'cli', action: 'revoked' },
      { actor: 'cli', action: 'deactivated' },
    ]);
  });

  test('runs the RGPD lifecycle on demand: a dry run counts, the run anonymises a case past its retention', async ({ h }) => {
    const c = await h.newCase();
    await h.sql`update cases set status = 'closed', updated_at = now() - interval '4 years' where id = ${c.id}`;
    const dry = JSON.parse((await cli(h.url, 'retention', '--dry-run')).stdout);
    expect(dry).toMatchObject({ dryRun: true, casesAnonymised: 1, residentsUnlinked: 0 });
    expect(await h.sql`select description from cases where id = ${c.id}`).toEqual([{ description: 'Un trou dans la chaussée' }]);
    expect(JSON.parse((await cli(h.url, 'retention')).stdout)).toMatchObject({ dryRun: false, casesAnonymised: 1 });
    expect(await h.sql`select description from cases where id = ${c.id}`).toEqual([{ description: '[anonymisé]' }]);
  });

  test('refuses an unknown role with a clear message', async ({ h }) => {
    await expect(cli(h.url, 'create-api-key', '--role', 'mayor', '--label', 'x')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--role must be one of') });
  });

  test('sets where a directorate’s team receives its alerts and who supervises it', async ({ h }) => {
    expect((await cli(h.url, 'set-staff-mailbox', '--directorate', 'voirie', '--email', 'equipe.voirie@ville.example')).stdout).toContain('alerts of voirie go to equipe.voirie@ville.example');
    await cli(h.url, 'create-agent', '--id', 's.durand', '--name', 'Sophie Durand', '--role', 'supervisor', '--email', 's.durand@ville.example');
    expect((await cli(h.url, 'add-supervisor', '--agent', 's.durand', '--directorate', 'voirie')).stdout).toContain('s.durand supervises voirie');
    await expect(cli(h.url, 'add-supervisor', '--agent', 'agent-voirie', '--directorate', 'voirie')).rejects.toMatchObject({ stderr: expect.stringContaining('is not a supervisor') });
    const supervisors = await h.core.store.agents.supervisorsOf('voirie');
    expect(supervisors.map((s) => s.id)).toContain('s.durand');
    expect(await h.core.store.agents.supervisorsOf('proprete')).not.toContainEqual(expect.objectContaining({ id: 's.durand' }));
    expect((await h.core.store.catalogue.directorateById('voirie'))?.staffEmail).toBe('equipe.voirie@ville.example');
  });
});
