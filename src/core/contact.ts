import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { ContactKind } from './model.js';

/**
 * France's numbering plan covers the overseas regions too: a national "0690 12 34 56" is Guadeloupe (+590),
 * not mainland France. A number written without a country code is read as the first of these regions where
 * it is a valid number.
 */
const FRENCH_REGIONS: readonly CountryCode[] = ['FR', 'GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'BL', 'MF', 'NC', 'PF', 'WF'];

export interface PhoneNumber {
  /** The E.164 form, the one key a number is stored and compared under. */
  e164: string;
  /** Whether it can take an SMS (a mobile, or a number the plan does not tell from a mobile). */
  mobile: boolean;
}

/**
 * Phone numbers arrive in every format ("06 12 34 56 78", "+33 6…", "0033…", "+33 (0)6…", "0690…" from
 * Guadeloupe); libphonenumber-js reads them against the numbering plans. Returns null for what is not a
 * phone number.
 */
export function parsePhone(input: string): PhoneNumber | null {
  const s = input.trim().replace(/\(0\)/g, '');
  if (!/^[+\d][\d\s.\-()/]*$/.test(s)) return null;
  let compact = s.replace(/[\s.\-()/]/g, '');
  if (compact.startsWith('00')) compact = `+${compact.slice(2)}`;
  const of = (n: ReturnType<typeof parsePhoneNumberFromString>): PhoneNumber | null => {
    if (!n) return null;
    const type = n.getType();
    return { e164: n.number, mobile: type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' };
  };
  // "+33 690…" is an overseas number written with the mainland code: read it as the national number it is.
  if (compact.startsWith('+33') && !parsePhoneNumberFromString(compact)?.isValid()) compact = `0${compact.slice(3).replace(/^0/, '')}`;
  if (compact.startsWith('+')) {
    const n = parsePhoneNumberFromString(compact);
    // A number the plan does not list yet (a new range) is still kept under its E.164 form.
    return n && (n.isValid() || n.isPossible()) && /^\+[1-9]\d{7,14}$/.test(n.number) ? of(n) : null;
  }
  for (const region of FRENCH_REGIONS) {
    const n = parsePhoneNumberFromString(compact, region);
    if (n?.isValid()) return of(n);
  }
  // A well-formed French national number no plan lists: kept as French so that it can still be found.
  if (/^0[1-9]\d{8}$/.test(compact)) return { e164: `+33${compact.slice(1)}`, mobile: false };
  return null;
}

export function normalizePhone(input: string): string | null {
  return parsePhone(input)?.e164 ?? null;
}

export function normalizeEmail(input: string): string | null {
  const s = input.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s) ? s : null;
}

/** Lower case, accents removed, punctuation turned to spaces: how names are compared. */
export function foldText(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.+]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

export function normalizeContact(kind: ContactKind, value: string): string | null {
  switch (kind) {
    case 'email':
      return normalizeEmail(value);
    case 'phone':
      return normalizePhone(value);
    case 'postal_address':
    case 'social': {
      const f = foldText(value);
      return f.length > 0 ? f : null;
    }
  }
}
