import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { EIDAS_LEVELS } from '../../src/core/identity/assurance.js';

/**
 * Identity providers, configured at start-up from IDENTITY_PROVIDERS (a JSON array) or
 * IDENTITY_PROVIDERS_FILE. Everything that makes a provider unsafe is refused here, with a message
 * naming the provider, so a city cannot start Guichet half-secured.
 */

export const PROVIDER_KINDS = ['franceconnect', 'franceconnect_plus', 'proconnect', 'city'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** RGS-acceptable signature algorithms for ID tokens and userinfo; `none` and HS* can never be chosen. */
export const SIGNATURE_ALGORITHMS = ['ES256', 'RS256', 'PS256'] as const;

/** The state's federations, production and integration. A city adds its own IdP through IDENTITY_ISSUER_ALLOWLIST. */
export const DEFAULT_ISSUER_ALLOWLIST = [
  'https://oidc.franceconnect.gouv.fr/api/v2',
  'https://fcp-low.integ01.dev-franceconnect.fr/api/v2',
  'https://auth.franceconnect.gouv.fr/api/v2',
  'https://fcp-high.integ01.dev-franceconnect.fr/api/v2',
  'https://proconnect.gouv.fr/api/v2',
  'https://auth.agentconnect.gouv.fr/api/v2',
  'https://fca.integ01.dev-agentconnect.fr/api/v2',
];

/**
 * Foreign platforms' consumer logins: never an identity provider for a French public service, whatever
 * the allowlist says (RGS; "log in with Facebook" is what the service must not offer).
 */
export const FORBIDDEN_ISSUER_HOSTS = [
  'accounts.google.com',
  'google.com',
  'facebook.com',
  'www.facebook.com',
  'graph.facebook.com',
  'appleid.apple.com',
  'login.live.com',
  'login.microsoftonline.com',
  'twitter.com',
  'api.twitter.com',
  'x.com',
  'api.x.com',
  'github.com',
  'amazon.com',
  'www.amazon.com',
  'linkedin.com',
  'www.linkedin.com',
];

const providerSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'lower-case letters, digits and dashes'),
    kind: z.enum(PROVIDER_KINDS),
    /** Shown on the sign-in page. */
    label: z.string().optional(),
    issuer: z.string().url(),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1).optional(),
    clientAuth: z.enum(['client_secret_post', 'client_secret_basic', 'private_key_jwt']).default('client_secret_post'),
    /** A private JWK (JSON) or a path to one, for private_key_jwt. */
    clientKey: z.string().optional(),
    scopes: z.array(z.string()).optional(),
    idTokenAlg: z.string().default('ES256'),
    userinfoAlg: z.string().optional(),
    /** Level asked for by default; the allowed levels depend on the kind. */
    acr: z.string().optional(),
    /** FranceConnect+: private JWKS (JSON) or a path to one, to decrypt ID tokens and userinfo. */
    decryptionKeys: z.string().optional(),
    /** ProConnect / city IdP: who may sign in. */
    idpAllowlist: z.array(z.string()).optional(),
    siretAllowlist: z.array(z.string()).optional(),
    emailDomains: z.array(z.string()).optional(),
    /** City IdP: also accept its JWT access tokens on the API for this audience. */
    bearerAudience: z.string().optional(),
    /** City IdP: token clients (azp / client_id) acting as integrators through client credentials. */
    integratorClients: z.array(z.string()).optional(),
  })
  .strict();
export type ProviderInput = z.infer<typeof providerSchema>;

export interface ProviderConfig {
  id: string;
  kind: ProviderKind;
  label: string;
  role: 'resident' | 'agent';
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  clientAuth: ProviderInput['clientAuth'];
  clientKey: KeyObject | undefined;
  clientKeyJwk: Record<string, unknown> | undefined;
  scopes: string[];
  idTokenAlg: (typeof SIGNATURE_ALGORITHMS)[number];
  userinfoAlg: (typeof SIGNATURE_ALGORITHMS)[number] | undefined;
  acrDefault: string;
  acrAllowed: readonly string[];
  /** FranceConnect takes only documented parameters: no PKCE there. */
  pkce: boolean;
  /** ProConnect asks acr through claims.id_token.acr rather than acr_values. */
  acrViaClaims: boolean;
  encryption: { keys: Record<string, unknown>[] } | undefined;
  idpAllowlist: string[] | undefined;
  siretAllowlist: string[] | undefined;
  emailDomains: string[] | undefined;
  bearerAudience: string | undefined;
  integratorClients: string[];
  /** Plain-HTTP loopback issuer: only for tests and dev mode, never production. */
  insecureLoopback: boolean;
}

export interface IdentityConfig {
  providers: ProviderConfig[];
  allowlist: string[];
  warnings: string[];
}

export class IdentityConfigError extends Error {}

const FC_SCOPES = ['openid', 'given_name', 'family_name', 'preferred_username', 'birthdate', 'gender', 'birthplace', 'birthcountry', 'email'];
const PROCONNECT_SCOPES = ['openid', 'given_name', 'usual_name', 'email', 'uid', 'siret', 'idp_id', 'organizational_unit'];

const KIND_DEFAULTS: Record<ProviderKind, { role: 'resident' | 'agent'; acrAllowed: readonly string[]; acr: string; pkce: boolean; scopes: string[]; label: string }> = {
  franceconnect: { role: 'resident', acrAllowed: ['eidas1'], acr: 'eidas1', pkce: false, scopes: FC_SCOPES, label: 'FranceConnect' },
  franceconnect_plus: { role: 'resident', acrAllowed: ['eidas2', 'eidas3'], acr: 'eidas2', pkce: false, scopes: FC_SCOPES, label: 'FranceConnect+' },
  proconnect: { role: 'agent', acrAllowed: [...EIDAS_LEVELS], acr: 'eidas1', pkce: true, scopes: PROCONNECT_SCOPES, label: 'ProConnect' },
  city: { role: 'agent', acrAllowed: [], acr: '', pkce: true, scopes: ['openid', 'email', 'profile'], label: 'Compte agent de la ville' },
};

function isLoopback(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

export function isForbiddenIssuer(issuer: string): boolean {
  let host: string;
  try {
    host = new URL(issuer).hostname.toLowerCase();
  } catch {
    return false;
  }
  return FORBIDDEN_ISSUER_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

const normalizeIssuer = (s: string) => s.replace(/\/+$/, '');

function readJsonOrFile(value: string, what: string): unknown {
  const text = value.trim().startsWith('{') || value.trim().startsWith('[') ? value : readFileSync(value, 'utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new IdentityConfigError(`${what} is neither JSON nor a path to a JSON file`);
  }
}

/**
 * RGS annex B1: RSA ≥ 2048 bits (3072 recommended, required after 2030), elliptic curves ≥ 256 bits.
 * Returns a warning for 2048-bit RSA; throws for anything weaker or of another kind.
 */
export function checkServiceKey(jwk: Record<string, unknown>, what: string): { key: KeyObject; warning?: string } {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: jwk as never, format: 'jwk' });
  } catch {
    throw new IdentityConfigError(`${what}: not a private JWK`);
  }
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') {
    const bits = details.modulusLength ?? 0;
    if (bits < 2048) throw new IdentityConfigError(`${what}: RSA key of ${bits} bits; the RGS requires at least 2048 (3072 recommended)`);
    if (bits < 3072) return { key, warning: `${what}: RSA key of ${bits} bits; the RGS recommends 3072 and requires it after 2030` };
    return { key };
  }
  if (key.asymmetricKeyType === 'ec') {
    const curve = details.namedCurve;
    if (curve === 'prime256v1' || curve === 'secp384r1' || curve === 'secp521r1') return { key };
    throw new IdentityConfigError(`${what}: elliptic curve ${curve} is not accepted; use P-256`);
  }
  throw new IdentityConfigError(`${what}: ${key.asymmetricKeyType} keys are not accepted; use P-256 or RSA ≥ 2048`);
}

function checkAlg(alg: string | undefined, what: string): (typeof SIGNATURE_ALGORITHMS)[number] | undefined {
  if (alg === undefined) return undefined;
  if (!(SIGNATURE_ALGORITHMS as readonly string[]).includes(alg)) {
    throw new IdentityConfigError(`${what}: signature algorithm ${alg} is not accepted; pin one of ${SIGNATURE_ALGORITHMS.join(', ')}`);
  }
  return alg as (typeof SIGNATURE_ALGORITHMS)[number];
}

export function parseIdentityConfig(
  env: { providersJson?: string | undefined; providersFile?: string | undefined; allowlist?: string | undefined },
  mode: 'dev' | 'production',
  extraProviders: ProviderInput[] = [],
): IdentityConfig {
  const raw: unknown[] = [];
  if (env.providersJson) raw.push(...(asArray(readJsonOrFile(env.providersJson, 'IDENTITY_PROVIDERS'))));
  if (env.providersFile) raw.push(...asArray(readJsonOrFile(env.providersFile, 'IDENTITY_PROVIDERS_FILE')));
  raw.push(...extraProviders);
  const allowlist = (env.allowlist ? env.allowlist.split(',').map((s) => s.trim()).filter(Boolean) : DEFAULT_ISSUER_ALLOWLIST).map(normalizeIssuer);
  const warnings: string[] = [];
  const providers: ProviderConfig[] = [];
  for (const [i, item] of raw.entries()) {
    const parsed = providerSchema.safeParse(item);
    const name = (item as { id?: unknown })?.id ?? `#${i + 1}`;
    if (!parsed.success) {
      // An algorithm outside the enum gets the RGS message rather than a schema error.
      throw new IdentityConfigError(`Identity provider ${String(name)}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    }
    const p = parsed.data;
    const what = `Identity provider ${p.id}`;
    if (providers.some((q) => q.id === p.id)) throw new IdentityConfigError(`${what}: the id is used twice`);
    const issuer = normalizeIssuer(p.issuer);
    if (isForbiddenIssuer(issuer)) {
      throw new IdentityConfigError(
        `${what}: ${issuer} is a foreign platform's consumer login; a French public service signs residents in through FranceConnect and agents through ProConnect or the city's IdP`,
      );
    }
    if (!allowlist.includes(issuer)) {
      throw new IdentityConfigError(`${what}: issuer ${issuer} is not on the allowlist (IDENTITY_ISSUER_ALLOWLIST)`);
    }
    const url = new URL(issuer);
    let insecureLoopback = false;
    if (url.protocol !== 'https:') {
      if (mode === 'production' || !isLoopback(url)) {
        throw new IdentityConfigError(`${what}: issuer ${issuer} must use HTTPS${mode === 'production' ? ' in production mode' : ' (plain HTTP only for a loopback issuer in dev mode)'}`);
      }
      insecureLoopback = true;
    }
    const d = KIND_DEFAULTS[p.kind];
    const idTokenAlg = checkAlg(p.idTokenAlg, `${what} idTokenAlg`)!;
    let userinfoAlg = checkAlg(p.userinfoAlg, `${what} userinfoAlg`);
    if (p.kind === 'franceconnect_plus') userinfoAlg ??= 'ES256';
    const acrDefault = p.acr ?? d.acr;
    if (d.acrAllowed.length && !d.acrAllowed.includes(acrDefault)) {
      throw new IdentityConfigError(`${what}: acr ${acrDefault} cannot be asked of ${d.label} (allowed: ${d.acrAllowed.join(', ')})`);
    }
    let clientKey: KeyObject | undefined;
    let clientKeyJwk: Record<string, unknown> | undefined;
    if (p.clientAuth === 'private_key_jwt') {
      if (!p.clientKey) throw new IdentityConfigError(`${what}: private_key_jwt needs clientKey`);
      clientKeyJwk = readJsonOrFile(p.clientKey, `${what} clientKey`) as Record<string, unknown>;
      const checked = checkServiceKey(clientKeyJwk, `${what} clientKey`);
      clientKey = checked.key;
      if (checked.warning) warnings.push(checked.warning);
    } else if (!p.clientSecret) {
      throw new IdentityConfigError(`${what}: ${p.clientAuth} needs clientSecret`);
    }
    let encryption: ProviderConfig['encryption'];
    if (p.decryptionKeys) {
      const jwks = readJsonOrFile(p.decryptionKeys, `${what} decryptionKeys`) as { keys?: Record<string, unknown>[] };
      if (!Array.isArray(jwks.keys) || jwks.keys.length === 0) throw new IdentityConfigError(`${what}: decryptionKeys must be a JWKS with at least one key`);
      for (const [k, jwk] of jwks.keys.entries()) {
        const checked = checkServiceKey(jwk, `${what} decryption key ${String(jwk.kid ?? k)}`);
        if (checked.warning) warnings.push(checked.warning);
      }
      encryption = { keys: jwks.keys };
    }
    if (p.kind === 'franceconnect_plus' && !encryption) {
      throw new IdentityConfigError(`${what}: FranceConnect+ encrypts ID tokens and userinfo; configure decryptionKeys`);
    }
    if (p.kind === 'proconnect' && !p.idpAllowlist?.length) {
      throw new IdentityConfigError(`${what}: ProConnect lets any federated IdP through; configure idpAllowlist`);
    }
    providers.push({
      id: p.id,
      kind: p.kind,
      label: p.label ?? d.label,
      role: d.role,
      issuer,
      clientId: p.clientId,
      clientSecret: p.clientSecret,
      clientAuth: p.clientAuth,
      clientKey,
      clientKeyJwk,
      scopes: p.scopes ?? d.scopes,
      idTokenAlg,
      userinfoAlg,
      acrDefault,
      acrAllowed: d.acrAllowed.length ? d.acrAllowed : acrDefault ? [acrDefault] : [],
      pkce: d.pkce,
      acrViaClaims: p.kind === 'proconnect',
      encryption,
      idpAllowlist: p.idpAllowlist,
      siretAllowlist: p.siretAllowlist,
      emailDomains: p.emailDomains,
      bearerAudience: p.bearerAudience,
      integratorClients: p.integratorClients ?? [],
      insecureLoopback,
    });
  }
  return { providers, allowlist, warnings };
}

function asArray(v: unknown): unknown[] {
  if (!Array.isArray(v)) throw new IdentityConfigError('IDENTITY_PROVIDERS must be a JSON array of providers');
  return v;
}
