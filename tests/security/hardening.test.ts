import { hashSecret } from '../../src/secrets.js';
import { sessionRepository } from '../../adapters/postgres/session-repository.js';
import { apiKeyRepository } from '../../adapters/postgres/api-key-repository.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { describe, expect, test } from '../harness.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

describe('integrators see what the resident sees', () => {
  test('no internal note in an integrator’s timeline; attachments only with the attachments:read scope', async ({ h }) => {
    const c = await h.newCase({ resident: { givenName: 'Nadia', familyName: 'Brun', phone: '06 31 32 33 34' } });
    await h.call('POST', `/v1/cases/${c.id}/events`, { body: { kind: 'note', body: 'Usagère connue pour des réclamations répétées' } });
    await h.call('POST', `/v1/cases/${c.id}/events`, { body: { kind: 'message', body: 'Nous passons jeudi.' } });
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PNG)]), 'scan.png');
    const up = await h.app.request(`/v1/cases/${c.id}/attachments`, { method: 'POST', headers: { authorization: 'Bearer test-key-counter-agent' }, body: form });
    const attachment = (await up.json()) as { id: string };

    const agentView = await h.call('GET', `/v1/cases/${c.id}/events`);
    expect(JSON.stringify(agentView.body)).toContain('réclamations répétées');
    const integratorView = await h.call('GET', `/v1/cases/${c.id}/events`, { as: 'integrator' });
    expect(integratorView.status).toBe(200);
    expect(JSON.stringify(integratorView.body)).not.toContain('réclamations répétées');
    expect(integratorView.body.items.every((e: { visibility: string }) => e.visibility === 'public')).toBe(true);
    expect(JSON.stringify(integratorView.body)).toContain('Nous passons jeudi.');

    const refused = await h.call('GET', `/v1/cases/${c.id}/attachments/${attachment.id}`, { as: 'integrator' });
    expect(refused.status).toBe(403);
    const scoped = await apiKeyRepository(h.sql).create({ id: 'scoped-integrator', label: 'GED de la ville', role: 'integrator', scopes: ['attachments:read'] });
    const allowed = await h.app.request(`/v1/cases/${c.id}/attachments/${attachment.id}`, { headers: { authorization: `Bearer ${scoped}` } });
    expect(allowed.status).toBe(200);
    expect(Buffer.from(await allowed.arrayBuffer()).equals(PNG)).toBe(true);
  });
});

describe('sign-out and configuration', () => {
  test('POST /auth/logout from another site is refused and leaves the session open', async ({ h }) => {
    const c = await h.newCase({ resident: { givenName: 'Léon', familyName: 'Marin', phone: '06 41 42 43 44' } });
    const [identity] = await h.sql<{ id: string }[]>`insert into identities (id, provider, issuer, subject, kind, resident_id, link_status, first_seen_at, last_seen_at)
      values (gen_random_uuid(), 'franceconnect', 'https://fc.example', 'sub-logout', 'resident', ${c.residentId}, 'linked', now(), now()) returning id`;
    const cookie = 'cookie-logout-0123456789abcdefghij';
    const now = new Date();
    await sessionRepository(h.sql).createSession({ idHash: hashSecret(cookie), kind: 'resident', provider: 'franceconnect', identityId: identity!.id, residentId: c.residentId, agentId: null, acr: 'eidas1', idTokenHint: null, createdAt: now, idleTimeoutSeconds: 1800, expiresAt: new Date(now.getTime() + 3600_000) });
    const res = await h.app.request('/auth/logout', { method: 'POST', headers: { cookie: `__Host-guichet_session=${cookie}`, origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(await h.sql`select 1 from sessions where id_hash = ${hashSecret(cookie)}`).toHaveLength(1);
    const own = await h.app.request('/auth/logout', { method: 'POST', headers: { cookie: `__Host-guichet_session=${cookie}`, origin: 'http://localhost:8080' } });
    expect(own.status).toBe(303);
    expect(await h.sql`select 1 from sessions where id_hash = ${hashSecret(cookie)}`).toHaveLength(0);
  });

  test('the Facebook webhook refuses to start without a real verify token; dev mode is never assumed on a remote database', () => {
    const fb = { FACEBOOK_APP_SECRET: 'app-secret', FACEBOOK_PAGE_TOKEN: 'page-token' };
    expect(() => loadConfig(fb)).toThrow(/FACEBOOK_VERIFY_TOKEN/);
    expect(() => loadConfig({ ...fb, FACEBOOK_VERIFY_TOKEN: '' })).toThrow(/FACEBOOK_VERIFY_TOKEN/);
    expect(loadConfig({ ...fb, FACEBOOK_VERIFY_TOKEN: 'a-long-random-verify-token' }).facebook?.verifyToken).toBe('a-long-random-verify-token');
    expect(() => loadConfig({ DATABASE_URL: 'postgres://guichet:x@db.ville.fr:5432/guichet' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://guichet:x@db.ville.fr:5432/guichet' })).toThrow(/GUICHET_MODE: set it explicitly/);
    expect(loadConfig({ DATABASE_URL: 'postgres://guichet:x@127.0.0.1:5432/guichet' }).mode).toBe('dev');
    expect(loadConfig({ DATABASE_URL: 'postgres://guichet:x@db.ville.fr:5432/guichet', GUICHET_MODE: 'dev' }).mode).toBe('dev');
  });
});
