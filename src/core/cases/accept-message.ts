import { assertCan, type Actor } from '../actor.js';
import { DomainError, notFound } from '../errors.js';
import type { Case } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { caseEvent } from './case-event.js';
import { loadCaseForChange } from './load-case.js';
import { resumeOnResidentAnswer } from './resident-answer.js';

/**
 * An agent vouches for a message nothing proved came from the case's resident (an email naming the reference from
 * an unverified address): it joins the public timeline as the resident's message, and a case waiting for the
 * resident resumes — what the message would have done had its sender been proved.
 */
export async function acceptUnverifiedMessage(deps: CoreDeps, actor: Actor, caseId: string, eventId: string, input: { expectedVersion?: number | undefined }): Promise<Case> {
  assertCan(actor, 'cases:work');
  return deps.store.transaction(async (tx) => {
    const c = await loadCaseForChange(tx, actor, caseId, input.expectedVersion);
    const events = await tx.events.listForCase(c.id);
    const held = events.find((e) => e.id === eventId && e.type === 'unverified_message');
    if (!held) throw notFound('Unverified message');
    if (events.some((e) => e.type === 'resident_message' && e.data.acceptedFrom === eventId)) {
      throw new DomainError('conflict', 'This message was accepted already');
    }
    await tx.events.append(caseEvent(deps, c.id, 'resident_message', 'public', actor, { ...held.data, acceptedFrom: eventId }));
    return resumeOnResidentAnswer(deps, tx, { ...c, updatedAt: deps.clock.now() }, actor);
  });
}
