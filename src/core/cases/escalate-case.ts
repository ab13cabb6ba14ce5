import { assertCan, type Actor } from '../actor.js';
import { assertTransition, STATUS_LABELS_FR } from '../case-status.js';
import { invalid } from '../errors.js';
import type { Case } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { caseEvent } from './case-event.js';
import { loadCaseForChange } from './load-case.js';

/**
 * Hands a case to a directorate: the request type's owner unless the agent names another.
 * Deadline tracking and routing rules are driven by the escalation workflow.
 */
export async function escalateCase(
  deps: CoreDeps,
  actor: Actor,
  caseId: string,
  input: { directorateId?: string | undefined; reason?: string | undefined; expectedVersion?: number | undefined },
): Promise<Case> {
  assertCan(actor, 'cases:work');
  return deps.store.transaction(async (tx) => {
    const c = await loadCaseForChange(tx, actor, caseId, input.expectedVersion);
    assertTransition(c.status, 'escalated');
    let directorateId = c.directorateId;
    if (input.directorateId) {
      const d = await tx.catalogue.directorateById(input.directorateId);
      if (!d) throw invalid('directorateId', 'Unknown directorate');
      directorateId = d.id;
    } else {
      const rt = await tx.catalogue.requestTypeById(c.requestTypeId);
      if (rt) directorateId = rt.directorateId;
    }
    const updated = await tx.cases.update({ ...c, status: 'escalated', directorateId, assigneeId: null, updatedAt: deps.clock.now() });
    await tx.events.append(
      caseEvent(deps, c.id, 'case_escalated', 'public', actor, {
        from: c.status,
        to: 'escalated',
        labelFr: STATUS_LABELS_FR.escalated,
        directorateId,
        ...(input.reason ? { reason: input.reason } : {}),
      }),
    );
    return updated;
  });
}
