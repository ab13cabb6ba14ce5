import { describe, expect, it } from 'vitest';
import { cityDay, dateFr, dayFr } from './city-day.js';

describe('the city’s days', () => {
  it('counts days in Paris, whatever the server’s clock: half past midnight in Paris is 23:30 UTC the day before', () => {
    expect(cityDay(new Date('2026-12-02T23:30:00Z'))).toBe('2026-12-03');
    expect(cityDay(new Date('2026-07-14T21:59:00Z'))).toBe('2026-07-14');
    expect(cityDay(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
  });
  it('writes days as French prose does, the first of the month « 1er »', () => {
    expect(dayFr('2027-04-01')).toBe('1er avril 2027');
    expect(dayFr('2027-05-15')).toBe('15 mai 2027');
    expect(dateFr(new Date('2026-12-31T23:30:00Z'))).toBe('1er janvier 2027');
  });
});
