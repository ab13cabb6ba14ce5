import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from './business-time.js';
import { calendarFor } from './directorate-calendar.js';

describe("a directorate's calendar", () => {
  it("uses the city's hours when the directorate has none", () => {
    expect(calendarFor(DEFAULT_CALENDAR, { businessHours: null })).toBe(DEFAULT_CALENDAR);
    expect(calendarFor(DEFAULT_CALENDAR, null)).toBe(DEFAULT_CALENDAR);
  });

  it('uses its own hours, closed on days it does not list, keeping the city-wide settings', () => {
    const base = { ...DEFAULT_CALENDAR, alsaceMoselle: true };
    const cal = calendarFor(base, { businessHours: { '1': [[420, 1080]], '6': [[540, 720]] } });
    expect(cal.hours[1]).toEqual([[420, 1080]]);
    expect(cal.hours[6]).toEqual([[540, 720]]);
    expect(cal.hours[2]).toEqual([]);
    expect(cal.alsaceMoselle).toBe(true);
    expect(cal.timeZone).toBe('Europe/Paris');
  });
});

describe('closure days', () => {
  it('a closure day is not a business day: received Friday 4 December 2026 at 16:00, 1 business day, Monday 7 closed → Tuesday 8 at 16:00', async () => {
    const { addBusinessMinutes, minutesPerBusinessDay } = await import('./business-time.js');
    const cal = calendarFor(DEFAULT_CALENDAR, { businessHours: null, closedDays: ['2026-12-07'] });
    const at = new Date('2026-12-04T15:00:00Z');
    expect(addBusinessMinutes(at, minutesPerBusinessDay(cal), cal).toISOString()).toBe('2026-12-08T15:00:00.000Z');
    expect(addBusinessMinutes(at, minutesPerBusinessDay(DEFAULT_CALENDAR), DEFAULT_CALENDAR).toISOString()).toBe('2026-12-07T15:00:00.000Z');
  });
});
