import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, DEFAULT_CALENDAR as CAL, localTime, minutesPerBusinessDay, zonedInstant } from './business-time.js';
import { atRiskAt, deadlineState, dueAt, pauseClock, resumeClock, startClock } from './deadline-clock.js';

/** A Paris wall-clock time, e.g. paris('2026-05-13 09:00'). */
const paris = (s: string) => {
  const [date, time] = s.split(' ');
  const [y, m, d] = date!.split('-').map(Number) as [number, number, number];
  const [hh, mm] = (time ?? '00:00').split(':').map(Number) as [number, number];
  return zonedInstant({ y, m, d }, hh * 60 + mm, 'Europe/Paris');
};
const show = (t: Date | null) => {
  if (!t) return null;
  const l = localTime(t, 'Europe/Paris');
  return `${l.y}-${String(l.m).padStart(2, '0')}-${String(l.d).padStart(2, '0')} ${String(Math.floor(l.minutes / 60)).padStart(2, '0')}:${String(l.minutes % 60).padStart(2, '0')}`;
};
const DAY = minutesPerBusinessDay(CAL);

describe('Paris wall clock', () => {
  it('converts both ways, across the clock changes', () => {
    expect(paris('2026-01-15 09:00').toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(paris('2026-07-15 09:00').toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(paris('2026-03-29 12:00').toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(paris('2026-10-25 12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
    expect(show(new Date('2026-03-29T01:30:00Z'))).toBe('2026-03-29 03:30');
  });
});

describe('business minutes', () => {
  it('a standard day is 7 hours (8:30-12:00, 13:30-17:00)', () => {
    expect(DAY).toBe(420);
  });

  it.each([
    ['Monday morning, within the morning', '2026-11-23 09:00', 60, '2026-11-23 10:00'],
    ['over the lunch break', '2026-11-23 11:00', 90, '2026-11-23 14:00'],
    ['one day from Friday afternoon lands on Monday', '2026-11-27 16:00', DAY, '2026-11-30 16:00'],
    ['received on Saturday: the count starts Monday 8:30', '2026-11-28 10:00', DAY, '2026-11-30 17:00'],
    ['received at night: the count starts next opening', '2026-11-23 22:00', 30, '2026-11-24 09:00'],
    ['Ascension Thursday is skipped', '2026-05-13 09:00', DAY, '2026-05-15 09:00'],
    ['Whit Monday is skipped', '2026-05-22 09:00', DAY, '2026-05-26 09:00'],
    ['Easter Monday is skipped', '2026-04-03 09:00', DAY, '2026-04-07 09:00'],
    ['1 and 8 May 2026 (Fridays) are skipped', '2026-04-30 09:00', 2 * DAY, '2026-05-05 09:00'],
    ['ten days over Christmas and New Year', '2026-12-21 09:00', 10 * DAY, '2027-01-06 09:00'],
    ['over the spring clock change', '2026-03-27 10:00', DAY, '2026-03-30 10:00'],
    ['over the autumn clock change', '2026-10-23 10:00', DAY, '2026-10-26 10:00'],
    ['14 July 2027 is a Wednesday', '2027-07-13 15:00', DAY, '2027-07-15 15:00'],
    ['zero minutes from a closed time is the next opening', '2026-11-28 10:00', 0, '2026-11-30 08:30'],
  ])('%s', (_name, start, minutes, expected) => {
    expect(show(addBusinessMinutes(paris(start), minutes, CAL))).toBe(expected);
  });

  it('Alsace-Moselle closes on Good Friday and 26 December when configured', () => {
    const am = { ...CAL, alsaceMoselle: true };
    expect(show(addBusinessMinutes(paris('2026-04-02 09:00'), DAY, CAL))).toBe('2026-04-03 09:00');
    expect(show(addBusinessMinutes(paris('2026-04-02 09:00'), DAY, am))).toBe('2026-04-07 09:00');
    expect(show(addBusinessMinutes(paris('2025-12-24 09:00'), DAY, CAL))).toBe('2025-12-26 09:00');
    expect(show(addBusinessMinutes(paris('2025-12-24 09:00'), DAY, am))).toBe('2025-12-29 09:00');
  });

  it('counts open minutes between two instants', () => {
    expect(businessMinutesBetween(paris('2026-11-23 09:00'), paris('2026-11-23 10:00'), CAL)).toBe(60);
    expect(businessMinutesBetween(paris('2026-11-23 11:00'), paris('2026-11-23 14:00'), CAL)).toBe(90);
    expect(businessMinutesBetween(paris('2026-11-27 16:00'), paris('2026-11-30 09:00'), CAL)).toBe(90);
    expect(businessMinutesBetween(paris('2026-11-28 00:00'), paris('2026-11-29 23:59'), CAL)).toBe(0);
    expect(businessMinutesBetween(paris('2026-11-30 09:00'), paris('2026-11-23 09:00'), CAL)).toBe(0);
  });

  it('adding then measuring gives back the same minutes, over years of random starts', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 400; i++) {
      const start = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 4 * 365 * 86400_000));
      const minutes = Math.floor(rand() * 30 * DAY);
      const end = addBusinessMinutes(start, minutes, CAL);
      const measuredFromOpen = businessMinutesBetween(addBusinessMinutes(start, 0, CAL), end, CAL);
      expect(Math.round(measuredFromOpen)).toBe(minutes);
    }
  });
});

describe('deadline clock', () => {
  it('10 business days from a Monday morning fall two Mondays later', () => {
    const clock = startClock(paris('2026-11-23 09:00'), 10, CAL);
    expect(show(dueAt(clock, CAL))).toBe('2026-12-07 09:00');
    expect(show(atRiskAt(clock, CAL))).toBe('2026-12-03 09:00');
  });

  it('pauses while waiting for the resident, across a weekend, and resumes with what was left', () => {
    let clock = startClock(paris('2026-11-23 09:00'), 5, CAL);
    expect(show(dueAt(clock, CAL))).toBe('2026-11-30 09:00');
    // Paused on Wednesday at 9:00: two days used.
    clock = pauseClock(clock, paris('2026-11-25 09:00'), CAL);
    expect(clock.consumedMinutes).toBe(2 * DAY);
    expect(dueAt(clock, CAL)).toBeNull();
    // The resident answers on Saturday; the clock restarts at Monday's opening with three days left.
    clock = resumeClock(clock, paris('2026-11-28 11:00'));
    expect(show(dueAt(clock, CAL))).toBe('2026-12-02 17:00');
    // Pausing twice or resuming twice changes nothing.
    expect(resumeClock(clock, paris('2026-11-30 09:00'))).toEqual(clock);
    const paused = pauseClock(clock, paris('2026-11-30 12:00'), CAL);
    expect(pauseClock(paused, paris('2026-12-01 12:00'), CAL)).toEqual(paused);
  });

  it('turns at risk at 80 % and breached at the deadline', () => {
    const clock = startClock(paris('2026-11-23 09:00'), 10, CAL);
    expect(deadlineState(clock, paris('2026-11-30 09:00'), CAL)).toBe('on_track');
    expect(deadlineState(clock, paris('2026-12-03 09:00'), CAL)).toBe('at_risk');
    expect(deadlineState(clock, paris('2026-12-07 08:59'), CAL)).toBe('at_risk');
    expect(deadlineState(clock, paris('2026-12-07 09:00'), CAL)).toBe('breached');
    // Paused cases do not run out.
    const paused = pauseClock(clock, paris('2026-11-24 09:00'), CAL);
    expect(deadlineState(paused, paris('2027-06-01 09:00'), CAL)).toBe('on_track');
  });
});
