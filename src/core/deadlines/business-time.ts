import { frenchPublicHolidays } from './holidays.js';

/**
 * Business time in a directorate's time zone and opening hours. Deadlines are a budget of
 * open minutes: N business days are N × the minutes of a standard open day, counted only while
 * the directorate is open (weekends and public holidays are closed). Pausing the clock (while the
 * case waits for the resident) stops the count; resuming starts it again from the resume instant.
 */

/** Open intervals per ISO weekday (1 = Monday … 7 = Sunday), in minutes after local midnight. */
export type OpeningHours = Record<1 | 2 | 3 | 4 | 5 | 6 | 7, [number, number][]>;

export interface BusinessCalendar {
  timeZone: string;
  hours: OpeningHours;
  alsaceMoselle: boolean;
  /** Closure days besides weekends and holidays (a directorate's "pont", a strike day), YYYY-MM-DD. */
  closedDays?: readonly string[];
}

const hm = (h: number, m = 0) => h * 60 + m;
const WEEKDAY: [number, number][] = [
  [hm(8, 30), hm(12)],
  [hm(13, 30), hm(17)],
];
export const DEFAULT_CALENDAR: BusinessCalendar = {
  timeZone: 'Europe/Paris',
  hours: { 1: WEEKDAY, 2: WEEKDAY, 3: WEEKDAY, 4: WEEKDAY, 5: WEEKDAY, 6: [], 7: [] },
  alsaceMoselle: false,
};

interface LocalDay {
  y: number;
  m: number;
  d: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Local calendar date and minute of the day of an instant. */
export function localTime(instant: Date, timeZone: string): LocalDay & { minutes: number; seconds: number } {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day), minutes: Number(parts.hour) * 60 + Number(parts.minute), seconds: Number(parts.second) + (instant.getTime() % 1000) / 1000 };
}

/** The instant at which the local clock shows `minutes` after midnight on that day. */
export function zonedInstant(day: LocalDay, minutes: number, timeZone: string): Date {
  const wall = Date.UTC(day.y, day.m - 1, day.d, 0, minutes);
  let t = wall;
  // Two rounds settle the UTC offset, including on the days the clocks change.
  for (let i = 0; i < 2; i++) {
    const l = localTime(new Date(t), timeZone);
    const shown = Date.UTC(l.y, l.m - 1, l.d, 0, l.minutes);
    t += wall - shown;
  }
  return new Date(t);
}

const isoDay = (d: LocalDay) => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
const nextDay = (d: LocalDay): LocalDay => {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + 1));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
const weekday = (d: LocalDay) => (((new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay() + 6) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;

const holidayCache = new Map<string, Map<string, string>>();
function isHoliday(day: LocalDay, cal: BusinessCalendar): boolean {
  const key = `${day.y}:${cal.alsaceMoselle}`;
  let h = holidayCache.get(key);
  if (!h) {
    h = frenchPublicHolidays(day.y, { alsaceMoselle: cal.alsaceMoselle });
    holidayCache.set(key, h);
  }
  return h.has(isoDay(day));
}

/** Open intervals of a local day (none on weekends, closed days and public holidays). */
export function openIntervals(day: LocalDay, cal: BusinessCalendar): [number, number][] {
  if (cal.closedDays?.length && cal.closedDays.includes(isoDay(day))) return [];
  return isHoliday(day, cal) ? [] : cal.hours[weekday(day)];
}

export function isBusinessDay(day: LocalDay, cal: BusinessCalendar): boolean {
  return openIntervals(day, cal).length > 0;
}

/** Minutes of a standard open day: what one business day of a deadline is worth. */
export function minutesPerBusinessDay(cal: BusinessCalendar): number {
  const perDay = ([1, 2, 3, 4, 5, 6, 7] as const)
    .map((w) => cal.hours[w].reduce((sum, [a, b]) => sum + (b - a), 0))
    .filter((m) => m > 0)
    .sort((a, b) => a - b);
  if (perDay.length === 0) throw new Error('a calendar needs at least one open day');
  return perDay[Math.floor(perDay.length / 2)]!;
}

const MAX_DAYS = 3 * 366; // no deadline runs longer; a calendar never open would loop forever

/** The instant reached after `minutes` of open time from `start` (start itself if minutes is 0 and open). */
export function addBusinessMinutes(start: Date, minutes: number, cal: BusinessCalendar): Date {
  const l = localTime(start, cal.timeZone);
  const startMinute = l.minutes + l.seconds / 60;
  let day: LocalDay = l;
  let remaining = minutes;
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    for (const [from, to] of openIntervals(day, cal)) {
      const begin = i === 0 ? Math.max(from, startMinute) : from;
      if (begin >= to) continue;
      if (remaining <= to - begin) return zonedInstant(day, begin + remaining, cal.timeZone);
      remaining -= to - begin;
    }
  }
  throw new Error('no open time within three years');
}

/** Open minutes between two instants (0 when b is before a). */
export function businessMinutesBetween(a: Date, b: Date, cal: BusinessCalendar): number {
  if (b <= a) return 0;
  const la = localTime(a, cal.timeZone);
  const lb = localTime(b, cal.timeZone);
  const endKey = isoDay(lb);
  let day: LocalDay = la;
  let total = 0;
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    const first = i === 0;
    const last = isoDay(day) === endKey;
    for (const [from, to] of openIntervals(day, cal)) {
      const begin = first ? Math.max(from, la.minutes + la.seconds / 60) : from;
      const end = last ? Math.min(to, lb.minutes + lb.seconds / 60) : to;
      if (end > begin) total += end - begin;
    }
    if (last) return total;
  }
  return total;
}
