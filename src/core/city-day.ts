import { localTime } from './deadlines/business-time.js';

/**
 * The city's calendar: a day is a day in Paris, whatever the server's clock says. A notice sent at 00:30 in
 * Paris (23:30 UTC) names the Paris day; statistics count by it (guichet_day, migration 025).
 */
export const CITY_TIME_ZONE = 'Europe/Paris';

/** The city's day of an instant, as YYYY-MM-DD. */
export function cityDay(instant: Date): string {
  const t = localTime(instant, CITY_TIME_ZONE);
  return `${t.y}-${String(t.m).padStart(2, '0')}-${String(t.d).padStart(2, '0')}`;
}

/** A day (YYYY-MM-DD) as French prose writes it: « 1er avril 2027 », « 15 mai 2027 ». */
export function dayFr(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).replace(/^1 /, '1er ');
}

/** An instant's day in the city, in French: « 1er avril 2027 ». */
export const dateFr = (instant: Date): string => dayFr(cityDay(instant));

/** An instant as the city's clock shows it, in French: « 3 décembre 2026 à 09:30 ». */
export const dateTimeFr = (instant: Date): string =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: CITY_TIME_ZONE }).format(instant);
