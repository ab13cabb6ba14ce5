import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Harness } from '../harness.js';
import { Browser } from './browser.js';
import { AGENT_PAUL, CLIENT_SECRET, encryptionKeyPair, identityConfig, MARIE, startProvider, withIdentityHarness, type RunningProvider } from './providers.js';
import { startRogue, type Defect, type Rogue } from './rogue-provider.js';
import { parseIdentityConfig, type IdentityConfig } from '../../adapters/identity/provider-config.js';

type H = Harness & { close(): Promise<void> };

let fc: RunningProvider;
let pc: RunningProvider;
let rogue: Rogue;
let rogueFcPlus: Rogue;
let fcPlusDecryption: Record<string, unknown>;
beforeAll(async () => {
  const enc = await encryptionKeyPair('rogue-enc');
  fcPlusDecryption = enc.priv;
  [fc, pc, rogue, rogueFcPlus] = await Promise.all([
    startProvider('franceconnect', 'franceconnect', [MARIE]),
    startProvider('proconnect', 'proconnect', [AGENT_PAUL]),
    startRogue({ clientId: 'guichet-rogue', clientSecret: CLIENT_SECRET, claims: MARIE.claims }),
    startRogue({ clientId: 'guichet-rogueplus', clientSecret: CLIENT_SECRET, claims: MARIE.claims, acr: 'eidas2', encryptTo: enc.pub as never }),
  ]);
});
afterAll(() => Promise.all([fc.mimic.close(), pc.mimic.close(), rogue.close(), rogueFcPlus.close()]));

function rogueConfig() {
  return parseIdentityConfig({ allowlist: [rogue.issuer, rogueFcPlus.issuer].join(',') }, 'dev', [
    { id: 'rogue', kind: 'franceconnect', issuer: rogue.issuer, clientId: 'guichet-rogue', clientSecret: CLIENT_SECRET, clientAuth: 'client_secret_post', idTokenAlg: 'ES256' },
    {
      id: 'rogueplus',
      kind: 'franceconnect_plus',
      issuer: rogueFcPlus.issuer,
      clientId: 'guichet-rogueplus',
      clientSecret: CLIENT_SECRET,
      clientAuth: 'client_secret_post',
      idTokenAlg: 'ES256',
      decryptionKeys: JSON.stringify({ keys: [fcPlusDecryption] }),
    },
  ]);
}

const withHarness = (config: { identity: IdentityConfig }, fn: (h: H) => Promise<void>) => withIdentityHarness(config.identity, fn);

/** Signs in through a provider; returns the final response (a problem when refused). */
async function signIn(h: H, provider: string, account = 'marie', extra: Record<string, string> = {}) {
  const b = new Browser(h.app);
  b.onInteraction = () => ({ login: account, ...extra });
  const { res } = await b.follow(`/auth/login/${provider}`, { stopAt: (u) => u.pathname === '/espace' || u.pathname === '/v1/me' });
  return { b, res, body: res.headers.get('content-type')?.includes('json') ? await res.json() : null };
}

async function rogueLogin(h: H, defect: Defect, provider = 'rogue', r = rogue) {
  r.defect = defect;
  try {
    return await signIn(h, provider);
  } finally {
    r.defect = 'none';
  }
}

describe('identity.md — callback', () => {
  it('§9 a missing, wrong or replayed state is refused before any token request', async () => {
    await withHarness({ identity: rogueConfig() }, async (h) => {
      const before = rogue.tokenRequests;
      for (const q of ['', '?code=abc', '?code=abc&state=' + 'x'.repeat(43)]) {
        const r = await h.call('GET', `/auth/callback/rogue${q}`, { as: null });
        expect(r.status, q).toBe(400);
        expect(r.body.code).toBe('invalid_login_state');
      }
      // A real state, used once, then replayed.
      const b = new Browser(h.app);
      const { url } = await b.follow('/auth/login/rogue', { stopAt: (u) => u.pathname.startsWith('/auth/callback/') });
      const first = await b.request(url.href);
      expect(first.status).toBe(303);
      const tokenRequestsAfterLogin = rogue.tokenRequests;
      const replay = await b.request(url.href);
      expect(replay.status).toBe(400);
      expect(rogue.tokenRequests).toBe(tokenRequestsAfterLogin);
      expect(tokenRequestsAfterLogin).toBe(before + 1);
      // A state lifted from one browser does not complete in another.
      const { url: stolen } = await new Browser(h.app).follow('/auth/login/rogue', { stopAt: (u) => u.pathname.startsWith('/auth/callback/') });
      expect((await new Browser(h.app).request(stolen.href)).status).toBe(400);
      expect(rogue.tokenRequests).toBe(tokenRequestsAfterLogin);
    });
  });

  it.each<[Defect, string]>([
    ['wrong_nonce', 'nonce_mismatch'],
    ['missing_nonce', 'nonce_mismatch'],
    ['wrong_iss', 'issuer_mismatch'],
    ['wrong_aud', 'audience_mismatch'],
    ['expired', 'token_expired'],
    ['unknown_kid', 'unknown_signing_key'],
    ['alg_none', 'algorithm_not_allowed'],
    ['hs256', 'algorithm_not_allowed'],
  ])('§10 an ID token with %s is rejected with a clear problem and an audit line without the token', async (defect, reason) => {
    await withHarness({ identity: rogueConfig() }, async (h) => {
      const { res, body, b } = await rogueLogin(h, defect);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(body.code).toBe('identity_rejected');
      expect(body.reason, body.detail).toBe(reason);
      expect(body.detailFr).toMatch(/La connexion a échoué/);
      expect(b.sessionCookie()).toBeUndefined();
      expect(await h.count('sessions')).toBe(0);
      const audit = h.logs().split('\n').filter((l) => l.includes('"login_rejected"'));
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0]!)).toMatchObject({ event: 'login_rejected', provider: 'rogue', issuer: rogue.issuer, reason });
      expect(h.logs()).not.toMatch(/eyJ/);
    });
  });

  it('§11 a key rotation (new kid) is accepted once the JWKS is re-fetched', async () => {
    await withHarness({ identity: identityConfig(fc) }, async (h) => {
      expect((await signIn(h, 'franceconnect')).res.status).toBe(303);
      await fc.mimic.rotateKeys();
      // openid-client re-fetches a JWKS for an unknown kid once its copy is a minute old: move the clock.
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 120_000 });
      try {
        const after = await signIn(h, 'franceconnect');
        expect(after.res.status).toBe(303);
      } finally {
        vi.useRealTimers();
      }
    });
  });

  it('§12 a missing acr, or one lower than asked, is rejected; a higher one is accepted', async () => {
    await withHarness({ identity: rogueConfig() }, async (h) => {
      expect((await rogueLogin(h, 'no_acr')).body.reason).toBe('acr_missing');
    });
    await withHarness({ identity: rogueConfig() }, async (h) => {
      // rogueplus asks eidas2; the token says eidas1.
      expect((await rogueLogin(h, 'low_acr', 'rogueplus', rogueFcPlus)).body.reason).toBe('acr_too_low');
    });
    await withHarness({ identity: identityConfig(fc) }, async (h) => {
      const { b, res } = await signIn(h, 'franceconnect', 'marie', { acr: 'eidas3' });
      expect(res.status).toBe(303);
      const me = await b.request('/v1/me');
      expect((await me.json()).acr).toBe('eidas3');
    });
  });

  it('§13 userinfo about another sub is rejected; FranceConnect+ userinfo that is not an encrypted JWT is rejected', async () => {
    await withHarness({ identity: rogueConfig() }, async (h) => {
      expect((await rogueLogin(h, 'userinfo_other_sub')).body.reason).toBe('userinfo_subject_mismatch');
    });
    await withHarness({ identity: rogueConfig() }, async (h) => {
      expect((await rogueLogin(h, 'none', 'rogueplus', rogueFcPlus)).res.status).toBe(303);
      expect((await rogueLogin(h, 'userinfo_plain_json', 'rogueplus', rogueFcPlus)).body.reason).toBe('userinfo_not_signed_jwt');
    });
  });

  it.each([
    ['birthdate', '12/04/1985'],
    ['birthdate', '1985-13-01'],
    ['gender', 'F'],
    ['birthplace', 'Paris'],
    ['birthcountry', 'FR'],
  ])('§14 a malformed identity claim (%s = %s) is rejected and nothing is stored', async (claim, value) => {
    await withHarness({ identity: rogueConfig() }, async (h) => {
      const saved = rogue.claims;
      rogue.claims = { ...saved, [claim]: value };
      try {
        const { res, body } = await signIn(h, 'rogue');
        expect(res.status).toBe(401);
        expect(body.reason).toBe('malformed_claims');
      } finally {
        rogue.claims = saved;
      }
      expect(await h.count('identities')).toBe(0);
      expect(await h.count('residents')).toBe(0);
    });
  });

  it.each(['uid', 'siret', 'email', 'given_name', 'usual_name'])('§15 a ProConnect login without %s is refused', async (claim) => {
    await withHarness({ identity: rogueProConnect() }, async (h) => {
      await h.sql`update agents set email = 'paul.martin@ville.example.fr' where id = (select id from agents where role = 'directorate_agent' order by id limit 1)`;
      const saved = rogue.claims;
      rogue.claims = { ...AGENT_PAUL.claims, [claim]: undefined };
      try {
        const { res, body } = await signIn(h, 'rogue-pc');
        expect(res.status).toBe(401);
        expect(body.reason).toBe('agent_refused');
        expect(body.detail).toContain(claim);
      } finally {
        rogue.claims = saved;
      }
    });
  });

  it('§15 a ProConnect login from an idp_id off the allowlist is refused; from an allowed one it signs the agent in', async () => {
    await withHarness({ identity: identityConfig(pc) }, async (h) => {
      // No Guichet agent with this email yet: refused (agents must exist and be active).
      expect((await signIn(h, 'proconnect', 'paul')).res.status).toBe(403);
      const [agent] = await h.sql<{ id: string }[]>`update agents set email = 'paul.martin@ville.example.fr'
        where id = (select id from agents where role = 'directorate_agent' order by id limit 1) returning id`;
      const ok = await signIn(h, 'proconnect', 'paul');
      expect(ok.res.status).toBe(303);
      const me = await (await ok.b.request('/v1/me')).json();
      expect(me).toMatchObject({ kind: 'agent', role: 'directorate_agent', agent: { id: agent!.id } });
    });
    await withHarness({ identity: identityConfig({ input: { ...pc.input, idpAllowlist: ['idp-autre'] } }) }, async (h) => {
      await h.sql`update agents set email = 'paul.martin@ville.example.fr' where id = (select id from agents where role = 'directorate_agent' order by id limit 1)`;
      const { res, body } = await signIn(h, 'proconnect', 'paul');
      expect(res.status).toBe(401);
      expect(body.detail).toMatch(/idp_id\) is not on the allowlist/);
    });
  });

  it('§16 identities are keyed on (issuer, sub): the same sub from another issuer is another identity', async () => {
    await withHarness({ identity: rogueConfig() }, async (h) => {
      // Both rogue providers send the same sub for the same person.
      expect((await rogueLogin(h, 'none', 'rogue')).res.status).toBe(303);
      expect((await rogueLogin(h, 'none', 'rogueplus', rogueFcPlus)).res.status).toBe(303);
      const rows = await h.sql<{ issuer: string; subject: string }[]>`select issuer, subject from identities order by issuer`;
      expect(rows).toHaveLength(2);
      expect(rows[0]!.subject).toBe(rows[1]!.subject);
      expect(rows[0]!.issuer).not.toBe(rows[1]!.issuer);
      expect((await rogueLogin(h, 'none', 'rogue')).res.status).toBe(303);
      expect(await h.count('identities')).toBe(2);
    });
  });
});

function rogueProConnect() {
  return parseIdentityConfig({ allowlist: rogue.issuer }, 'dev', [
    { id: 'rogue-pc', kind: 'proconnect', issuer: rogue.issuer, clientId: 'guichet-rogue', clientSecret: CLIENT_SECRET, clientAuth: 'client_secret_post', idTokenAlg: 'ES256', idpAllowlist: ['idp-ville'] },
  ]);
}
