import { assertCan, type Actor } from '../actor.js';
import { DomainError } from '../errors.js';

/**
 * The mail room is the front office's: counter agents (counter, phone, mail room), supervisors and admins.
 * Directorate agents print nothing there and read no quarantined mail, and so no other directorate's residents'
 * addresses or messages.
 */
export function assertMailRoom(actor: Actor): void {
  assertCan(actor, 'cases:work');
  if (!['counter_agent', 'supervisor', 'admin'].includes(actor.role)) throw new DomainError('forbidden', 'The mail room is for front-office agents, supervisors and admins');
}
