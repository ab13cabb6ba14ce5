import type { MiddlewareHandler } from 'hono';
import type { Actor } from '../core/actor.js';
import { DomainError } from '../core/errors.js';
import type { AppEnv, HttpDeps } from './context.js';

/**
 * `Authorization: Bearer <api key>`. Resolved keys are cached briefly so case intake
 * does not pay a database round trip per request; a revoked key stops working within the TTL.
 */
export function apiKeyAuth(deps: Pick<HttpDeps, 'authenticate'>, ttlMs = 30_000): MiddlewareHandler<AppEnv> {
  const cache = new Map<string, { actor: Actor | null; until: number }>();
  return async (c, next) => {
    const header = c.req.header('authorization');
    const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!m) throw new DomainError('unauthenticated', 'Send an API key as Authorization: Bearer <key>');
    const key = m[1]!;
    const now = Date.now();
    let hit = cache.get(key);
    if (!hit || hit.until < now) {
      hit = { actor: await deps.authenticate(key), until: now + ttlMs };
      if (cache.size > 10_000) cache.clear();
      cache.set(key, hit);
    }
    if (!hit.actor) throw new DomainError('unauthenticated', 'Unknown or revoked API key');
    c.set('actor', hit.actor);
    await next();
  };
}
