import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CompactEncrypt, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';

/**
 * A deliberately misbehaving OpenID provider for the negative tests: it speaks the protocol (discovery,
 * authorize, token, userinfo, JWKS) but each defect breaks one thing a relying party must check. Tokens
 * are built with jose, so every defect is exact: an HS256 token, `alg: none`, another issuer, another
 * audience, an expired token, an unknown key, a low or missing acr, another `sub` in userinfo,
 * malformed identity claims, plain JSON userinfo where FranceConnect+ must encrypt.
 */
export type Defect =
  | 'none'
  | 'wrong_nonce'
  | 'missing_nonce'
  | 'wrong_iss'
  | 'wrong_aud'
  | 'expired'
  | 'unknown_kid'
  | 'alg_none'
  | 'hs256'
  | 'no_acr'
  | 'low_acr'
  | 'userinfo_other_sub'
  | 'userinfo_plain_json'
  | 'discovery_other_issuer';

export interface Rogue {
  issuer: string;
  defect: Defect;
  claims: Record<string, unknown>;
  acr: string;
  tokenRequests: number;
  /** Encrypt ID tokens and userinfo to this public key (FranceConnect+ behaviour). */
  encryptTo: JWK | null;
  /** A JWT access token as the city IdP would issue it (the tests pick what is wrong with it). */
  accessToken(claims: Record<string, unknown>, opts?: { alg?: 'ES256' | 'HS256'; expiresIn?: number; kid?: string }): Promise<string>;
  close(): Promise<void>;
}

export async function startRogue(opts: { clientId: string; clientSecret: string; claims: Record<string, unknown>; acr?: string; encryptTo?: JWK }): Promise<Rogue> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const other = await generateKeyPair('ES256', { extractable: true });
  const pubJwk = { ...(await exportJWK(publicKey)), kid: 'rogue-1', alg: 'ES256', use: 'sig' };
  const codes = new Map<string, { nonce: string | undefined; redirectUri: string }>();
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rogue: Rogue = {
    issuer: `${base}/api/v2`,
    defect: 'none',
    claims: opts.claims,
    acr: opts.acr ?? 'eidas1',
    tokenRequests: 0,
    encryptTo: opts.encryptTo ?? null,
    async accessToken(claims, o = {}) {
      const now = Math.floor(Date.now() / 1000);
      const jwt = new SignJWT({ iss: rogue.issuer, iat: now, exp: now + (o.expiresIn ?? 300), ...claims });
      if (o.alg === 'HS256') return jwt.setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(opts.clientSecret));
      return jwt.setProtectedHeader({ alg: 'ES256', kid: o.kid ?? 'rogue-1', typ: 'at+jwt' }).sign(o.kid ? other.privateKey : privateKey);
    },
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
  const sub = 'rogue-subject-0001';

  const encrypt = async (jws: string, cty: string) =>
    rogue.encryptTo
      ? new CompactEncrypt(new TextEncoder().encode(jws))
          .setProtectedHeader({ alg: 'ECDH-ES', enc: 'A256GCM', cty, kid: rogue.encryptTo.kid as string })
          .encrypt(await importJWK(rogue.encryptTo, 'ECDH-ES'))
      : jws;

  async function idToken(nonce: string | undefined): Promise<string> {
    const d = rogue.defect;
    const now = Math.floor(Date.now() / 1000);
    const payload: Record<string, unknown> = {
      sub,
      nonce: d === 'wrong_nonce' ? 'x'.repeat(43) : d === 'missing_nonce' ? undefined : nonce,
      acr: d === 'no_acr' ? undefined : d === 'low_acr' ? 'eidas1' : rogue.acr,
      amr: ['pwd'],
      auth_time: now,
    };
    const jwt = new SignJWT(payload)
      .setIssuer(d === 'wrong_iss' ? 'https://evil.example/api/v2' : rogue.issuer)
      .setAudience(d === 'wrong_aud' ? 'another-client' : opts.clientId)
      .setIssuedAt(d === 'expired' ? now - 3600 : now)
      .setExpirationTime(d === 'expired' ? now - 1800 : now + 60);
    if (d === 'alg_none') {
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      const body = Buffer.from(JSON.stringify({ ...payload, iss: rogue.issuer, aud: opts.clientId, iat: now, exp: now + 60 })).toString('base64url');
      return `${header}.${body}.`;
    }
    if (d === 'hs256') return encrypt(await jwt.setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(opts.clientSecret)), 'JWT');
    if (d === 'unknown_kid') return encrypt(await jwt.setProtectedHeader({ alg: 'ES256', kid: 'not-published' }).sign(other.privateKey), 'JWT');
    return encrypt(await jwt.setProtectedHeader({ alg: 'ES256', kid: 'rogue-1' }).sign(privateKey), 'JWT');
  }

  server.on('request', async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    const json = (status: number, body: unknown, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    try {
      if (url.pathname === '/api/v2/.well-known/openid-configuration') {
        return json(200, {
          issuer: rogue.defect === 'discovery_other_issuer' ? 'https://evil.example/api/v2' : rogue.issuer,
          authorization_endpoint: `${rogue.issuer}/authorize`,
          token_endpoint: `${rogue.issuer}/token`,
          userinfo_endpoint: `${rogue.issuer}/userinfo`,
          jwks_uri: `${rogue.issuer}/jwks`,
          end_session_endpoint: `${rogue.issuer}/session/end`,
          response_types_supported: ['code'],
          subject_types_supported: ['pairwise'],
          id_token_signing_alg_values_supported: ['ES256', 'HS256', 'none'],
          acr_values_supported: ['eidas1', 'eidas2', 'eidas3'],
        });
      }
      if (url.pathname === '/api/v2/jwks') return json(200, { keys: [pubJwk] });
      if (url.pathname === '/api/v2/authorize') {
        const code = randomBytes(16).toString('base64url');
        const redirectUri = url.searchParams.get('redirect_uri')!;
        codes.set(code, { nonce: url.searchParams.get('nonce') ?? undefined, redirectUri });
        const back = new URL(redirectUri);
        back.searchParams.set('code', code);
        back.searchParams.set('state', url.searchParams.get('state') ?? '');
        res.writeHead(302, { location: back.href });
        return res.end();
      }
      if (url.pathname === '/api/v2/token' && req.method === 'POST') {
        rogue.tokenRequests++;
        let body = '';
        for await (const chunk of req) body += chunk;
        const form = new URLSearchParams(body);
        const grant = codes.get(form.get('code') ?? '');
        if (!grant || form.get('client_secret') !== opts.clientSecret) return json(400, { error: 'invalid_grant' });
        codes.delete(form.get('code')!);
        return json(200, { access_token: randomBytes(24).toString('base64url'), token_type: 'Bearer', expires_in: 60, id_token: await idToken(grant.nonce) });
      }
      if (url.pathname === '/api/v2/userinfo') {
        const claims = { ...rogue.claims, sub: rogue.defect === 'userinfo_other_sub' ? 'someone-else' : sub };
        if (rogue.encryptTo && rogue.defect !== 'userinfo_plain_json') {
          const jws = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'rogue-1' }).setIssuer(rogue.issuer).setAudience(opts.clientId).sign(privateKey);
          return json(200, await encrypt(jws, 'JWT'), 'application/jwt');
        }
        return json(200, claims);
      }
      if (url.pathname === '/api/v2/session/end') return json(200, { ok: true });
      json(404, { error: 'not_found' });
    } catch (err) {
      json(500, { error: String(err) });
    }
  });
  return rogue;
}
