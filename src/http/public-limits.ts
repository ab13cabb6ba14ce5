import type { Context } from 'hono';
import { DomainError } from '../core/errors.js';
import { submitPublicCase, trackPublicCase, type PublicCaseInput, type TrackedCase } from '../core/public/public-cases.js';
import type { IncomingFile } from '../core/attachments/attach-file.js';
import type { CreateCaseResult } from '../core/cases/create-case.js';
import { clientKey } from './client-address.js';
import type { HttpDeps } from './context.js';

/**
 * The anonymous follow-up, limited per address: the API route and the /suivi page call this one function, so a
 * guesser gains nothing by switching from one to the other.
 */
export async function trackWithLimit(c: Context, deps: Pick<HttpDeps, 'core' | 'identity' | 'limits' | 'trustProxyHops'>, reference: string, code: string): Promise<TrackedCase> {
  const caller = clientKey(c, deps.trustProxyHops);
  const max = deps.limits.trackingFailuresPer15Min;
  const limiter = deps.identity.limiter;
  // Counted before the look-up, in one atomic statement: a burst from one address gets at most `max` tries.
  const byAddress = `track-fail:${caller}`;
  // Per reference only as a slow backstop (many addresses guessing one code), so that strangers cannot lock
  // the owner out of their own request.
  const byReference = `track-fail-ref:${reference.toUpperCase().replace(/[^0-9A-Z]/g, '')}`;
  const [counted, backstop] = await Promise.all([limiter.hit(byAddress, max, 900), limiter.exceeded(byReference, max * 10, 3600)]);
  if (!counted.allowed || !backstop.allowed) {
    throw new DomainError('rate_limited', 'Too many wrong tracking codes; try again later', {
      detailFr: 'Trop de tentatives avec un code de suivi erroné. Réessayez dans quelques minutes.',
      retryAfterSeconds: counted.allowed ? backstop.retryAfterSeconds : counted.retryAfterSeconds,
    });
  }
  try {
    const tracked = await trackPublicCase(deps.core, reference, code);
    // The right code: this attempt was no failure.
    await limiter.undo(byAddress, 900);
    return tracked;
  } catch (err) {
    if (err instanceof DomainError && err.code === 'not_found') await limiter.hit(byReference, max * 10, 3600);
    throw err;
  }
}

/** The anonymous form, limited per address (API and /demande together). */
export async function submitWithLimit(
  c: Context,
  deps: Pick<HttpDeps, 'core' | 'identity' | 'limits' | 'trustProxyHops' | 'maxAttachmentBytes'>,
  input: PublicCaseInput,
  idempotencyKey: string | undefined,
  file?: IncomingFile,
): Promise<CreateCaseResult> {
  const caller = clientKey(c, deps.trustProxyHops);
  const limit = await deps.identity.limiter.hit(`public-case:${caller}`, deps.limits.publicCasesPerHour, 3600);
  if (!limit.allowed) {
    throw new DomainError('rate_limited', `At most ${deps.limits.publicCasesPerHour} requests per hour from one address`, {
      detailFr: 'Vous avez déposé beaucoup de demandes en peu de temps. Réessayez plus tard ou contactez la mairie.',
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  }
  return submitPublicCase(deps.core, caller, input, idempotencyKey, file ? { file, maxBytes: deps.maxAttachmentBytes } : undefined);
}
