import { describe, expect, it } from 'vitest';
import { easterSunday, frenchPublicHolidays } from './holidays.js';

describe('Easter', () => {
  // Published Easter Sundays.
  it.each([
    [2000, [4, 23]],
    [2008, [3, 23]],
    [2011, [4, 24]],
    [2019, [4, 21]],
    [2024, [3, 31]],
    [2025, [4, 20]],
    [2026, [4, 5]],
    [2027, [3, 28]],
    [2028, [4, 16]],
    [2030, [4, 21]],
    [2038, [4, 25]],
  ])('%i', (year, expected) => {
    expect(easterSunday(year)).toEqual(expected);
  });
});

describe('French public holidays', () => {
  it('2026 has the eleven national days', () => {
    const h = frenchPublicHolidays(2026);
    expect([...h.keys()].sort()).toEqual([
      '2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25',
      '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25',
    ]);
    expect(h.get('2026-05-14')).toBe('Ascension');
    expect(h.get('2026-05-25')).toBe('Lundi de Pentecôte');
  });

  it('2025 and 2027 move with Easter', () => {
    expect(frenchPublicHolidays(2025).get('2025-04-21')).toBe('Lundi de Pâques');
    expect(frenchPublicHolidays(2025).get('2025-05-29')).toBe('Ascension');
    expect(frenchPublicHolidays(2025).get('2025-06-09')).toBe('Lundi de Pentecôte');
    expect(frenchPublicHolidays(2027).get('2027-03-29')).toBe('Lundi de Pâques');
    expect(frenchPublicHolidays(2027).get('2027-05-06')).toBe('Ascension');
    expect(frenchPublicHolidays(2027).get('2027-05-17')).toBe('Lundi de Pentecôte');
  });

  it('Alsace-Moselle adds Good Friday and 26 December only when configured', () => {
    expect(frenchPublicHolidays(2026).has('2026-04-03')).toBe(false);
    const am = frenchPublicHolidays(2026, { alsaceMoselle: true });
    expect(am.get('2026-04-03')).toBe('Vendredi saint');
    expect(am.get('2026-12-26')).toBe('Saint-Étienne');
    expect(am.size).toBe(13);
  });
});
