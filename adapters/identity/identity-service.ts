import { SESSION_POLICY } from '../../src/core/identity/session-policy.js';
import type { Sql } from '../postgres/client.js';
import { rateLimiter, type RateLimiter } from '../postgres/rate-limiter.js';
import { sessionRepository, type SessionRepository } from '../postgres/session-repository.js';
import { bearerVerifier, type BearerVerifier } from './bearer.js';
import type { IdentityConfig } from './provider-config.js';
import { RelyingParty } from './relying-party.js';
import type { Actor } from '../../src/core/actor.js';

export { SESSION_POLICY } from '../../src/core/identity/session-policy.js';
export { hashSecret, newSecret } from '../../src/secrets.js';

export interface IdentityService {
  parties: Map<string, RelyingParty>;
  sessions: SessionRepository;
  limiter: RateLimiter;
  bearer: BearerVerifier;
  publicBaseUrl: string;
  postLogoutRedirectUri: string;
  /** The public halves of the decryption keys, for providers that encrypt to Guichet (FranceConnect+). */
  publicJwks: { keys: Record<string, unknown>[] };
}


export function createIdentityService(sql: Sql, config: IdentityConfig, opts: { publicBaseUrl: string }): IdentityService {
  const base = opts.publicBaseUrl.replace(/\/+$/, '');
  const parties = new Map(config.providers.map((p) => [p.id, new RelyingParty(p, { redirectUri: `${base}/auth/callback/${p.id}` })]));
  const bearer = bearerVerifier([...parties.values()], {
    async agentFor(issuer, subject) {
      const rows = await sql<{ identityId: string; agentId: string; role: Actor['role']; directorateId: string | null; displayName: string }[]>`
        select i.id as identity_id, a.id as agent_id, a.role, a.directorate_id, a.display_name
        from identities i join agents a on a.id = i.agent_id and a.active
        where i.issuer = ${issuer} and i.subject = ${subject} and i.kind = 'agent'`;
      return rows[0] ?? null;
    },
  });
  const publicJwks = {
    keys: config.providers.flatMap((p) =>
      (p.encryption?.keys ?? []).map(({ d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub }) => ({ use: 'enc', ...pub })),
    ),
  };
  return {
    parties,
    sessions: sessionRepository(sql),
    limiter: rateLimiter(sql),
    bearer,
    publicBaseUrl: base,
    postLogoutRedirectUri: `${base}/auth/logged-out`,
    publicJwks,
  };
}
