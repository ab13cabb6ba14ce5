import { assertCan, type Actor } from '../actor.js';
import { DomainError } from '../errors.js';
import type { Case } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { transitionCase } from './transition.js';
import { loadCaseForChange } from './load-case.js';

/** A directorate takes an escalated case in charge: it moves to in_progress and stops the acceptance reminders. */
export async function acceptCase(deps: CoreDeps, actor: Actor, caseId: string, input: { expectedVersion?: number | undefined }): Promise<Case> {
  assertCan(actor, 'cases:work');
  return deps.store.transaction(async (tx) => {
    const c = await loadCaseForChange(tx, actor, caseId, input.expectedVersion);
    if (c.status !== 'escalated') {
      throw new DomainError('invalid_transition', `Only an escalated case can be accepted; this one is ${c.status}`, { from: c.status, to: 'in_progress' });
    }
    const now = deps.clock.now();
    const { case: updated } = await transitionCase(deps, tx, c, {
      to: 'in_progress',
      actor,
      eventType: 'case_accepted',
      eventData: { directorateId: c.directorateId },
      patch: { acceptedAt: now, assigneeId: c.assigneeId ?? actor.agentId },
      signal: { kind: 'accepted' },
    });
    return updated;
  });
}
