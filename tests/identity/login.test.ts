import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness } from '../harness.js';
import { Browser, PUBLIC_BASE_URL } from './browser.js';
import { AGENT_PAUL, identityConfig, MARIE, startProvider, type RunningProvider } from './providers.js';

let fc: RunningProvider;
let fcPlus: RunningProvider;
let pc: RunningProvider;
beforeAll(async () => {
  [fc, fcPlus, pc] = await Promise.all([
    startProvider('franceconnect', 'franceconnect', [MARIE]),
    startProvider('fcplus', 'franceconnect_plus', [MARIE]),
    startProvider('proconnect', 'proconnect', [AGENT_PAUL]),
  ]);
});
afterAll(() => Promise.all([fc.mimic.close(), fcPlus.mimic.close(), pc.mimic.close()]));

async function authorizationUrl(b: Browser, path: string): Promise<URL> {
  const res = await b.request(path, { headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location')!);
}

describe('identity.md — login', () => {
  it('§5 each login makes a fresh state and nonce of ≥ 32 characters, kept server-side, single-use, short-lived', async () => {
    const h = await createHarness({ identity: identityConfig(fc) });
    try {
      const b = new Browser(h.app);
      const first = await authorizationUrl(b, '/auth/login/franceconnect');
      const second = await authorizationUrl(b, '/auth/login/franceconnect');
      for (const u of [first, second]) {
        expect(u.searchParams.get('state')!.length).toBeGreaterThanOrEqual(32);
        expect(u.searchParams.get('nonce')!.length).toBeGreaterThanOrEqual(32);
      }
      expect(first.searchParams.get('state')).not.toBe(second.searchParams.get('state'));
      expect(first.searchParams.get('nonce')).not.toBe(second.searchParams.get('nonce'));
      // Server-side: stored as a hash with its expiry (never the state itself), at most 10 minutes ahead.
      const rows = await h.sql<{ stateHash: string; expiresAt: Date }[]>`select state_hash, expires_at from login_attempts`;
      expect(rows).toHaveLength(2);
      for (const r of rows) {
        expect(r.stateHash).not.toBe(first.searchParams.get('state'));
        expect(r.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(600_000);
      }
      // The browser is bound with a __Host- cookie, HttpOnly and Secure.
      expect(b.lastSetCookies.join()).toMatch(/__Host-guichet_login=[^;]+;.*HttpOnly.*Secure|__Host-guichet_login=[^;]+;.*Secure.*HttpOnly/);
    } finally {
      await h.close();
    }
  });

  it('§6 FranceConnect asks acr_values=eidas1; FranceConnect+ asks eidas2 or eidas3 per request; other levels are refused', async () => {
    const h = await createHarness({ identity: identityConfig(fc, fcPlus) });
    try {
      const b = new Browser(h.app);
      expect((await authorizationUrl(b, '/auth/login/franceconnect')).searchParams.get('acr_values')).toBe('eidas1');
      expect((await authorizationUrl(b, '/auth/login/fcplus')).searchParams.get('acr_values')).toBe('eidas2');
      expect((await authorizationUrl(b, '/auth/login/fcplus?acr=eidas3')).searchParams.get('acr_values')).toBe('eidas3');
      const refused = await h.call('GET', '/auth/login/franceconnect?acr=eidas3', { as: null });
      expect(refused.status).toBe(422);
      expect(refused.body.invalidFields[0].path).toBe('acr');
      expect((await h.call('GET', '/auth/login/fcplus?acr=eidas1', { as: null })).status).toBe(422);
      // A request type that needs eidas2 says so in the catalogue.
      const types = await h.call('GET', '/v1/request-types');
      expect(types.body.items.find((t: { code: string }) => t.code === 'SOC-AIDE').minAcr).toBe('eidas2');
    } finally {
      await h.close();
    }
  });

  it('§7 PKCE S256 for ProConnect; only documented parameters for FranceConnect', async () => {
    const h = await createHarness({ identity: identityConfig(fc, pc) });
    try {
      const b = new Browser(h.app);
      const pcUrl = await authorizationUrl(b, '/auth/login/proconnect');
      expect(pcUrl.searchParams.get('code_challenge_method')).toBe('S256');
      expect(pcUrl.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
      expect(JSON.parse(pcUrl.searchParams.get('claims')!)).toEqual({ id_token: { acr: { essential: true, values: ['eidas1'] } } });
      const fcUrl = await authorizationUrl(b, '/auth/login/franceconnect');
      expect([...fcUrl.searchParams.keys()].sort()).toEqual(['acr_values', 'client_id', 'nonce', 'redirect_uri', 'response_type', 'scope', 'state']);
      expect(fcUrl.searchParams.get('response_type')).toBe('code');
    } finally {
      await h.close();
    }
  });

  it('§8 redirect_uri comes from configuration, never from the Host header', async () => {
    const h = await createHarness({ identity: identityConfig(fc) });
    try {
      const u = await authorizationUrl(new Browser(h.app), '/auth/login/franceconnect');
      expect(u.searchParams.get('redirect_uri')).toBe(`${PUBLIC_BASE_URL}/auth/callback/franceconnect`);
      expect(u.href).not.toContain('evil.example');
    } finally {
      await h.close();
    }
  });

  it('returnTo must be a path on this site (no open redirect); an unknown provider is a 404', async () => {
    const h = await createHarness({ identity: identityConfig(fc) });
    try {
      for (const bad of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
        const r = await h.call('GET', `/auth/login/franceconnect?returnTo=${encodeURIComponent(bad)}`, { as: null });
        expect(r.status, bad).toBe(422);
      }
      const google = await h.call('GET', '/auth/login/google', { as: null });
      expect(google.status).toBe(404);
      expect(google.contentType).toBe('application/problem+json');
    } finally {
      await h.close();
    }
  });
});
