import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../harness.js';
import { CLIENT_SECRET, cityIdentity } from './providers.js';
import { startRogue, type Rogue } from './rogue-provider.js';

/** The city IdP's JWT access tokens on the API, verified against its JWKS. */
let idp: Rogue;
let h: Harness & { close(): Promise<void> };
beforeAll(async () => {
  idp = await startRogue({ clientId: 'guichet', clientSecret: CLIENT_SECRET, claims: {} });
  h = await createHarness({ identity: cityIdentity(idp.issuer, 'https://guichet.ville.example/api', ['portail-citoyen']) });
});
afterAll(async () => {
  await h.close();
  await idp.close();
});

const AUD = 'https://guichet.ville.example/api';
const call = (token: string, path = '/v1/request-types') => h.app.request(path, { headers: { authorization: `Bearer ${token}` } });

describe('bearer tokens from the city IdP', () => {
  it('a client-credentials token of a listed client acts as an integrator', async () => {
    const token = await idp.accessToken({ sub: 'portail-citoyen', client_id: 'portail-citoyen', aud: AUD });
    expect((await call(token)).status).toBe(200);
    const me = await (await call(token, '/v1/me')).json();
    expect(me).toMatchObject({ kind: 'integrator', role: 'integrator' });
    // An integrator may not work cases.
    const c = await h.newCase();
    const res = await h.app.request(`/v1/cases/${c.id}/status`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'in_progress' }),
    });
    expect(res.status).toBe(403);
  });

  it('a token for a person maps to the Guichet agent bound to that subject, with the role Guichet gives', async () => {
    const [agent] = await h.sql<{ id: string }[]>`select id from agents where role = 'supervisor' limit 1`;
    await h.sql`insert into identities (id, provider, issuer, subject, kind, agent_id, link_status, first_seen_at, last_seen_at)
      values (gen_random_uuid(), 'ville', ${idp.issuer}, 'agent-42', 'agent', ${agent!.id}, 'linked', now(), now())`;
    const token = await idp.accessToken({ sub: 'agent-42', azp: 'back-office', aud: AUD });
    const me = await (await call(token, '/v1/me')).json();
    expect(me).toMatchObject({ kind: 'agent', role: 'supervisor', agent: { id: agent!.id } });
    await h.sql`update agents set active = false where id = ${agent!.id}`;
    expect((await call(token, '/v1/me')).status).toBe(401);
  });

  it.each([
    ['another audience', { sub: 'portail-citoyen', client_id: 'portail-citoyen', aud: 'https://autre.example' }, {}],
    ['an unlisted client', { sub: 'inconnu', client_id: 'inconnu', aud: AUD }, {}],
    ['an unknown subject', { sub: 'personne', azp: 'back-office', aud: AUD }, {}],
    ['an expired token', { sub: 'portail-citoyen', client_id: 'portail-citoyen', aud: AUD }, { expiresIn: -60 }],
    ['HS256', { sub: 'portail-citoyen', client_id: 'portail-citoyen', aud: AUD }, { alg: 'HS256' as const }],
    ['an unknown key', { sub: 'portail-citoyen', client_id: 'portail-citoyen', aud: AUD }, { kid: 'not-published' }],
    ['another issuer', { sub: 'portail-citoyen', client_id: 'portail-citoyen', aud: AUD, iss: 'https://evil.example' }, {}],
  ])('refuses %s with a 401 problem', async (_what, claims, opts) => {
    const res = await call(await idp.accessToken(claims, opts));
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('API keys keep working next to tokens', async () => {
    expect((await h.call('GET', '/v1/request-types', { as: 'integrator' })).status).toBe(200);
    expect((await call('gk_unknown_key')).status).toBe(401);
  });
});
