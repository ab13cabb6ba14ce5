import { addBusinessMinutes, businessMinutesBetween, minutesPerBusinessDay, type BusinessCalendar } from './business-time.js';

/** A case's deadline: a budget of open minutes, consumed while the clock runs. */
export interface DeadlineClock {
  budgetMinutes: number;
  consumedMinutes: number;
  /** When the clock last started; null while paused (waiting for the resident). */
  runningSince: Date | null;
}

export type DeadlineState = 'on_track' | 'at_risk' | 'breached';

/** At 80 % of the budget a case turns at risk. */
export const AT_RISK_RATIO = 0.8;

export function startClock(receivedAt: Date, businessDays: number, cal: BusinessCalendar): DeadlineClock {
  return { budgetMinutes: businessDays * minutesPerBusinessDay(cal), consumedMinutes: 0, runningSince: receivedAt };
}

export function pauseClock(clock: DeadlineClock, at: Date, cal: BusinessCalendar): DeadlineClock {
  if (!clock.runningSince) return clock;
  return { ...clock, consumedMinutes: clock.consumedMinutes + businessMinutesBetween(clock.runningSince, at, cal), runningSince: null };
}

export function resumeClock(clock: DeadlineClock, at: Date): DeadlineClock {
  return clock.runningSince ? clock : { ...clock, runningSince: at };
}

export function consumedAt(clock: DeadlineClock, now: Date, cal: BusinessCalendar): number {
  return clock.consumedMinutes + (clock.runningSince ? businessMinutesBetween(clock.runningSince, now, cal) : 0);
}

/** When the deadline falls if the clock keeps running; null while paused. */
export function dueAt(clock: DeadlineClock, cal: BusinessCalendar): Date | null {
  if (!clock.runningSince) return null;
  return addBusinessMinutes(clock.runningSince, Math.max(0, clock.budgetMinutes - clock.consumedMinutes), cal);
}

/** When the case turns at risk (80 % consumed) if the clock keeps running; null while paused. */
export function atRiskAt(clock: DeadlineClock, cal: BusinessCalendar): Date | null {
  if (!clock.runningSince) return null;
  return addBusinessMinutes(clock.runningSince, Math.max(0, clock.budgetMinutes * AT_RISK_RATIO - clock.consumedMinutes), cal);
}

export function deadlineState(clock: DeadlineClock, now: Date, cal: BusinessCalendar): DeadlineState {
  const used = consumedAt(clock, now, cal);
  if (used >= clock.budgetMinutes) return 'breached';
  if (used >= clock.budgetMinutes * AT_RISK_RATIO) return 'at_risk';
  return 'on_track';
}
