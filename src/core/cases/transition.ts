import type { Actor } from '../actor.js';
import { assertTransition, STATUS_LABELS_FR, type CaseStatus } from '../case-status.js';
import { addBusinessMinutes, businessMinutesBetween } from '../deadlines/business-time.js';
import { calendarFor } from '../deadlines/directorate-calendar.js';
import type { Case, CaseEvent, EventVisibility } from '../model.js';
import { notificationForStatus, queueResidentNotification, queueStaffAlert } from '../notifications/resident-notifications.js';
import type { CaseSignal, CoreDeps, Repositories } from '../ports.js';
import { caseEvent } from './case-event.js';
import { signalForStatusChange } from './case-signals.js';

export interface Transition {
  to: CaseStatus;
  /** Who makes the change; null for the system (the workflow's auto-close). */
  actor: Actor | null;
  /** The timeline entry's type; `status_changed` (or `case_reopened`) unless the operation has its own. */
  eventType?: string;
  visibility?: EventVisibility;
  /** What the resident reads with the change (the answer, the question, the reason). */
  message?: string | undefined;
  /** More facts for the timeline entry. */
  eventData?: Record<string, unknown>;
  /** Other fields written with the status (assignee, directorate, escalation dates…). */
  patch?: Partial<Case>;
  /** The workflow's signal when the operation knows better than the status change (an escalation). */
  signal?: CaseSignal | null;
  /** Whether the resident is told of the change on their channel (the default follows the status). */
  notifyResident?: boolean;
  /** More for the resident's notification than the message (missing items and the day to send them by). */
  notification?: Record<string, unknown>;
}

/**
 * The one way a case changes status: checks the lifecycle, writes the case, its timeline entry, the signal the
 * workflow must hear (outbox), the resident's notification and the staff alert — all in the caller's
 * transaction, so each lands exactly when the change does. Every status change goes through here: agents,
 * residents, channels and the workflow's activities.
 */
export async function transitionCase(deps: Pick<CoreDeps, 'newId' | 'clock' | 'calendar'>, tx: Repositories, c: Case, t: Transition): Promise<{ case: Case; event: CaseEvent }> {
  assertTransition(c.status, t.to);
  const now = deps.clock.now();
  const deadline = c.escalatedAt ? await deadlineAcrossPause(deps, tx, c, t.to, now) : {};
  const updated = await tx.cases.update({ ...c, ...deadline, ...t.patch, status: t.to, updatedAt: now });
  const signal = t.signal !== undefined ? t.signal : signalForStatusChange(c, t.to);
  if (signal) await tx.outbox.add(c.id, signal, now);
  const reopened = c.status === 'resolved' && t.to === 'in_progress';
  const event = caseEvent(deps, c.id, t.eventType ?? (reopened ? 'case_reopened' : 'status_changed'), t.visibility ?? 'public', t.actor, {
    from: c.status,
    to: t.to,
    labelFr: STATUS_LABELS_FR[t.to],
    ...(t.message ? { message: t.message } : {}),
    ...t.eventData,
  });
  await tx.events.append(event);
  const notify = t.notifyResident === false ? null : notificationForStatus(c, t.to);
  if (notify) await queueResidentNotification(deps, tx, updated, notify, event.id, { text: t.message, ...t.notification });
  // A resident who is not satisfied reopens an escalated case: the directorate that answered hears of it.
  if (reopened && c.escalatedAt && t.actor?.role === 'resident') {
    await queueStaffAlert(deps, tx, updated, 'reopened_by_resident', 'directorate', { changeId: event.id }, { text: t.message });
  }
  return { case: updated, event };
}

/**
 * The deadline across a pause, with the same pure functions the workflow uses: asking the resident keeps
 * the business time left (the date is unknown until they answer); their answer turns it back into a date.
 */
async function deadlineAcrossPause(deps: Pick<CoreDeps, 'calendar'>, tx: Repositories, c: Case, to: CaseStatus, now: Date): Promise<Partial<Case>> {
  const pausing = to === 'awaiting_resident' && c.status !== 'awaiting_resident';
  const resuming = c.status === 'awaiting_resident' && (to === 'in_progress' || to === 'escalated');
  if (!pausing && !resuming) return {};
  const cal = calendarFor(deps.calendar, await tx.catalogue.directorateById(c.directorateId));
  if (pausing) {
    // Rounded up: a pause never costs the resident the seconds of a started minute (due dates fall on whole
    // minutes, so a rounded-down remainder could move the date earlier than before the pause).
    const remainingMinutes = c.dueAt ? Math.max(0, Math.ceil(businessMinutesBetween(now, c.dueAt, cal))) : c.remainingMinutes;
    return { dueAt: null, deadlineState: 'paused', remainingMinutes };
  }
  if (c.remainingMinutes == null) return {};
  return { dueAt: addBusinessMinutes(now, c.remainingMinutes, cal), deadlineState: 'on_track', remainingMinutes: null };
}
