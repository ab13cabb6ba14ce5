import type { ContactKind } from './model.js';

/**
 * Phone numbers arrive in every French format ("06 12 34 56 78", "+33 6…", "0033…",
 * "+33 (0)6…"). They are compared in E.164 form. Returns null for what is not a phone number.
 */
export function normalizePhone(input: string): string | null {
  let s = input.trim().replace(/\(0\)/g, '');
  if (!/^[+\d][\d\s.\-()/]*$/.test(s)) return null;
  s = s.replace(/[\s.\-()/]/g, '');
  if (s.startsWith('00')) s = `+${s.slice(2)}`;
  if (s.startsWith('+')) {
    const digits = s.slice(1);
    if (!/^[1-9]\d{7,14}$/.test(digits)) return null;
    if (digits.startsWith('33')) {
      const national = digits.slice(2).replace(/^0/, '');
      return /^[1-9]\d{8}$/.test(national) ? `+33${national}` : null;
    }
    return `+${digits}`;
  }
  // French national format: 10 digits starting with 0 (overseas departments included).
  if (/^0[1-9]\d{8}$/.test(s)) return `+33${s.slice(1)}`;
  return null;
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
