import type { CaseStatus } from '../case-status.js';
import type { Case } from '../model.js';
import type { CoreDeps, Repositories } from '../ports.js';

/** The events residents care about, each a notification on their preferred channel. */
export type ResidentNotificationKind = 'acknowledgement' | 'case_escalated' | 'awaiting_resident' | 'case_resolved' | 'case_closed';

/**
 * The acknowledgement the law requires, sent on the resident's channel — except where it is given on the
 * spot (a printed receipt at the counter) or by the channel itself (email and social answer at once).
 */
export function acknowledgedByNotification(channel: Case['channel']): boolean {
  return channel === 'phone' || channel === 'web' || channel === 'postal';
}

/**
 * Which status changes tell the resident, with the agent's words: the question, the answer. The answer is
 * told at the change for every case, escalated or not (the workflow records the deadline's outcome only).
 */
export function notificationForStatus(c: Case, to: CaseStatus): ResidentNotificationKind | null {
  if (!c.residentId) return null;
  if (to === 'awaiting_resident') return 'awaiting_resident';
  if (to === 'resolved') return 'case_resolved';
  if (to === 'closed') return 'case_closed';
  return null;
}

/**
 * Queued in the transaction of the change it announces (so it exists exactly when the change does); the
 * deduplication key names the change, so a retried request queues nothing twice. A dispatcher sends it.
 */
export async function queueResidentNotification(
  deps: Pick<CoreDeps, 'newId' | 'clock'>,
  tx: Repositories,
  c: Case,
  kind: ResidentNotificationKind,
  changeId: string,
  message: { text?: string | undefined; [more: string]: unknown } = {},
): Promise<void> {
  await tx.notifications.queueForResident({
    id: deps.newId(),
    caseId: c.id,
    dedupKey: `${c.id}:${kind}:${changeId}`,
    kind,
    message: Object.fromEntries(Object.entries(message).filter(([, v]) => v !== undefined && v !== '')),
    at: deps.clock.now(),
  });
}

/** What staff are alerted of: time running out or nobody acting, and residents not satisfied. */
export type StaffAlertKind = 'acceptance_reminder' | 'not_accepted_alert' | 'deadline_at_risk' | 'deadline_breached' | 'transfer_loop_alert' | 'reopened_by_resident';

/** The directorate's team (its agents and shared mailbox), or the supervisors of that directorate. */
export type StaffAudience = 'directorate' | 'supervisor';

/**
 * Queued like residents' notifications, once per deduplication key; it lands in the agents' inbox of the
 * directorate in charge now and is emailed to the audience's address by the dispatcher.
 */
export async function queueStaffAlert(
  deps: Pick<CoreDeps, 'newId' | 'clock'>,
  tx: Pick<Repositories, 'notifications'>,
  c: Pick<Case, 'id' | 'directorateId'>,
  kind: StaffAlertKind,
  to: StaffAudience,
  /** The change it announces (its key is `<case>:<kind>:<change>`), or the workflow's own full key. */
  key: { changeId: string } | { dedupKey: string },
  message: { text?: string | undefined } = {},
): Promise<boolean> {
  return tx.notifications.queueForStaff({
    id: deps.newId(),
    caseId: c.id,
    directorateId: c.directorateId,
    dedupKey: 'dedupKey' in key ? key.dedupKey : `${c.id}:${kind}:${key.changeId}`,
    kind,
    audience: to,
    message: message.text ? { text: message.text } : {},
    at: deps.clock.now(),
  });
}
