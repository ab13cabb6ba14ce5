import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';

/**
 * panva's oidc-provider (the software FranceConnect itself runs) configured like FranceConnect v2,
 * FranceConnect+ or ProConnect: ES256 ID tokens, eIDAS acr values, pairwise subjects, the identity
 * scopes, JWT (and for FC+ encrypted) userinfo, RP-initiated logout. Used by `npm start` in dev mode,
 * so a newcomer can sign in as a demo resident, and by the tests. Never started in production mode.
 */

export type MimicFlavour = 'franceconnect' | 'franceconnect_plus' | 'proconnect';

export interface MimicAccount {
  id: string;
  /** Shown on the dev sign-in page. */
  label: string;
  claims: Record<string, unknown>;
}

export interface MimicClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  /** FranceConnect+: the service's public encryption keys. */
  encryptionJwks?: { keys: Record<string, unknown>[] };
}

export interface MimicOptions {
  flavour: MimicFlavour;
  accounts: MimicAccount[];
  clients: MimicClient[];
  /** Fixed port (dev mode) or 0 for any free one (tests). */
  port?: number;
  /** Where it listens: loopback, or every interface in a container whose port is published (the issuer stays 127.0.0.1). */
  host?: string;
  /** Signing keys (private JWKs); generated when absent. */
  signingKeys?: Record<string, unknown>[];
  /** Tests: log everyone in with this acr whatever was asked. */
  acrOverride?: string | null;
  /** Tests: sign the ID token with another algorithm (e.g. HS256). */
  idTokenAlg?: string;
}

export interface Mimic {
  issuer: string;
  server: Server;
  /** Public signing keys currently published. */
  jwks(): Promise<{ keys: Record<string, unknown>[] }>;
  /** Replaces the signing keys (a key rotation): the next tokens use the first new key. */
  rotateKeys(keys?: Record<string, unknown>[]): Promise<void>;
  setAcrOverride(acr: string | null): void;
  close(): Promise<void>;
}

export async function generateSigningKey(kid: string, alg: 'ES256' | 'RS256' = 'ES256'): Promise<Record<string, unknown>> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg, use: 'sig' };
}

const FC_CLAIMS = {
  amr: null,
  openid: ['sub'],
  given_name: ['given_name'],
  family_name: ['family_name'],
  preferred_username: ['preferred_username'],
  birthdate: ['birthdate'],
  gender: ['gender'],
  birthplace: ['birthplace'],
  birthcountry: ['birthcountry'],
  email: ['email'],
  identite_pivot: ['given_name', 'family_name', 'birthdate', 'gender', 'birthplace', 'birthcountry'],
};
const PROCONNECT_CLAIMS = {
  amr: null,
  openid: ['sub'],
  given_name: ['given_name'],
  usual_name: ['usual_name'],
  email: ['email'],
  uid: ['uid'],
  siret: ['siret'],
  idp_id: ['idp_id'],
  organizational_unit: ['organizational_unit'],
  roles: ['roles'],
};

function page(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}a.btn{display:block;padding:.8rem 1rem;margin:.5rem 0;border:1px solid #000091;border-radius:4px;color:#000091;text-decoration:none}a.btn:hover{background:#f5f5fe}small{color:#666}</style>
</head><body>${body}</body></html>`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startMimic(opts: MimicOptions): Promise<Mimic> {
  let signingKeys = opts.signingKeys ?? [await generateSigningKey('mimic-1')];
  let acrOverride = opts.acrOverride ?? null;
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err) => reject(new Error(`The demo identity provider cannot listen on port ${opts.port} (${(err as Error).message}); set DEV_IDENTITY_PORT`)));
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}/api/v2`;
  const accounts = new Map(opts.accounts.map((a) => [a.id, a]));
  const isFc = opts.flavour !== 'proconnect';

  const build = () => {
    const configuration: Configuration = {
      clients: opts.clients.map((c) => ({
        client_id: c.clientId,
        client_secret: c.clientSecret,
        redirect_uris: c.redirectUris,
        post_logout_redirect_uris: c.postLogoutRedirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
        id_token_signed_response_alg: opts.idTokenAlg ?? 'ES256',
        ...(isFc ? { subject_type: 'pairwise' } : {}),
        ...(opts.flavour === 'franceconnect_plus'
          ? {
              jwks: c.encryptionJwks,
              id_token_encrypted_response_alg: 'ECDH-ES',
              id_token_encrypted_response_enc: 'A256GCM',
              userinfo_signed_response_alg: 'ES256',
              userinfo_encrypted_response_alg: 'ECDH-ES',
              userinfo_encrypted_response_enc: 'A256GCM',
            }
          : {}),
      })) as never,
      jwks: { keys: signingKeys as never },
      claims: isFc ? FC_CLAIMS : PROCONNECT_CLAIMS,
      acrValues: ['eidas1', 'eidas2', 'eidas3'],
      subjectTypes: isFc ? ['public', 'pairwise'] : ['public'],
      // FranceConnect gives each service its own `sub` for a person.
      pairwiseIdentifier: async (_ctx, accountId, client) =>
        createHash('sha256').update(`${client.sectorIdentifier ?? ''}:${accountId}:mimic-salt`).digest('hex'),
      features: {
        devInteractions: { enabled: false },
        claimsParameter: { enabled: true },
        encryption: { enabled: opts.flavour === 'franceconnect_plus' },
        jwtUserinfo: { enabled: true },
        rpInitiatedLogout: { enabled: true },
      },
      enabledJWA: {
        idTokenSigningAlgValues: ['ES256', 'RS256', 'PS256', 'HS256'],
        userinfoSigningAlgValues: ['ES256', 'RS256', 'PS256'],
      },
      pkce: { required: () => opts.flavour === 'proconnect' },
      // FranceConnect's lifetimes: code 30 s, access token 60 s.
      ttl: { AuthorizationCode: 30, AccessToken: 60, IdToken: 60, Interaction: 600, Session: 1800, Grant: 1800 },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      cookies: { keys: ['mimic-cookie-key-not-secret'] },
      findAccount: async (_ctx, id) => {
        const account = accounts.get(id);
        if (!account) return undefined;
        return { accountId: id, claims: async () => ({ sub: id, ...account.claims }) };
      },
      renderError: async (ctx, out) => {
        ctx.type = 'html';
        ctx.body = page('Erreur', `<h1>Erreur</h1><pre>${escapeHtml(JSON.stringify(out))}</pre>`);
      },
    };
    const provider = new Provider(issuer, configuration);
    provider.proxy = true;
    return provider;
  };
  let provider = build();

  async function interaction(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    const params = details.params as Record<string, string | undefined>;
    if (details.prompt.name === 'login') {
      const login = url.searchParams.get('login');
      if (!login || !accounts.has(login)) {
        const links = [...accounts.values()]
          .map((a) => `<a class="btn" href="/interaction/${details.uid}?login=${encodeURIComponent(a.id)}">${escapeHtml(a.label)}</a>`)
          .join('');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page('Connexion (démo)', `<h1>${isFc ? 'FranceConnect' : 'ProConnect'} — démonstration</h1><p>Choisissez une identité de démonstration :</p>${links}<p><small>Fournisseur d'identité factice du mode développement. Il ne peut pas être activé en production.</small></p>`));
        return;
      }
      let acr = url.searchParams.get('acr') ?? acrOverride ?? params.acr_values?.split(' ')[0];
      if (!acr && params.claims) acr = (JSON.parse(params.claims) as { id_token?: { acr?: { values?: string[] } } }).id_token?.acr?.values?.[0];
      await provider.interactionFinished(req, res, { login: { accountId: login, ...(acr ? { acr } : {}), amr: isFc ? ['pwd'] : ['pwd', 'mfa'] } }, { mergeWithLastSubmission: false });
      return;
    }
    // Consent: FranceConnect asks the person once; the mimic grants what was asked.
    const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: details.session!.accountId, clientId: params.client_id! });
    grant!.addOIDCScope(params.scope ?? 'openid');
    if (params.claims) {
      const claims = JSON.parse(params.claims) as { id_token?: Record<string, unknown>; userinfo?: Record<string, unknown> };
      grant!.addOIDCClaims([...Object.keys(claims.id_token ?? {}), ...Object.keys(claims.userinfo ?? {})]);
    }
    const grantId = await grant!.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    if (url.pathname.startsWith('/interaction/')) {
      interaction(req, res, url).catch((err: Error) => {
        res.writeHead(400, { 'content-type': 'text/plain' });
        res.end(`interaction failed: ${err.message}`);
      });
      return;
    }
    // The provider is mounted under /api/v2, like FranceConnect v2.
    if (url.pathname.startsWith('/api/v2')) {
      // oidc-provider derives its mount path from originalUrl, as under Express's app.use('/api/v2', …).
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = req.url;
      req.url = req.url!.slice('/api/v2'.length) || '/';
      provider.callback()(req, res);
      return;
    }
    res.writeHead(404).end();
  });

  return {
    issuer,
    server,
    async jwks() {
      return { keys: signingKeys.map(({ d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub }) => pub) };
    },
    async rotateKeys(keys) {
      signingKeys = keys ?? [await generateSigningKey(`mimic-${Date.now()}`)];
      provider = build();
    },
    setAcrOverride(acr) {
      acrOverride = acr;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
