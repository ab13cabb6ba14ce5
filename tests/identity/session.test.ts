import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHarness, type Harness } from '../harness.js';
import { Browser, PUBLIC_BASE_URL } from './browser.js';
import { AGENT_PAUL, withIdentityHarness, KOFI, MARIE, startProvider, type RunningProvider } from './providers.js';

type H = Harness & { close(): Promise<void> };
let fc: RunningProvider;
let pc: RunningProvider;
beforeAll(async () => {
  [fc, pc] = await Promise.all([startProvider('franceconnect', 'franceconnect', [MARIE, KOFI]), startProvider('proconnect', 'proconnect', [AGENT_PAUL])]);
});
afterAll(() => Promise.all([fc.mimic.close(), pc.mimic.close()]));

const withHarness = (fn: (h: H) => Promise<void>) => withIdentityHarness([fc, pc], fn);

async function signIn(h: H, provider: string, account: string, b = new Browser(h.app)) {
  b.onInteraction = () => ({ login: account });
  const { res } = await b.follow(`/auth/login/${provider}`, { stopAt: (u) => u.pathname === '/espace' || u.pathname === '/v1/me' });
  expect(res.status).toBe(303);
  return b;
}

const laterBy = async (ms: number, fn: () => Promise<void>) => {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + ms });
  try {
    await fn();
  } finally {
    vi.useRealTimers();
  }
};

describe('identity.md — linking identities to residents', () => {
  it('§17 a first login links to the one record matching on certified attributes, never on email alone', async () => {
    await withHarness(async (h) => {
      // Same email as Marie's FranceConnect identity, other person: must not be linked.
      const impostor = await h.newCase({ resident: { givenName: 'Jeanne', familyName: 'Martin', email: 'marie.dupont@example.fr' } });
      // Marie as the counter recorded her: first given name, family name, birth date.
      const marie = await h.newCase({ resident: { givenName: 'Marie', familyName: 'DUPONT', birthDate: '1985-04-12', phone: '06 11 22 33 44' } });
      const b = await signIn(h, 'franceconnect', 'marie');
      const me = await (await b.request('/v1/me')).json();
      expect(me.resident.id).toBe(marie.residentId);
      const cases = await (await b.request('/v1/me/cases')).json();
      expect(cases.items.map((c: { id: string }) => c.id)).toEqual([marie.id]);
      expect(cases.items.map((c: { id: string }) => c.id)).not.toContain(impostor.id);
    });
  });

  it('§17 an ambiguous match is left for an agent to confirm; confirming links and moves the cases', async () => {
    await withHarness(async (h) => {
      // Two records could be Marie: one without birth date, one with a different first name.
      const a = await h.newCase({ resident: { givenName: 'Marie', familyName: 'Dupont', phone: '06 11 22 33 44' } });
      const b2 = await h.newCase({ resident: { givenName: 'Claire', familyName: 'Dupont', birthDate: '1985-04-12', phone: '06 55 66 77 88' } });
      const b = await signIn(h, 'franceconnect', 'marie');
      const me = await (await b.request('/v1/me')).json();
      expect(me.resident.linkStatus).toBe('pending_review');
      expect(me.resident.id).not.toBe(a.residentId);
      expect((await (await b.request('/v1/me/cases')).json()).items).toEqual([]);
      const candidates = await h.call('GET', '/v1/identity-links');
      expect(candidates.status).toBe(200);
      expect(candidates.body.items.map((x: { residentId: string }) => x.residentId).sort()).toEqual([a.residentId, b2.residentId].sort());
      const forA = candidates.body.items.find((x: { residentId: string }) => x.residentId === a.residentId);
      expect(forA.reasons).toContain('no_birth_date_on_record');
      expect((await h.call('POST', `/v1/identity-links/${forA.id}/decision`, { as: 'directorate_agent', body: { decision: 'confirmed' } })).status).toBe(403);
      expect((await h.call('POST', `/v1/identity-links/${forA.id}/decision`, { body: { decision: 'confirmed' } })).status).toBe(200);
      const after = await (await b.request('/v1/me/cases')).json();
      expect(after.items.map((c: { id: string }) => c.id)).toEqual([a.id]);
      expect((await h.call('GET', '/v1/identity-links')).body.items).toEqual([]);
      expect((await h.call('POST', `/v1/identity-links/${forA.id}/decision`, { body: { decision: 'confirmed' } })).status).toBe(409);
    });
  });

  it('§18 certified attributes are stored with their source and level and no API edits them', async () => {
    await withHarness(async (h) => {
      const b = await signIn(h, 'franceconnect', 'marie');
      const me = await (await b.request('/v1/me')).json();
      const record = await h.call('GET', `/v1/residents/${me.resident.id}`);
      expect(record.body.certifiedIdentities).toEqual([
        expect.objectContaining({
          provider: 'franceconnect',
          source: fc.mimic.issuer,
          level: 'eidas1',
          givenName: 'Marie Claire',
          familyName: 'Dupont',
          birthDate: '1985-04-12',
          birthplace: '75056',
          birthcountry: '99100',
        }),
      ]);
      // No operation of the API writes to a resident's identity: not even an admin.
      for (const method of ['PUT', 'PATCH'] as const) {
        const r = await h.call(method, `/v1/residents/${me.resident.id}`, { as: 'admin', body: { familyName: 'Autre' } });
        expect(r.status).toBe(405);
        expect(r.body.code).toBe('method_not_allowed');
        expect(r.headers.get('allow')).toBe('GET, HEAD');
      }
      // Born abroad: birthplace is empty and stored as such.
      await signIn(h, 'franceconnect', 'kofi');
      const [kofi] = await h.sql<{ birthplace: string | null; birthcountry: string }[]>`select birthplace, birthcountry from identities where family_name = 'Mensah'`;
      expect(kofi).toEqual({ birthplace: null, birthcountry: '99324' });
    });
  });
});

describe('identity.md — session and logout', () => {
  it('§19 cookies are __Host-, Secure, HttpOnly, SameSite=Lax and rotated at login', async () => {
    await withHarness(async (h) => {
      const b = await signIn(h, 'franceconnect', 'marie');
      const set = b.lastSetCookies.find((c) => c.startsWith('__Host-guichet_session='))!;
      expect(set).toMatch(/; Path=\//);
      expect(set).toMatch(/; HttpOnly/);
      expect(set).toMatch(/; Secure/);
      expect(set).toMatch(/; SameSite=Lax/);
      const first = b.sessionCookie();
      await signIn(h, 'franceconnect', 'marie', b);
      const second = b.sessionCookie();
      expect(second).not.toBe(first);
      // The old session is gone, not merely shadowed.
      const old = await h.app.request('/v1/me', { headers: { cookie: `__Host-guichet_session=${first}` } });
      expect(old.status).toBe(401);
      expect(await h.count('sessions')).toBe(1);
    });
  });

  it('§19 resident sessions end after 30 minutes idle; agent sessions after 12 hours at most', async () => {
    await withHarness(async (h) => {
      const resident = await signIn(h, 'franceconnect', 'marie');
      await laterBy(29 * 60_000, async () => expect((await resident.request('/v1/me')).status).toBe(200));
      // Activity at +29 min keeps it alive until +59 min; 31 min of silence after that ends it.
      await laterBy(58 * 60_000, async () => expect((await resident.request('/v1/me')).status).toBe(200));
      await laterBy((58 + 31) * 60_000, async () => expect((await resident.request('/v1/me')).status).toBe(401));

      await h.sql`update agents set email = 'paul.martin@ville.example.fr' where id = (select id from agents where role = 'directorate_agent' order by id limit 1)`;
      const agent = await signIn(h, 'proconnect', 'paul');
      // Busy all day (a request every hour) and still out at 12 h.
      for (let hour = 1; hour < 12; hour++) await laterBy(hour * 3600_000, async () => expect((await agent.request('/v1/me')).status).toBe(200));
      await laterBy(12 * 3600_000 + 60_000, async () => expect((await agent.request('/v1/me')).status).toBe(401));
    });
  });

  it('§20 logout clears the local session and redirects to session/end with id_token_hint, post_logout_redirect_uri and a fresh state', async () => {
    await withHarness(async (h) => {
      const b = await signIn(h, 'franceconnect', 'marie');
      const out = await b.request('/auth/logout', { method: 'POST' });
      expect(out.status).toBe(303);
      const end = new URL(out.headers.get('location')!);
      expect(end.origin + end.pathname).toBe(`${fc.mimic.issuer}/session/end`);
      expect(end.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
      expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_BASE_URL}/auth/logged-out`);
      const state = end.searchParams.get('state')!;
      expect(state.length).toBeGreaterThanOrEqual(32);
      expect(await h.count('sessions')).toBe(0);
      expect((await b.request('/v1/me')).status).toBe(401);
      // The provider accepts the hint (it shows its logout confirmation rather than an error).
      const providerPage = await b.request(end.href);
      expect(providerPage.status).toBe(200);
      // Back from the provider: the state is checked, once.
      expect((await b.request(`/auth/logged-out?state=${state}`)).status).toBe(200);
      expect((await b.request(`/auth/logged-out?state=${state}`)).status).toBe(400);
      expect((await b.request(`/auth/logged-out?state=${'y'.repeat(43)}`)).status).toBe(400);
    });
  });

  it('§21 tokens are not kept after use and logs carry issuer, acr, amr, idp_id — never tokens, subs or identity values', async () => {
    await withHarness(async (h) => {
      await h.sql`update agents set email = 'paul.martin@ville.example.fr' where id = (select id from agents where role = 'directorate_agent' order by id limit 1)`;
      const resident = await signIn(h, 'franceconnect', 'marie');
      await signIn(h, 'proconnect', 'paul');
      // Only the ID token, as the logout hint, and only while the session lives.
      const columns = await h.sql<{ column: string }[]>`select column_name as column from information_schema.columns where table_name = 'sessions'`;
      expect(columns.map((c) => c.column).filter((c) => /token/.test(c))).toEqual(['id_token_hint']);
      await resident.request('/auth/logout', { method: 'POST' });
      expect(await h.count('sessions')).toBe(1);
      const logs = h.logs();
      const signedIn = logs.split('\n').filter((l) => l.includes('"signed in"')).map((l) => JSON.parse(l));
      expect(signedIn).toEqual([
        expect.objectContaining({ event: 'login', provider: 'franceconnect', issuer: fc.mimic.issuer, acr: 'eidas1', amr: expect.any(Array) }),
        expect.objectContaining({ event: 'login', provider: 'proconnect', issuer: pc.mimic.issuer, idpId: 'idp-ville' }),
      ]);
      const subs = await h.sql<{ subject: string }[]>`select subject from identities`;
      for (const forbidden of [...subs.map((s) => s.subject), 'eyJ', 'Dupont', 'Marie Claire', '1985-04-12', 'marie.dupont@example.fr', '75056', 'paul.martin', 'pmartin', '21750001600019']) {
        expect(logs, forbidden).not.toContain(forbidden);
      }
    });
  });
});
