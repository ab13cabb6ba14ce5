import type { Directorate } from '../model.js';
import type { BusinessCalendar, OpeningHours } from './business-time.js';

/** A directorate's business calendar: its own opening hours when it has them, the city's otherwise. */
export function calendarFor(base: BusinessCalendar, d: Pick<Directorate, 'businessHours'> | null): BusinessCalendar {
  if (!d?.businessHours) return base;
  const hours = { ...base.hours } as OpeningHours;
  for (const day of [1, 2, 3, 4, 5, 6, 7] as const) hours[day] = d.businessHours[String(day) as '1'] ?? [];
  return { ...base, hours };
}
