import type { Actor } from '../core/actor.js';
import { DomainError } from '../core/errors.js';
import type { HttpDeps } from './context.js';

const LIMIT_OF = { case: 'residentCasesPerHour', message: 'residentMessagesPerHour', upload: 'residentUploadsPerHour' } as const;

/**
 * A signed-in resident's writes are bounded per hour (filing, messages, uploads), counted in PostgreSQL so every
 * API process counts together: one account cannot flood a directorate or the file store.
 */
export async function limitResidentWrite(deps: Pick<HttpDeps, 'identity' | 'limits'>, actor: Actor, kind: keyof typeof LIMIT_OF): Promise<void> {
  const limit = deps.limits[LIMIT_OF[kind]];
  const r = await deps.identity.limiter.hit(`resident-${kind}:${actor.residentId ?? actor.principalId}`, limit, 3600);
  if (!r.allowed) {
    throw new DomainError('rate_limited', `At most ${limit} of these per hour`, {
      detailFr: 'Vous avez fait beaucoup d’envois en peu de temps. Réessayez un peu plus tard ou contactez la mairie.',
      retryAfterSeconds: r.retryAfterSeconds,
    });
  }
}
