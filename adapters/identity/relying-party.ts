import { compactDecrypt, importJWK } from 'jose';
import * as oidc from 'openid-client';
import { acrSatisfies } from '../../src/core/identity/assurance.js';
import { DomainError } from '../../src/core/errors.js';
import type { ProviderConfig } from './provider-config.js';

/** What a successful callback yields: claims from the ID token and userinfo, never kept beyond the login. */
export interface VerifiedLogin {
  issuer: string;
  subject: string;
  claims: Record<string, unknown>;
  acr: string | null;
  amr: string[];
  /** Kept in the session only as the id_token_hint that the provider's logout requires. */
  idToken: string;
}

export interface LoginStart {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string | null;
  acr: string;
}

/** Why a provider response was refused, for the audit log and the problem body (never a token). */
export type RejectionReason =
  | 'provider_error'
  | 'nonce_mismatch'
  | 'issuer_mismatch'
  | 'audience_mismatch'
  | 'token_expired'
  | 'unknown_signing_key'
  | 'algorithm_not_allowed'
  | 'bad_signature'
  | 'acr_missing'
  | 'acr_too_low'
  | 'userinfo_subject_mismatch'
  | 'userinfo_not_signed_jwt'
  | 'state_mismatch'
  | 'invalid_response';

export function rejection(reason: RejectionReason, message: string): DomainError {
  return new DomainError('identity_rejected', message, {
    reason,
    detailFr: 'La connexion a échoué : la réponse du fournisseur d’identité a été refusée. Veuillez réessayer.',
  });
}

/** openid-client wraps oauth4webapi's precise message ("unexpected JWT "nonce" claim value") in its cause. */
function messagesOf(err: unknown): string {
  const parts: string[] = [];
  for (let e = err as { message?: unknown; cause?: unknown } | undefined, i = 0; e && i < 4; e = e.cause as typeof e, i++) {
    if (typeof e.message === 'string') parts.push(e.message);
  }
  return parts.join(': ');
}

function classify(err: unknown): RejectionReason {
  const m = messagesOf(err);
  if (/userinfo.*(signed|JWT)/i.test(m) || /application\/jwt/.test(m)) return 'userinfo_not_signed_jwt';
  if (/"nonce"/.test(m)) return 'nonce_mismatch';
  if (/"iss"|issuer/i.test(m)) return 'issuer_mismatch';
  if (/"aud"|audience|azp/i.test(m)) return 'audience_mismatch';
  if (/"exp"|expired|timestamp/i.test(m)) return 'token_expired';
  if (/verification key|no applicable keys/i.test(m)) return 'unknown_signing_key';
  if (/"alg"|JWS "alg"|algorithm/i.test(m)) return 'algorithm_not_allowed';
  if (/signature/i.test(m)) return 'bad_signature';
  if (/"sub"|subject/i.test(m)) return 'userinfo_subject_mismatch';
  if (/state/i.test(m)) return 'state_mismatch';
  return 'invalid_response';
}

const ENDPOINTS = ['authorization_endpoint', 'token_endpoint', 'userinfo_endpoint', 'jwks_uri', 'end_session_endpoint'] as const;

/**
 * One provider, through openid-client v6 with what its defaults leave out: the signature algorithm is
 * pinned, signatures are verified (non-repudiation checks), `acr` is checked, FranceConnect+ responses
 * must be encrypted JWTs. Discovery happens on first use and is retried after a failure.
 */
export class RelyingParty {
  private configuration: Promise<oidc.Configuration> | null = null;

  constructor(
    readonly provider: ProviderConfig,
    private readonly opts: { redirectUri: string; timeoutSeconds?: number },
  ) {}

  get redirectUri(): string {
    return this.opts.redirectUri;
  }

  /** Discovers the provider; refuses an issuer that differs from the configured one or non-HTTPS endpoints. */
  discover(): Promise<oidc.Configuration> {
    this.configuration ??= this.doDiscover().catch((err) => {
      this.configuration = null;
      throw err;
    });
    return this.configuration;
  }

  private async doDiscover(): Promise<oidc.Configuration> {
    const p = this.provider;
    const auth =
      p.clientAuth === 'private_key_jwt'
        ? oidc.PrivateKeyJwt({ key: (await importJWK(p.clientKeyJwk as never, p.clientKeyJwk!.kty === 'EC' ? 'ES256' : 'RS256')) as CryptoKey, kid: p.clientKeyJwk!.kid as string | undefined })
        : p.clientAuth === 'client_secret_basic'
          ? oidc.ClientSecretBasic(p.clientSecret)
          : oidc.ClientSecretPost(p.clientSecret);
    const metadata: Partial<oidc.ClientMetadata> = {
      id_token_signed_response_alg: p.idTokenAlg,
      ...(p.userinfoAlg ? { userinfo_signed_response_alg: p.userinfoAlg } : {}),
    };
    const userinfoMustBeJwe = !!p.encryption;
    let userinfoEndpoint: string | undefined;
    // FranceConnect+ userinfo must arrive as an encrypted JWT; openid-client would accept plain JSON
    // when the content type says so, hence this look at the response before it parses it.
    const checkedFetch: oidc.CustomFetch = async (url, options) => {
      const res = await fetch(url, options as RequestInit);
      if (userinfoMustBeJwe && userinfoEndpoint && url === userinfoEndpoint && res.ok) {
        const body = await res.clone().text();
        const type = res.headers.get('content-type') ?? '';
        if (!type.startsWith('application/jwt') || body.trim().split('.').length !== 5) {
          throw rejection('userinfo_not_signed_jwt', 'FranceConnect+ userinfo must be a signed and encrypted JWT (application/jwt, JWE)');
        }
      }
      return res;
    };
    let config: oidc.Configuration;
    try {
      config = await oidc.discovery(new URL(p.issuer), p.clientId, metadata, auth, {
        execute: [oidc.enableNonRepudiationChecks, ...(p.insecureLoopback ? [oidc.allowInsecureRequests] : [])],
        timeout: this.opts.timeoutSeconds ?? 10,
        [oidc.customFetch]: checkedFetch,
      });
    } catch (err) {
      const m = String((err as Error).message);
      if (/issuer/i.test(m)) throw new Error(`Identity provider ${p.id}: the discovered issuer is not ${p.issuer} (${m})`);
      throw new Error(`Identity provider ${p.id}: discovery of ${p.issuer} failed (${m})`);
    }
    const meta = config.serverMetadata();
    if (meta.issuer.replace(/\/+$/, '') !== p.issuer) {
      throw new Error(`Identity provider ${p.id}: the discovered issuer ${meta.issuer} is not the configured ${p.issuer}`);
    }
    for (const name of ENDPOINTS) {
      const value = meta[name];
      if (typeof value !== 'string') continue;
      const u = new URL(value);
      const loopback = u.hostname === '127.0.0.1' || u.hostname === 'localhost';
      if (u.protocol !== 'https:' && !(p.insecureLoopback && loopback && u.protocol === 'http:')) {
        throw new Error(`Identity provider ${p.id}: ${name} ${value} is not HTTPS`);
      }
    }
    userinfoEndpoint = meta.userinfo_endpoint;
    if (p.encryption) {
      const keys = await Promise.all(
        p.encryption.keys.map(async (jwk) => {
          const alg = (jwk.alg as string | undefined) ?? (jwk.kty === 'EC' ? 'ECDH-ES' : 'RSA-OAEP-256');
          return { key: (await importJWK(jwk as never, alg)) as CryptoKey, alg, kid: jwk.kid as string | undefined };
        }),
      );
      oidc.enableDecryptingResponses(config, ['A256GCM'], ...keys);
      this.decryptionKeys = keys.map((k) => k.key);
    }
    return config;
  }

  /** A fresh state and nonce (43 characters each) for every login, and the authorization URL. */
  async start(acr: string | undefined): Promise<LoginStart> {
    const p = this.provider;
    const level = acr ?? p.acrDefault;
    if (p.acrAllowed.length && !p.acrAllowed.includes(level)) {
      throw new DomainError('validation_failed', `${p.label} cannot be asked for ${level}`, {
        invalidFields: [{ path: 'acr', message: `One of ${p.acrAllowed.join(', ')}` }],
      });
    }
    const config = await this.discover();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const params: Record<string, string> = {
      redirect_uri: this.opts.redirectUri,
      scope: p.scopes.join(' '),
      state,
      nonce,
    };
    if (level) {
      if (p.acrViaClaims) params.claims = JSON.stringify({ id_token: { acr: { essential: true, values: [level] } } });
      else params.acr_values = level;
    }
    let codeVerifier: string | null = null;
    if (p.pkce) {
      codeVerifier = oidc.randomPKCECodeVerifier();
      params.code_challenge = await oidc.calculatePKCECodeChallenge(codeVerifier);
      params.code_challenge_method = 'S256';
    }
    return { url: oidc.buildAuthorizationUrl(config, params), state, nonce, codeVerifier, acr: level };
  }

  /**
   * Exchanges the code and verifies everything: state, signature with the pinned algorithm, iss, aud,
   * exp, nonce, acr, and that userinfo speaks of the same `sub`. Any failure is an identity_rejected error.
   */
  async finish(callbackQuery: URLSearchParams, checks: { state: string; nonce: string; codeVerifier: string | null; acr: string }): Promise<VerifiedLogin> {
    const config = await this.discover();
    const current = new URL(this.opts.redirectUri);
    current.search = callbackQuery.toString();
    const providerError = callbackQuery.get('error');
    if (providerError) {
      throw rejection('provider_error', `The identity provider answered ${providerError.slice(0, 60)}`);
    }
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, current, {
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
        ...(checks.codeVerifier ? { pkceCodeVerifier: checks.codeVerifier } : {}),
      });
    } catch (err) {
      if (err instanceof DomainError) throw err;
      throw rejection(classify(err), `ID token refused: ${messagesOf(err).slice(0, 300)}`);
    }
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) throw rejection('invalid_response', 'The provider returned no ID token');
    if (this.provider.encryption && tokens.id_token.split('.').length !== 5) {
      throw rejection('invalid_response', 'FranceConnect+ ID tokens must be encrypted (JWE)');
    }
    const acr = typeof claims.acr === 'string' ? claims.acr : null;
    if (checks.acr) {
      if (!acr) throw rejection('acr_missing', `The ID token carries no acr; ${checks.acr} was asked for`);
      if (!acrSatisfies(acr, checks.acr)) throw rejection('acr_too_low', `The ID token acr ${acr} is below the ${checks.acr} asked for`);
    }
    let userinfo: Record<string, unknown> = {};
    if (config.serverMetadata().userinfo_endpoint) {
      try {
        userinfo = (await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)) as Record<string, unknown>;
      } catch (err) {
        if (err instanceof DomainError) throw err;
        const reason = /"sub"|subject/i.test(messagesOf(err)) ? 'userinfo_subject_mismatch' : classify(err);
        throw rejection(reason, `Userinfo refused: ${messagesOf(err).slice(0, 300)}`);
      }
    }
    // The access token is dropped here: Guichet calls nothing else on the resident's behalf. The logout hint is the
    // ID token the provider signed: an encrypted one (FranceConnect+) is kept as its signed content, which the
    // provider's end-session endpoint can read (it cannot decrypt what it encrypted for us).
    const idToken = this.provider.encryption ? await this.signedContent(tokens.id_token) : tokens.id_token;
    return {
      issuer: this.provider.issuer,
      subject: claims.sub,
      claims: { ...userinfo, ...claims },
      acr,
      amr: Array.isArray(claims.amr) ? claims.amr.filter((x): x is string => typeof x === 'string') : [],
      idToken,
    };
  }

  private decryptionKeys: CryptoKey[] = [];

  private async signedContent(jwe: string): Promise<string> {
    for (const key of this.decryptionKeys) {
      try {
        return new TextDecoder().decode((await compactDecrypt(jwe, key)).plaintext);
      } catch {
        // another key of the rotation
      }
    }
    throw rejection('invalid_response', 'The encrypted ID token could not be decrypted');
  }

  /** RP-initiated logout at the provider, when it offers it. */
  async endSessionUrl(idTokenHint: string, state: string, postLogoutRedirectUri: string): Promise<URL | null> {
    const config = await this.discover();
    if (!config.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(config, { id_token_hint: idTokenHint, state, post_logout_redirect_uri: postLogoutRedirectUri });
  }
}
