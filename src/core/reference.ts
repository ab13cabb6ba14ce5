import { randomInt } from 'node:crypto';

/**
 * Case references are read over the phone and printed on letters, so they avoid
 * look-alike characters (0/O, 1/I/L, U/V) and end with a check character: a single
 * mistyped character gives "not found" instead of another resident's case.
 * Format: YY-XXXX-XXXC, e.g. 26-K7M4-Q9XC.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const WEIGHTS = [1, 7, 11, 13, 17, 19, 23, 29, 1, 7]; // coprime with 30: every single substitution changes the sum
export const REFERENCE_PATTERN = /^\d{2}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

type RandomIndex = (max: number) => number;
const cryptoIndex: RandomIndex = (max) => randomInt(max);

function checkChar(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    const ch = payload[i]!;
    const v = /\d/.test(ch) && i < 2 ? Number(ch) : REFERENCE_ALPHABET.indexOf(ch);
    sum += v * WEIGHTS[i % WEIGHTS.length]!;
  }
  return REFERENCE_ALPHABET[sum % REFERENCE_ALPHABET.length]!;
}

export function generateReference(now: Date, random: RandomIndex = cryptoIndex): string {
  const yy = String(now.getUTCFullYear() % 100).padStart(2, '0');
  let body = '';
  for (let i = 0; i < 7; i++) body += REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)];
  const check = checkChar(yy + body);
  return `${yy}-${body.slice(0, 4)}-${body.slice(4)}${check}`;
}

/** Accepts what an agent types: lower case, spaces or no dashes. Returns the canonical form, or null. */
export function parseReference(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (!/^\d{2}[2-9A-HJKMNP-TV-Z]{8}$/.test(compact)) return null;
  const payload = compact.slice(0, 9);
  if (checkChar(payload) !== compact[9]) return null;
  return `${compact.slice(0, 2)}-${compact.slice(2, 6)}-${compact.slice(6)}`;
}

/** The secret a resident uses to follow a case anonymously: 12 characters, about 59 bits. */
export function generateTrackingCode(random: RandomIndex = cryptoIndex): string {
  let s = '';
  for (let i = 0; i < 12; i++) s += REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}
