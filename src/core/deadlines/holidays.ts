/**
 * French public holidays (jours fériés), by law (Code du travail, art. L3133-1), and the two
 * extra days of Alsace-Moselle (Good Friday, 26 December; art. L3134-13).
 */

/** Easter Sunday in the Gregorian calendar (Meeus/Jones/Butcher), as [month 1-12, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function shift(year: number, [month, day]: [number, number], days: number): string {
  const t = new Date(Date.UTC(year, month - 1, day + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export interface HolidayOptions {
  alsaceMoselle?: boolean;
}

/** The public holidays of a year, as ISO dates with their French names. */
export function frenchPublicHolidays(year: number, opts: HolidayOptions = {}): Map<string, string> {
  const easter = easterSunday(year);
  const days = new Map<string, string>([
    [iso(year, 1, 1), "Jour de l'an"],
    [shift(year, easter, 1), 'Lundi de Pâques'],
    [iso(year, 5, 1), 'Fête du Travail'],
    [iso(year, 5, 8), 'Victoire 1945'],
    [shift(year, easter, 39), 'Ascension'],
    [shift(year, easter, 50), 'Lundi de Pentecôte'],
    [iso(year, 7, 14), 'Fête nationale'],
    [iso(year, 8, 15), 'Assomption'],
    [iso(year, 11, 1), 'Toussaint'],
    [iso(year, 11, 11), 'Armistice 1918'],
    [iso(year, 12, 25), 'Noël'],
  ]);
  if (opts.alsaceMoselle) {
    days.set(shift(year, easter, -2), 'Vendredi saint');
    days.set(iso(year, 12, 26), 'Saint-Étienne');
  }
  return days;
}
