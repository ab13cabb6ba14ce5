import { generateKeyPairSync } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { parseIdentityConfig, type ProviderInput } from '../../adapters/identity/provider-config.js';
import { RelyingParty } from '../../adapters/identity/relying-party.js';
import { CLIENT_SECRET } from './providers.js';
import { startRogue } from './rogue-provider.js';

const FC_ISSUER = 'https://oidc.franceconnect.gouv.fr/api/v2';
const base: ProviderInput = { id: 'franceconnect', kind: 'franceconnect', issuer: FC_ISSUER, clientId: 'c', clientSecret: 's', clientAuth: 'client_secret_post', idTokenAlg: 'ES256' };
const parse = (p: Partial<ProviderInput> & Record<string, unknown>, mode: 'dev' | 'production' = 'production', allowlist?: string) =>
  parseIdentityConfig({ ...(allowlist ? { allowlist } : {}) }, mode, [{ ...base, ...p } as ProviderInput]);

const jwkOf = (key: import('node:crypto').KeyObject) => key.export({ format: 'jwk' }) as Record<string, unknown>;

describe('identity.md — start-up', () => {
  it('§1 an issuer that is not on the allowlist stops start-up with a message naming it', () => {
    expect(() => parse({ issuer: 'https://idp.autre-ville.example/realms/x' })).toThrow(/issuer https:\/\/idp\.autre-ville\.example\/realms\/x is not on the allowlist/);
    expect(parse({}).providers[0]!.issuer).toBe(FC_ISSUER);
  });

  it.each(['https://accounts.google.com', 'https://www.facebook.com', 'https://appleid.apple.com', 'https://login.microsoftonline.com/consumers/v2.0', 'https://api.x.com'])(
    '§1 a foreign social login (%s) can never be configured, even on the allowlist',
    (issuer) => {
      expect(() => parse({ issuer }, 'production', issuer)).toThrow(/foreign platform's consumer login/);
    },
  );

  it('§2 plain HTTP is refused except for a loopback issuer in dev mode, and never in production', () => {
    expect(() => parse({ issuer: 'http://idp.ville.example/api/v2' }, 'dev', 'http://idp.ville.example/api/v2')).toThrow(/must use HTTPS/);
    expect(() => parse({ issuer: 'http://127.0.0.1:9999/api/v2' }, 'production', 'http://127.0.0.1:9999/api/v2')).toThrow(/must use HTTPS in production mode/);
    expect(parse({ issuer: 'http://127.0.0.1:9999/api/v2' }, 'dev', 'http://127.0.0.1:9999/api/v2').providers[0]!.insecureLoopback).toBe(true);
  });

  it('§2 the discovered issuer must equal the configured one', async () => {
    const rogue = await startRogue({ clientId: 'c', clientSecret: CLIENT_SECRET, claims: {} });
    try {
      rogue.defect = 'discovery_other_issuer';
      const config = parse({ issuer: rogue.issuer }, 'dev', rogue.issuer);
      const rp = new RelyingParty(config.providers[0]!, { redirectUri: 'http://localhost:8080/auth/callback/franceconnect' });
      await expect(rp.discover()).rejects.toThrow(/Identity provider franceconnect: the discovered issuer/);
      rogue.defect = 'none';
      await expect(rp.discover()).resolves.toBeTruthy();
    } finally {
      await rogue.close();
    }
  });

  it.each(['HS256', 'none', 'RS1', 'ES512x'])('§3 the ID-token algorithm %s cannot be configured', (alg) => {
    expect(() => parse({ idTokenAlg: alg })).toThrow(/signature algorithm .* is not accepted; pin one of ES256, RS256, PS256/);
    expect(() => parse({ userinfoAlg: alg })).toThrow(/not accepted/);
  });

  it('§3 ES256, RS256 and PS256 are accepted and pinned', () => {
    for (const alg of ['ES256', 'RS256', 'PS256']) expect(parse({ idTokenAlg: alg }).providers[0]!.idTokenAlg).toBe(alg);
  });

  it('§4 service keys: P-256 and RSA ≥ 2048 accepted (warning under 3072), weaker keys refused', async () => {
    const fcPlus = { id: 'fcplus', kind: 'franceconnect_plus' as const, issuer: 'https://auth.franceconnect.gouv.fr/api/v2' };
    const p256 = { ...(await exportJWK((await generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: true })).privateKey)), kid: 'a' };
    expect(parse({ ...fcPlus, decryptionKeys: JSON.stringify({ keys: [p256] }) }).warnings).toEqual([]);

    const rsa2048 = jwkOf(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
    const warned = parse({ ...fcPlus, decryptionKeys: JSON.stringify({ keys: [{ ...rsa2048, kid: 'r' }] }) });
    expect(warned.warnings.join()).toMatch(/RSA key of 2048 bits; the RGS recommends 3072/);

    const rsa1024 = jwkOf(generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey);
    expect(() => parse({ ...fcPlus, decryptionKeys: JSON.stringify({ keys: [{ ...rsa1024, kid: 'w' }] }) })).toThrow(/RSA key of 1024 bits; the RGS requires at least 2048/);
    const secp256k1 = jwkOf(generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey);
    expect(() => parse({ clientAuth: 'private_key_jwt', clientKey: JSON.stringify(secp256k1) })).toThrow(/elliptic curve secp256k1 is not accepted/);
    const ed = jwkOf(generateKeyPairSync('ed25519').privateKey);
    expect(() => parse({ clientAuth: 'private_key_jwt', clientKey: JSON.stringify(ed) })).toThrow(/ed25519 keys are not accepted/);
  });

  it('FranceConnect+ without decryption keys, or ProConnect without an IdP allowlist, does not start', () => {
    expect(() => parse({ id: 'fcplus', kind: 'franceconnect_plus', issuer: 'https://auth.franceconnect.gouv.fr/api/v2' })).toThrow(/configure decryptionKeys/);
    expect(() => parse({ id: 'proconnect', kind: 'proconnect', issuer: 'https://auth.agentconnect.gouv.fr/api/v2' })).toThrow(/configure idpAllowlist/);
  });
});
