import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Actor } from '../core/actor.js';
import { DomainError } from '../core/errors.js';
import type { AppEnv, HttpDeps } from './context.js';
import { SESSION_COOKIE } from './session-cookie.js';
import { hashSecret } from '../secrets.js';

const JWT_SHAPE = /^eyJ[\w-]*\.[\w-]+\.[\w-]*$/;

/**
 * API keys resolved through a short cache, one per app (the API and Open311's api_key share it), so case intake
 * does not pay a database round trip per request; any change to a key or an agent empties the cache of every
 * process at once (`onKeysChanged`), so a revoked key or a deactivated agent stops working immediately.
 */
export function cachedKeys(deps: Pick<HttpDeps, 'authenticate' | 'onKeysChanged'>, ttlMs = 30_000): (key: string) => Promise<Actor> {
  const cache = new Map<string, { actor: Actor | null; until: number }>();
  deps.onKeysChanged?.(() => cache.clear());
  return async (key: string): Promise<Actor> => {
    const now = Date.now();
    let hit = cache.get(key);
    if (!hit || hit.until < now) {
      const actor = await deps.authenticate(key);
      // A key in its rotation overlap is kept no later than it works.
      hit = { actor, until: Math.min(now + ttlMs, actor?.expiresAt?.getTime() ?? Infinity) };
      if (cache.size > 10_000) cache.clear();
      cache.set(key, hit);
    }
    if (!hit.actor) throw new DomainError('unauthenticated', 'Unknown or revoked API key');
    return hit.actor;
  };
}

/**
 * Who is calling /v1: `Authorization: Bearer` with an API key (through `cachedKeys`) or a JWT access token from
 * the city's IdP, or the browser session cookie set at sign-in.
 */
export function authenticate(deps: Pick<HttpDeps, 'identity'>, apiKey: (key: string) => Promise<Actor>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      if (!m) throw new DomainError('unauthenticated', 'Send Authorization: Bearer <API key or access token>');
      const token = m[1]!;
      c.set('actor', JWT_SHAPE.test(token) && deps.identity.bearer.enabled ? await deps.identity.bearer.verify(token) : await apiKey(token));
      return next();
    }
    if (!getCookie(c, SESSION_COOKIE.name, SESSION_COOKIE.prefix)) {
      throw new DomainError('unauthenticated', 'Sign in (GET /auth/login/{provider}) or send Authorization: Bearer <API key or access token>');
    }
    const actor = await sessionActor(c, deps);
    if (!actor) throw new DomainError('unauthenticated', 'Your session has ended; sign in again', { detailFr: 'Votre session a expiré. Veuillez vous reconnecter.' });
    checkOrigin(c, deps.identity.publicBaseUrl);
    c.set('actor', actor);
    return next();
  };
}

/**
 * The actor behind the browser's session cookie, or null (no cookie, an ended session, a deactivated agent — whose
 * session ends now). The API's middleware and the pages both ask here.
 */
export async function sessionActor(c: Context, deps: Pick<HttpDeps, 'identity'>): Promise<Actor | null> {
  const cookie = getCookie(c, SESSION_COOKIE.name, SESSION_COOKIE.prefix);
  if (!cookie) return null;
  const session = await deps.identity.sessions.load(hashSecret(cookie), new Date());
  if (!session) return null;
  if (session.kind === 'resident') {
    return { principalId: `identity:${session.identityId}`, role: 'resident', agentId: null, directorateId: null, residentId: session.residentId, acr: session.acr };
  }
  if (!session.agent?.active) {
    await deps.identity.sessions.delete(session.idHash);
    return null;
  }
  return {
    principalId: `identity:${session.identityId}`,
    role: session.agent.role as Actor['role'],
    agentId: session.agentId,
    directorateId: session.agent.directorateId,
    acr: session.acr,
    label: session.agent.displayName,
  };
}

/**
 * Cookie-authenticated writes must come from the city's own pages: SameSite=Lax already keeps the cookie
 * off cross-site POSTs in today's browsers; the Origin check covers the rest.
 */
export function checkOrigin(c: Context, publicBaseUrl: string): void {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return;
  const origin = c.req.header('origin');
  if (origin && origin !== new URL(publicBaseUrl).origin) {
    throw new DomainError('forbidden', 'Cross-site request refused');
  }
}
