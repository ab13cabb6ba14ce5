import type { Directorate } from '../model.js';
import type { BusinessCalendar, OpeningHours } from './business-time.js';

/**
 * A directorate's business calendar: its own opening hours when it has them, the city's otherwise, and its closure
 * days on top of the public holidays.
 */
export function calendarFor(base: BusinessCalendar, d: Pick<Directorate, 'businessHours' | 'closedDays'> | null): BusinessCalendar {
  const closed = d?.closedDays?.length ? { closedDays: [...(base.closedDays ?? []), ...d.closedDays] } : null;
  if (!d?.businessHours) return closed ? { ...base, ...closed } : base;
  const hours = { ...base.hours } as OpeningHours;
  for (const day of [1, 2, 3, 4, 5, 6, 7] as const) hours[day] = d.businessHours[String(day) as '1'] ?? [];
  return { ...base, hours, ...closed };
}
