import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { knownScopes, type Actor } from '../../src/core/actor.js';
import { DomainError } from '../../src/core/errors.js';
import type { ProviderConfig } from './provider-config.js';
import type { RelyingParty } from './relying-party.js';

export interface TokenSubjectLookup {
  /** The Guichet agent bound to (issuer, sub) by an earlier browser login, with their current role. */
  agentFor(issuer: string, subject: string): Promise<{ identityId: string; agentId: string; role: Actor['role']; directorateId: string | null; displayName: string } | null>;
}

const refused = (why: string) => new DomainError('unauthenticated', `Bearer token refused: ${why}`);

/**
 * JWT access tokens from the city's IdP, for its own front-ends and integrators: signature against the
 * IdP's JWKS (re-fetched on an unknown kid), issuer, audience, expiry and a pinned algorithm.
 * A token for a person maps to the agent bound to it; a client-credentials token maps to an integrator
 * when its client is listed.
 */
export function bearerVerifier(parties: RelyingParty[], lookup: TokenSubjectLookup) {
  const sources = parties.filter((p) => p.provider.bearerAudience);
  const jwksByIssuer = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  const jwksFor = async (rp: RelyingParty) => {
    let jwks = jwksByIssuer.get(rp.provider.issuer);
    if (!jwks) {
      const meta = (await rp.discover()).serverMetadata();
      if (!meta.jwks_uri) throw refused('the issuer publishes no JWKS');
      jwks = createRemoteJWKSet(new URL(meta.jwks_uri), { cooldownDuration: 30_000, timeoutDuration: 5_000 });
      jwksByIssuer.set(rp.provider.issuer, jwks);
    }
    return jwks;
  };
  return {
    enabled: sources.length > 0,
    async verify(token: string): Promise<Actor> {
      let iss: unknown;
      try {
        iss = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')).iss;
      } catch {
        throw refused('not a JWT');
      }
      const rp = sources.find((p) => p.provider.issuer === iss);
      if (!rp) throw refused('unknown issuer');
      const p: ProviderConfig = rp.provider;
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, await jwksFor(rp), {
          issuer: p.issuer,
          audience: p.bearerAudience!,
          algorithms: [p.idTokenAlg],
          requiredClaims: ['exp', 'sub'],
        }));
      } catch (err) {
        if (err instanceof DomainError) throw err;
        const code = err instanceof errors.JOSEError ? err.code : 'ERR_INVALID';
        throw refused(code.replace(/^ERR_/, '').toLowerCase());
      }
      const client = typeof payload.client_id === 'string' ? payload.client_id : typeof payload.azp === 'string' ? payload.azp : null;
      if (client && payload.sub === client) {
        if (!p.integratorClients.includes(client)) throw refused('this client is not an integrator of Guichet');
        // The IdP's `scope` claim (RFC 9068: space-separated) maps to the same scopes as an API key's; others are ignored.
        const granted = typeof payload.scope === 'string' ? payload.scope.split(' ') : Array.isArray(payload.scp) ? (payload.scp as unknown[]) : [];
        const scopes = knownScopes(granted);
        return {
          principalId: `client:${p.id}:${client}`,
          role: 'integrator',
          agentId: null,
          directorateId: null,
          label: client,
          scopes,
          expiresAt: payload.exp ? new Date(payload.exp * 1000) : null,
        };
      }
      const agent = await lookup.agentFor(p.issuer, payload.sub!);
      if (!agent) throw refused('no active Guichet agent is bound to this subject; sign in once in the browser');
      return { principalId: `identity:${agent.identityId}`, role: agent.role, agentId: agent.agentId, directorateId: agent.directorateId, label: agent.displayName };
    },
  };
}
export type BearerVerifier = ReturnType<typeof bearerVerifier>;
