import { invalid } from '../errors.js';
import { cityDay } from '../city-day.js';
import type { StatisticsPeriod } from '../ports.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A local day `days` later (or earlier), as YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  const t = new Date(`${day}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** Whole days from one local day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

const isRealDay = (s: string) => {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T12:00:00Z`);
  // 2026-13-45 is no date at all; 2026-02-31 would roll over to March.
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/**
 * The days a question covers, both included: by default the last twelve months (from the first day of the month
 * eleven months back to today); never more than ten years, never backwards.
 */
export function statisticsRange(now: Date, q: { from?: string | undefined; to?: string | undefined }): { from: string; to: string } {
  for (const k of ['from', 'to'] as const) {
    if (q[k] !== undefined && !isRealDay(q[k])) throw invalid(k, 'A day as YYYY-MM-DD');
  }
  const today = cityDay(now);
  const to = q.to ?? today;
  let from = q.from;
  if (!from) {
    const [y, m] = to.split('-').map(Number) as [number, number];
    const back = y * 12 + (m - 1) - 11;
    from = `${Math.floor(back / 12)}-${String((back % 12) + 1).padStart(2, '0')}-01`;
  }
  if (from > to) throw invalid('from', 'The first day comes after the last');
  if (daysBetween(from, to) > 3660) throw invalid('from', 'At most ten years at once');
  return { from, to };
}

/** The first day of the period a local day falls in (weeks start on Monday, as in France). */
export function periodStart(day: string, period: StatisticsPeriod): string {
  if (period === 'day') return day;
  if (period === 'month') return `${day.slice(0, 8)}01`;
  const weekday = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}
