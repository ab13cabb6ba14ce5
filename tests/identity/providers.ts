import { exportJWK, generateKeyPair } from 'jose';
import { startMimic, type Mimic, type MimicAccount, type MimicFlavour } from '../../adapters/identity/franceconnect-mimic.js';
import { parseIdentityConfig, type IdentityConfig, type ProviderInput } from '../../adapters/identity/provider-config.js';
import { PUBLIC_BASE_URL } from './browser.js';
import { createHarness, type Harness } from '../harness.js';

export const CLIENT_SECRET = 'a-client-secret-of-at-least-32-characters!!';

/** Certified identities as FranceConnect sends them (RNIPP). */
export const MARIE: MimicAccount = {
  id: 'marie',
  label: 'Marie Dupont',
  claims: {
    given_name: 'Marie Claire',
    family_name: 'Dupont',
    preferred_username: '',
    birthdate: '1985-04-12',
    gender: 'female',
    birthplace: '75056',
    birthcountry: '99100',
    email: 'marie.dupont@example.fr',
  },
};
export const KOFI: MimicAccount = {
  id: 'kofi',
  label: 'Kofi Mensah',
  claims: { given_name: 'Kofi', family_name: 'Mensah', birthdate: '1990-01-01', gender: 'male', birthplace: '', birthcountry: '99324', email: 'kofi@example.org' },
};
export const AGENT_PAUL: MimicAccount = {
  id: 'paul',
  label: 'Paul Agent',
  claims: { given_name: 'Paul', usual_name: 'Martin', email: 'paul.martin@ville.example.fr', uid: 'pmartin', siret: '21750001600019', idp_id: 'idp-ville', organizational_unit: 'Voirie' },
};

export interface RunningProvider {
  mimic: Mimic;
  input: ProviderInput;
  encryptionJwks?: { keys: Record<string, unknown>[] };
}

/** Guichet configured with the city's IdP at `issuer`, accepting its access tokens for `audience` on the API. */
export function cityIdentity(issuer: string, audience: string, integratorClients: string[]): IdentityConfig {
  return parseIdentityConfig({ allowlist: issuer }, 'dev', [
    { id: 'ville', kind: 'city', issuer, clientId: 'guichet', clientSecret: CLIENT_SECRET, clientAuth: 'client_secret_post', idTokenAlg: 'ES256', bearerAudience: audience, integratorClients },
  ]);
}

export async function encryptionKeyPair(kid = 'enc-1') {
  const { privateKey } = await generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: true });
  const priv = { ...(await exportJWK(privateKey)), kid, alg: 'ECDH-ES', use: 'enc' };
  const { d: _d, ...pub } = priv;
  return { priv, pub };
}

export async function startProvider(
  id: string,
  flavour: MimicFlavour,
  accounts: MimicAccount[],
  extra: Partial<ProviderInput> = {},
  /** Where Guichet is reached (its callback and logout pages); tests through app.request use the fixed one. */
  baseUrl: string = PUBLIC_BASE_URL,
): Promise<RunningProvider> {
  let priv: Record<string, unknown> | undefined;
  let pub: Record<string, unknown> | undefined;
  if (flavour === 'franceconnect_plus') ({ priv, pub } = await encryptionKeyPair());
  const mimic = await startMimic({
    flavour,
    accounts,
    clients: [
      {
        clientId: `guichet-${id}`,
        clientSecret: CLIENT_SECRET,
        redirectUris: [`${baseUrl}/auth/callback/${id}`],
        postLogoutRedirectUris: [`${baseUrl}/auth/logged-out`],
        ...(pub ? { encryptionJwks: { keys: [pub] } } : {}),
      },
    ],
  });
  const input: ProviderInput = {
    id,
    kind: flavour,
    issuer: mimic.issuer,
    clientId: `guichet-${id}`,
    clientSecret: CLIENT_SECRET,
    clientAuth: 'client_secret_post',
    idTokenAlg: 'ES256',
    ...(priv ? { decryptionKeys: JSON.stringify({ keys: [priv] }) } : {}),
    ...(flavour === 'proconnect' ? { idpAllowlist: ['idp-ville'] } : {}),
    ...extra,
  };
  return { mimic, input, ...(pub ? { encryptionJwks: { keys: [pub] } } : {}) };
}

export function identityConfig(...providers: { input: ProviderInput }[]): IdentityConfig {
  return parseIdentityConfig(
    { allowlist: providers.map((p) => p.input.issuer).join(',') },
    'dev',
    providers.map((p) => p.input),
  );
}

/** A harness wired to these providers for one test; closed whatever happens. */
export async function withIdentityHarness(
  providers: { input: ProviderInput }[] | IdentityConfig,
  fn: (h: Harness & { close(): Promise<void> }) => Promise<void>,
): Promise<void> {
  const h = await createHarness({ identity: Array.isArray(providers) ? identityConfig(...providers) : providers });
  try {
    await fn(h);
  } finally {
    await h.close();
  }
}
