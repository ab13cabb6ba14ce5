import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_SCOPES } from '../../src/core/actor.js';
import { createHarness, type Harness } from '../harness.js';
import { startCityIdp, type CityIdp } from './city-idp.js';
import { cityIdentity } from './providers.js';

/**
 * An integrator authenticated by the city's IdP rather than a Guichet key: a real client_credentials grant against
 * oidc-provider, whose JWT access token's `scope` claim becomes the integrator's scopes in Guichet.
 */
const AUD = 'https://guichet.ville.example/api';
const SECRET = 'a-secret-of-the-city-portal-at-least-32-chars';
let idp: CityIdp;
let h: Harness & { close(): Promise<void> };

beforeAll(async () => {
  idp = await startCityIdp({
    audience: AUD,
    resourceScopes: [...KEY_SCOPES],
    clients: [
      { clientId: 'portail-citoyen', clientSecret: SECRET, scope: 'cases:create cases:read' },
      { clientId: 'tableau-de-bord', clientSecret: SECRET, scope: 'cases:read:all events:read' },
      { clientId: 'inconnu-de-guichet', clientSecret: SECRET, scope: 'cases:read:all' },
    ],
  });
  h = await createHarness({ identity: cityIdentity(idp.issuer, AUD, ['portail-citoyen', 'tableau-de-bord']) });
});
afterAll(async () => {
  await h?.close();
  await idp?.close();
});

/** What the integrator's own code does: discover the IdP, then ask for a token with the client credentials grant. */
async function tokenFor(clientId: string, scope: string): Promise<{ token: string; claims: Record<string, unknown> }> {
  const config = await oidc.discovery(new URL(idp.issuer), clientId, SECRET, undefined, { execute: [oidc.allowInsecureRequests] });
  const answer = await oidc.clientCredentialsGrant(config, { scope, resource: AUD });
  const token = answer.access_token;
  return { token, claims: JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown> };
}

const call = (token: string, method: string, path: string, body?: unknown) =>
  h.app.request(path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

describe('OAuth2 client credentials from the city IdP', () => {
  it('the token’s scopes are the integrator’s: the portal files and reads its own, nothing else', async () => {
    const { token, claims } = await tokenFor('portail-citoyen', 'cases:create cases:read');
    // A JWT access token for Guichet, as the IdP issued it.
    expect(claims).toMatchObject({ iss: idp.issuer, aud: AUD, client_id: 'portail-citoyen', scope: 'cases:create cases:read' });

    const me = await (await call(token, 'GET', '/v1/me')).json();
    expect(me).toMatchObject({ kind: 'integrator', role: 'integrator', scopes: ['cases:create', 'cases:read'] });
    const filed = await call(token, 'POST', '/v1/cases', { channel: 'web', requestTypeCode: 'VOI-NID-POULE', description: 'Trou rue Pasteur' });
    expect(filed.status).toBe(201);
    const created = (await filed.json()) as { id: string };
    expect((await call(token, 'GET', `/v1/cases/${created.id}`)).status).toBe(200);
    const counter = await h.newCase();
    expect((await call(token, 'GET', `/v1/cases/${counter.id}`)).status).toBe(404);
    expect((await call(token, 'GET', '/v1/events')).status).toBe(403);
    const [row] = await h.sql<{ filedBy: string }[]>`select filed_by from cases where id = ${created.id}`;
    expect(row!.filedBy).toBe('client:ville:portail-citoyen');

    // A token asked with fewer scopes than the client may have carries only those.
    const narrow = await tokenFor('portail-citoyen', 'cases:read');
    expect((await call(narrow.token, 'POST', '/v1/cases', { channel: 'web', requestTypeCode: 'VOI-NID-POULE', description: 'Essai' })).status).toBe(403);
    expect((await call(narrow.token, 'GET', `/v1/cases/${created.id}`)).status).toBe(200);
  });

  it('a dashboard with cases:read:all and events:read reads every case and the feed, and files nothing', async () => {
    const { token } = await tokenFor('tableau-de-bord', 'cases:read:all events:read');
    const c = await h.newCase();
    expect((await call(token, 'GET', `/v1/cases/${c.id}`)).status).toBe(200);
    const feed = await call(token, 'GET', '/v1/events?limit=500');
    expect(feed.status).toBe(200);
    expect(((await feed.json()) as { items: { data: { case: { id: string } } }[] }).items.map((e) => e.data.case.id)).toContain(c.id);
    expect((await call(token, 'POST', '/v1/cases', { channel: 'web', requestTypeCode: 'VOI-NID-POULE', description: 'Essai' })).status).toBe(403);
  });

  it('the IdP refuses scopes the client was not given; Guichet refuses a client it does not list', async () => {
    await expect(tokenFor('portail-citoyen', 'cases:read:all')).rejects.toThrow();
    const { token } = await tokenFor('inconnu-de-guichet', 'cases:read:all');
    const res = await call(token, 'GET', '/v1/request-types');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
