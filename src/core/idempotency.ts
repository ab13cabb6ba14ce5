import { createHash } from 'node:crypto';
import type { Actor } from './actor.js';
import { DomainError } from './errors.js';
import type { Repositories } from './ports.js';

/**
 * A creating request sent again with the same Idempotency-Key (its answer was lost on the way) gets the first
 * answer, never a second creation. Claimed inside the creation's own transaction: a concurrent retry waits for the
 * first to commit and then replays it. A key is the caller's: it names one operation on one input.
 * Returns what the first request recorded, or null when this one is the first (or sent no key).
 */
export async function replayOf<T>(tx: Repositories, actor: Actor, key: string | undefined, operation: string, input: unknown, planned: T): Promise<T | null> {
  if (!key) return null;
  const fingerprint = createHash('sha256').update(JSON.stringify([operation, input])).digest('hex');
  const claim = await tx.idempotency.claim<T>(actor.principalId, key, fingerprint, planned);
  if (claim.state === 'mismatch') throw new DomainError('idempotency_key_reused', 'This Idempotency-Key was already used with a different request');
  return claim.state === 'replay' ? claim.response : null;
}
