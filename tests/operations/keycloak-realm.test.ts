import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freePort } from '../../adapters/postgres/resolve-database.js';
import { parseIdentityConfig } from '../../adapters/identity/provider-config.js';
import { keycloakHome, KEYCLOAK_VERSION } from '../setup/keycloak.js';
import { startSite, type Site } from '../web/site.js';

/**
 * The agents' identity provider of the compose pilot: infra/keycloak/guichet-realm.json imported into a real
 * Keycloak (the distribution from Maven Central, on the machine's Java), and an agent signing in to Guichet
 * through it in a real browser — authorization code with PKCE S256, ES256 ID tokens, the temporary password
 * changed at first login, the account bound by its verified email at the city's domain.
 */
const SECRET = 'a-client-secret-for-the-pilot-realm-0123456789';
const REALM = path.resolve('infra/keycloak/guichet-realm.json');
let keycloak: ChildProcess | null = null;
let site: Site;
let issuer = '';
let output = '';

async function waitFor(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (keycloak?.exitCode != null) throw new Error(`Keycloak exited (${keycloak.exitCode}): ${output.slice(-3000)}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`Keycloak not ready in ${ms} ms: ${output.slice(-3000)}`);
}

beforeAll(async () => {
  const home = keycloakHome();
  const port = await freePort();
  issuer = `http://127.0.0.1:${port}/realms/guichet`;
  site = await startSite([], {
    identity: async (origin) => {
      // The compose pilot mounts infra/keycloak as the import folder; here the realm is copied into the cached one.
      mkdirSync(path.join(home, 'data', 'import'), { recursive: true });
      copyFileSync(REALM, path.join(home, 'data', 'import', 'guichet-realm.json'));
      keycloak = spawn(path.join(home, 'bin', 'kc.sh'), ['start-dev', '--import-realm', '--db=dev-mem', `--http-port=${port}`, '--http-host=127.0.0.1', '--cache=local'], {
        env: {
          ...process.env,
          GUICHET_OIDC_CLIENT_SECRET: SECRET,
          GUICHET_PUBLIC_BASE_URL: origin,
          GUICHET_AGENT_EMAIL_DOMAIN: 'ville.example.fr',
          GUICHET_PILOT_AGENT_PASSWORD: 'Mot-de-passe-provisoire-1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      keycloak.stdout!.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-20_000)));
      keycloak.stderr!.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-20_000)));
      await waitFor(`${issuer}/.well-known/openid-configuration`, 240_000);
      return parseIdentityConfig({ allowlist: issuer }, 'dev', [
        { id: 'ville', kind: 'city', issuer, clientId: 'guichet', clientSecret: SECRET, clientAuth: 'client_secret_post', idTokenAlg: 'ES256', emailDomains: ['ville.example.fr'] },
      ]);
    },
  });
}, 300_000);

afterAll(async () => {
  await site?.close();
  if (keycloak && keycloak.exitCode == null) {
    keycloak.kill('SIGTERM');
    await new Promise((r) => keycloak!.once('exit', r));
  }
});

describe('the pilot’s agents’ realm (Keycloak)', () => {
  it('is the one the compose pilot mounts, on the Keycloak version tested here', () => {
    const compose = parse(readFileSync('infra/compose.yaml', 'utf8')) as { services: Record<string, { image?: string; volumes?: string[]; command?: string[] }> };
    const kc = compose.services.keycloak!;
    expect(kc.image).toBe(`quay.io/keycloak/keycloak:${KEYCLOAK_VERSION}`);
    expect(kc.volumes).toContain('./keycloak:/opt/keycloak/data/import:ro');
    expect(kc.command).toContain('--import-realm');
    // Guichet's side of the pilot, as compose hands it over (defaults of ${VAR:-default} applied), is accepted in
    // production mode: an HTTPS issuer on the allowlist, a city IdP with its email domain.
    const env = (compose.services['guichet-migrate'] as unknown as { environment: Record<string, string> }).environment;
    const interpolate = (v: string) => v.replace(/\$\{\w+:-([^}]*)\}/g, '$1');
    const config = parseIdentityConfig({ allowlist: interpolate(env.IDENTITY_ISSUER_ALLOWLIST!) }, 'production', JSON.parse(interpolate(env.IDENTITY_PROVIDERS!)));
    expect(config.providers.map((p) => [p.id, p.kind, p.issuer])).toEqual([['ville', 'city', 'https://keycloak.localhost:8443/realms/guichet']]);
  });

  it('signs an agent in to Guichet: PKCE, ES256, the temporary password changed, bound by the verified email', { timeout: 120_000 }, async () => {
    const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { id_token_signing_alg_values_supported: string[] };
    expect(discovery.id_token_signing_alg_values_supported).toContain('ES256');
    const created = await site.h.call('POST', '/v1/admin/agents', { as: 'admin', body: { id: 'accueil.pilote', displayName: 'Agent Accueil', role: 'counter_agent', email: 'accueil.pilote@ville.example.fr' } });
    expect(created.status).toBe(201);

    const context = await site.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${site.origin}/auth/login/ville?returnTo=/v1/me`);
    // Keycloak's own login page, in French.
    expect(page.url().startsWith(`${issuer}/protocol/openid-connect/auth`)).toBe(true);
    expect(new URL(page.url()).searchParams.get('code_challenge_method')).toBe('S256');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.fill('#username', 'accueil.pilote');
    await page.fill('#password', 'Mot-de-passe-provisoire-1');
    await page.click('#kc-login');
    // The pilot's password is temporary: Keycloak asks for a new one (the realm's policy: 12 characters at least).
    await page.fill('#password-new', 'Nouveau-mot-de-passe-2026');
    await page.fill('#password-confirm', 'Nouveau-mot-de-passe-2026');
    await Promise.all([page.waitForURL(`${site.origin}/v1/me`), page.click('[type=submit]')]);
    const me = JSON.parse(await page.locator('body').innerText()) as { kind: string; role: string; agent: { id: string } };
    expect(me).toMatchObject({ kind: 'agent', role: 'counter_agent', agent: { id: 'accueil.pilote' } });
    const [bound] = await site.h.sql<{ agentId: string; issuer: string }[]>`select agent_id, issuer from identities where kind = 'agent'`;
    expect(bound).toEqual({ agentId: 'accueil.pilote', issuer });
    await context.close();
  });
});
