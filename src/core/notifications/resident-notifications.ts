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
 * Which status changes tell the resident. An escalated case's resolution is announced by its workflow
 * (which also knows the deadline's outcome), so the status change does not queue it a second time.
 */
export function notificationForStatus(c: Case, to: CaseStatus): ResidentNotificationKind | null {
  if (!c.residentId) return null;
  if (to === 'awaiting_resident') return 'awaiting_resident';
  if (to === 'resolved' && !c.escalatedAt) return 'case_resolved';
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
  message: { text?: string | undefined } = {},
): Promise<void> {
  await tx.notifications.queueForResident({
    id: deps.newId(),
    caseId: c.id,
    dedupKey: `${c.id}:${kind}:${changeId}`,
    kind,
    message: message.text ? { text: message.text } : {},
    at: deps.clock.now(),
  });
}
