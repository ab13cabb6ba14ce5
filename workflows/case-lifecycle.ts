import { condition, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import type { BusinessCalendar } from '../src/core/deadlines/business-time.js';
import { atRiskAt, dueAt, pauseClock, resumeClock, startClock, type DeadlineClock } from '../src/core/deadlines/deadline-clock.js';
import type { CaseActivities } from './activities.js';
import { caseChangedSignal, lifecycleStateQuery, type CaseChange, type CaseLifecycleState } from './signals.js';

export interface CaseLifecycleInput {
  caseId: string;
  /** When the escalation started the clock (ISO). */
  startedAt: string;
  deadlineDays: number;
  calendar: BusinessCalendar;
  /**
   * Set when the workflow starts at a resolution of a case that was never escalated: no deadline runs, only
   * the reopening window after which the case closes (every resolved case closes, whatever its path).
   */
  resolvedAt?: string;
  policy: {
    /** Not accepted after this long: a reminder to the directorate, then an alert to its supervisor. */
    acceptReminderMinutes: number;
    acceptAlertMinutes: number;
    /** Resolved cases close by themselves after this many days unless reopened. */
    autoCloseDays: number;
    /** More transfers than this and supervisors are told the case is bouncing between directorates. */
    maxTransfers: number;
  };
}

const acts = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const MINUTE = 60_000;

/**
 * The life of a case from its escalation or its resolution: its business-day deadline (paused while the resident is asked,
 * resumed when they answer), reminders when nobody accepts it, alerts when it runs late or bounces
 * between directorates, and closing after resolution unless the resident reopens it.
 * PostgreSQL holds the case; this workflow holds time. Deterministic: no I/O but activities.
 */
export async function caseLifecycle(input: CaseLifecycleInput): Promise<void> {
  // The directorate's calendar; a transfer brings the new directorate's.
  let cal = input.calendar;
  const { caseId, policy } = input;
  let clock: DeadlineClock = startClock(new Date(input.startedAt), input.deadlineDays, cal);
  const state: CaseLifecycleState = { phase: 'open', accepted: false, deadlineState: 'on_track', dueAt: null, transfers: 0, seen: [] };
  const inbox: CaseChange[] = [];
  // The relay delivers at least once: a change already seen (same outbox id or older) is ignored.
  let lastOutboxId = 0;
  setHandler(caseChangedSignal, (c) => {
    if (c.outboxId > lastOutboxId) {
      lastOutboxId = c.outboxId;
      inbox.push(c);
      state.seen = [...(state.seen ?? []), c.kind].slice(-50);
    }
  });
  setHandler(lifecycleStateQuery, () => state);

  // A case resolved without escalation has no deadline until (if reopened) it is escalated.
  let escalated = input.resolvedAt === undefined;
  let escalatedAt = new Date(input.startedAt).getTime();
  let reminded = false;
  let alerted = false;
  let warnedTransfers = false;
  let seq = 0; // distinguishes notifications of the same kind across reopenings and transfers

  const publishDeadline = async (reason: string) => {
    const due = dueAt(clock, cal);
    state.dueAt = due ? due.toISOString() : null;
    // While paused there is no date, but the business time left is known and shown to the resident.
    const remainingMinutes = due ? undefined : Math.max(0, Math.round(clock.budgetMinutes - clock.consumedMinutes));
    await acts.recordDeadline({ caseId, dueAt: state.dueAt, state: state.deadlineState, reason, ...(remainingMinutes === undefined ? {} : { remainingMinutes }) });
  };
  if (escalated) await publishDeadline('escalated');
  else state.accepted = true;

  for (;;) {
    if (state.phase === 'resolved') {
      const reopened = await condition(() => inbox.length > 0, policy.autoCloseDays * 24 * 60 * MINUTE);
      if (!reopened) {
        await acts.closeResolvedCase({ caseId });
        state.phase = 'ended';
        return;
      }
    } else {
      const timers: [number, 'remind' | 'alert' | 'at_risk' | 'breached'][] = [];
      if (!escalated) {
        // Reopened without escalation: nothing is timed until it is escalated, resolved again or ended.
      } else if (!state.accepted && !reminded) timers.push([escalatedAt + policy.acceptReminderMinutes * MINUTE, 'remind']);
      if (escalated && !state.accepted && !alerted) timers.push([escalatedAt + policy.acceptAlertMinutes * MINUTE, 'alert']);
      if (escalated && clock.runningSince) {
        if (state.deadlineState === 'on_track') timers.push([atRiskAt(clock, cal)!.getTime(), 'at_risk']);
        if (state.deadlineState !== 'breached') timers.push([dueAt(clock, cal)!.getTime(), 'breached']);
      }
      timers.sort((a, b) => a[0] - b[0]);
      const next = timers[0];
      const signalled = await condition(() => inbox.length > 0, next ? Math.max(1, next[0] - Date.now()) : undefined);
      if (!signalled && next) {
        const kind = next[1];
        if (kind === 'remind') {
          reminded = true;
          await acts.notify({ caseId, kind: 'acceptance_reminder', dedupKey: `${caseId}:acceptance_reminder:${seq}`, to: 'directorate' });
        } else if (kind === 'alert') {
          alerted = true;
          await acts.notify({ caseId, kind: 'not_accepted_alert', dedupKey: `${caseId}:not_accepted_alert:${seq}`, to: 'supervisor' });
        } else if (kind === 'at_risk') {
          state.deadlineState = 'at_risk';
          await publishDeadline('at_risk');
          // Histories recorded before the directorate was told of an at-risk case replay without it.
          if (patched('at-risk-alert')) {
            await acts.notify({ caseId, kind: 'deadline_at_risk', dedupKey: `${caseId}:deadline_at_risk:${seq}`, to: 'directorate' });
          }
        } else {
          state.deadlineState = 'breached';
          await publishDeadline('breached');
          await acts.notify({ caseId, kind: 'deadline_breached', dedupKey: `${caseId}:deadline_breached:${seq}`, to: 'supervisor' });
        }
        continue;
      }
    }

    const change = inbox.shift();
    if (!change) continue;
    const at = new Date(change.at);
    switch (change.kind) {
      case 'accepted':
        state.accepted = true;
        break;
      case 'paused':
        if (!escalated) break;
        clock = pauseClock(clock, at, cal);
        state.deadlineState = 'paused';
        await publishDeadline('paused');
        break;
      case 'escalation_started':
        if (!escalated) {
          // Reopened, then escalated: its deadline starts now, with the directorate's calendar.
          escalated = true;
          if (change.calendar) cal = change.calendar;
          clock = startClock(at, change.deadlineDays, cal);
          escalatedAt = at.getTime();
          state.accepted = false;
          state.deadlineState = 'on_track';
          seq++;
          await publishDeadline('escalated');
          break;
        }
      // falls through: a second escalation of a running case resumes its clock
      case 'resumed':
        if (escalated && !clock.runningSince) {
          clock = resumeClock(clock, at);
          state.deadlineState = 'on_track';
          await publishDeadline('resumed');
        }
        break;
      case 'transferred':
        if (change.calendar) cal = change.calendar;
        state.transfers++;
        state.accepted = false;
        reminded = false;
        alerted = false;
        seq++;
        escalatedAt = at.getTime();
        await publishDeadline('transferred');
        if (state.transfers > policy.maxTransfers && !warnedTransfers) {
          warnedTransfers = true;
          await acts.notify({ caseId, kind: 'transfer_loop_alert', dedupKey: `${caseId}:transfer_loop_alert`, to: 'supervisor' });
        }
        break;
      case 'resolved': {
        if (!escalated) {
          // Resolved without escalation: the core told the resident; only the reopening window runs here.
          state.phase = 'resolved';
          break;
        }
        const due = dueAt(clock, cal);
        // The answer time is the commit's; a breach this workflow already saw cannot be undone by it.
        const seenLate = state.deadlineState === 'breached' ? pauseClock(clock, new Date(Date.now()), cal).consumedMinutes : 0;
        clock = pauseClock(clock, at, cal);
        await acts.recordOutcome({
          caseId,
          answeredAt: change.at,
          dueAt: due ? due.toISOString() : state.dueAt,
          consumedMinutes: Math.max(clock.consumedMinutes, seenLate),
          budgetMinutes: clock.budgetMinutes,
          deadlineDays: input.deadlineDays,
        });
        state.phase = 'resolved';
        await acts.notify({ caseId, kind: 'case_resolved', dedupKey: `${caseId}:case_resolved:${seq}`, to: 'resident' });
        break;
      }
      case 'reopened':
        seq++;
        state.phase = 'open';
        if (!escalated) break;
        clock = resumeClock(clock, at);
        state.deadlineState = 'on_track';
        await publishDeadline('reopened');
        break;
      case 'ended':
        state.phase = 'ended';
        return;
    }
  }
}
