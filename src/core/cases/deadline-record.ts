import type { CoreDeps } from '../ports.js';
import { caseEvent } from './case-event.js';
import { transitionCase } from './transition.js';
import { queueStaffAlert, type StaffAlertKind } from '../notifications/resident-notifications.js';

/**
 * What the case workflow (the source of truth for time) reports, written as core changes: each one idempotent,
 * since Temporal retries activities.
 */

/** The expected answer date and deadline state the workflow computed; an event only when they change. */
export async function recordDeadline(
  deps: CoreDeps,
  input: { caseId: string; dueAt: string | null; state: 'on_track' | 'at_risk' | 'breached' | 'paused'; reason: string; remainingMinutes?: number },
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const c = await tx.cases.findById(input.caseId, { forUpdate: true });
    if (!c) return;
    const dueAt = input.dueAt ? new Date(input.dueAt) : null;
    const remainingMinutes = input.state === 'paused' ? (input.remainingMinutes ?? c.remainingMinutes) : null;
    if (c.dueAt?.getTime() === dueAt?.getTime() && c.deadlineState === input.state && c.remainingMinutes === remainingMinutes) return;
    await tx.cases.update({ ...c, dueAt, deadlineState: input.state, remainingMinutes });
    const type = input.state === 'at_risk' ? 'deadline_at_risk' : input.state === 'breached' ? 'deadline_breached' : 'deadline_updated';
    await tx.events.append(
      caseEvent(deps, c.id, type, type === 'deadline_updated' ? 'public' : 'internal', null, { dueAt: input.dueAt, state: input.state, reason: input.reason, ...(remainingMinutes != null ? { remainingMinutes } : {}) }),
    );
  });
}

export type WorkflowNotice =
  | { to: 'resident'; kind: 'case_resolved' }
  | { to: 'directorate' | 'supervisor'; kind: StaffAlertKind };

/** A notification the workflow decided on, queued once per deduplication key, and said on the timeline. */
export async function notifyFromWorkflow(deps: CoreDeps, input: { caseId: string; dedupKey: string } & WorkflowNotice): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const c = await tx.cases.findById(input.caseId);
    if (!c) return;
    // The resident heard of the resolution at the change itself, with the answer (transitionCase): workflows
    // started before that rule still ask, and are answered by nothing more.
    if (input.to === 'resident') return;
    const queued = await queueStaffAlert(deps, tx, c, input.kind, input.to, { dedupKey: input.dedupKey });
    if (!queued) return;
    await tx.events.append(caseEvent(deps, c.id, 'staff_alert_raised', 'internal', null, { kind: input.kind, to: input.to }));
  });
}

/**
 * Met or missed, by how many business minutes, and how many business days the answer took: kept for the city's
 * statistics. The budget is the deadline's business days in open minutes, so the same ratio gives the days taken
 * (workflows started before they passed their deadline days: the request type's).
 */
export async function recordOutcome(
  deps: CoreDeps,
  input: { caseId: string; answeredAt: string; dueAt: string | null; consumedMinutes: number; budgetMinutes: number; deadlineDays?: number },
): Promise<void> {
  if (!input.dueAt) return;
  let deadlineDays = input.deadlineDays;
  if (deadlineDays === undefined) {
    const c = await deps.store.cases.findById(input.caseId);
    deadlineDays = c ? (await deps.store.catalogue.requestTypeById(c.requestTypeId))?.deadlineDays : undefined;
  }
  await deps.store.deadlineOutcomes.record({
    caseId: input.caseId,
    dueAt: new Date(input.dueAt),
    answeredAt: new Date(input.answeredAt),
    met: input.consumedMinutes < input.budgetMinutes,
    marginMinutes: Math.round(input.budgetMinutes - input.consumedMinutes),
    businessDays: deadlineDays && input.budgetMinutes > 0 ? Math.round(((input.consumedMinutes * deadlineDays) / input.budgetMinutes) * 100) / 100 : null,
  });
}

/** The reopening window ended: a case still resolved closes, and the resident is told. */
export async function closeResolvedCase(deps: CoreDeps, input: { caseId: string }): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const c = await tx.cases.findById(input.caseId, { forUpdate: true });
    if (!c || c.status !== 'resolved') return;
    // The workflow is the one closing: no signal back to it.
    await transitionCase(deps, tx, c, { to: 'closed', actor: null, eventData: { automatic: true }, signal: null });
  });
}
