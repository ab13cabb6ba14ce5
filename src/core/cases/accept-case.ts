import { assertCan, type Actor } from '../actor.js';
import { assertTransition, STATUS_LABELS_FR } from '../case-status.js';
import { DomainError } from '../errors.js';
import type { Case } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { caseEvent } from './case-event.js';
import { loadCaseForChange } from './load-case.js';

/** A directorate takes an escalated case in charge: it moves to in_progress and stops the acceptance reminders. */
export async function acceptCase(deps: CoreDeps, actor: Actor, caseId: string, input: { expectedVersion?: number | undefined }): Promise<Case> {
  assertCan(actor, 'cases:work');
  return deps.store.transaction(async (tx) => {
    const c = await loadCaseForChange(tx, actor, caseId, input.expectedVersion);
    if (c.status !== 'escalated') {
      throw new DomainError('invalid_transition', `Only an escalated case can be accepted; this one is ${c.status}`, { from: c.status, to: 'in_progress' });
    }
    assertTransition(c.status, 'in_progress');
    const now = deps.clock.now();
    const updated = await tx.cases.update({ ...c, status: 'in_progress', acceptedAt: now, assigneeId: c.assigneeId ?? actor.agentId, updatedAt: now });
    await tx.events.append(
      caseEvent(deps, c.id, 'case_accepted', 'public', actor, { from: c.status, to: 'in_progress', labelFr: STATUS_LABELS_FR.in_progress, directorateId: c.directorateId }),
    );
    await tx.outbox.add(c.id, { kind: 'accepted' }, now);
    return updated;
  });
}
