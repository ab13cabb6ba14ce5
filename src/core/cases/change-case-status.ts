import { assertCan, type Actor } from '../actor.js';
import { assertTransition, STATUS_LABELS_FR, type CaseStatus } from '../case-status.js';
import { DomainError, invalid } from '../errors.js';
import type { Case } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { caseEvent } from './case-event.js';
import { signalForStatusChange } from './case-signals.js';
import { loadCaseForChange } from './load-case.js';
import { notificationForStatus, queueResidentNotification } from '../notifications/resident-notifications.js';

export interface ChangeStatusInput {
  status: CaseStatus;
  /** Shown to the resident on the public timeline (the answer when resolving, the reason when rejecting). */
  message?: string | undefined;
  expectedVersion?: number | undefined;
}

export async function changeCaseStatus(deps: CoreDeps, actor: Actor, caseId: string, input: ChangeStatusInput): Promise<Case> {
  assertCan(actor, 'cases:work');
  if (input.status === 'merged') {
    throw new DomainError('invalid_transition', 'A case is merged through POST /v1/cases/{id}/merge, which names the master case');
  }
  if (input.status === 'escalated') {
    // Escalating routes the case, assigns it and starts its deadline: only the escalate operation does that.
    throw new DomainError('invalid_transition', 'A case is escalated through POST /v1/cases/{id}/escalate, which routes it and starts its deadline');
  }
  if ((input.status === 'resolved' || input.status === 'rejected' || input.status === 'awaiting_resident') && !input.message?.trim()) {
    throw invalid('message', `Moving a case to ${input.status} needs a message for the resident`);
  }
  return deps.store.transaction(async (tx) => {
    const c = await loadCaseForChange(tx, actor, caseId, input.expectedVersion);
    assertTransition(c.status, input.status);
    const now = deps.clock.now();
    const updated = await tx.cases.update({
      ...c,
      status: input.status,
      updatedAt: now,
      ...(input.status === 'awaiting_resident' && c.escalatedAt ? { dueAt: null, deadlineState: 'paused' as const } : {}),
    });
    const signal = signalForStatusChange(c, input.status);
    if (signal) await tx.outbox.add(c.id, signal, now);
    const reopened = c.status === 'resolved' && input.status === 'in_progress';
    const event = caseEvent(deps, c.id, reopened ? 'case_reopened' : 'status_changed', 'public', actor, {
      from: c.status,
      to: input.status,
      labelFr: STATUS_LABELS_FR[input.status],
      ...(input.message ? { message: input.message } : {}),
    });
    await tx.events.append(event);
    const notify = notificationForStatus(c, input.status);
    if (notify) await queueResidentNotification(deps, tx, c, notify, event.id, { text: input.message });
    return updated;
  });
}
