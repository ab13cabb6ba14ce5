import { assertCan, type Actor } from '../actor.js';
import { STATUS_LABELS_FR } from '../case-status.js';
import { DomainError, invalid } from '../errors.js';
import type { Case } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { calendarFor } from '../deadlines/directorate-calendar.js';
import { caseEvent } from './case-event.js';
import { loadCaseForChange } from './load-case.js';

/**
 * Hands an escalated case to another directorate, with the reason. The deadline keeps running
 * (the resident has waited all along); the transfer count lets supervisors spot ping-pong.
 */
export async function transferCase(
  deps: CoreDeps,
  actor: Actor,
  caseId: string,
  input: { directorateId: string; reason: string; expectedVersion?: number | undefined },
): Promise<Case> {
  assertCan(actor, 'cases:work');
  return deps.store.transaction(async (tx) => {
    const c = await loadCaseForChange(tx, actor, caseId, input.expectedVersion);
    if (!c.escalatedAt || !['escalated', 'in_progress', 'awaiting_resident'].includes(c.status)) {
      throw new DomainError('invalid_transition', `Only an open escalated case can be transferred; this one is ${c.status}`);
    }
    if (input.directorateId === c.directorateId) throw invalid('directorateId', 'The case is already with this directorate');
    const target = await tx.catalogue.directorateById(input.directorateId);
    if (!target) throw invalid('directorateId', 'Unknown directorate');
    const now = deps.clock.now();
    const assigneeId = await tx.agents.leastLoaded(target.id);
    const resumes = c.status === 'awaiting_resident';
    const updated = await tx.cases.update({
      ...c,
      status: 'escalated',
      directorateId: target.id,
      assigneeId,
      acceptedAt: null,
      transferCount: c.transferCount + 1,
      updatedAt: now,
    });
    await tx.events.appendMany([
      caseEvent(deps, c.id, 'case_transferred', 'public', actor, {
        from: c.status,
        to: 'escalated',
        labelFr: STATUS_LABELS_FR.escalated,
        fromDirectorateId: c.directorateId,
        toDirectorateId: target.id,
      }),
      caseEvent(deps, c.id, 'note_added', 'internal', actor, { body: `Transfert : ${input.reason}` }),
    ]);
    if (resumes) await tx.outbox.add(c.id, { kind: 'resumed' }, now);
    await tx.outbox.add(c.id, { kind: 'transferred', directorateId: target.id, calendar: calendarFor(deps.calendar, target) }, now);
    return updated;
  });
}
