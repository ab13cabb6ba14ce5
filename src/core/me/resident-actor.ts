import type { Actor } from '../actor.js';
import { DomainError } from '../errors.js';

/** The resident record a signed-in resident acts on; anything else calling a /me operation is refused. */
export function residentOf(actor: Actor): string | null {
  if (actor.role !== 'resident') {
    throw new DomainError('forbidden', 'These operations are for a signed-in resident; agents use /v1/cases and /v1/residents');
  }
  return actor.residentId ?? null;
}
