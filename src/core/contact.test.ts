import { describe, expect, it } from 'vitest';
import { foldText, normalizeEmail, normalizePhone } from './contact.js';

describe('phone numbers in every French format', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['+33612345678', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['01 23 45 67 89', '+33123456789'],
    ['0590 12 34 56', '+33590123456'],
    ['0690 12 34 56', '+33690123456'],
    ['05 90 12 34 56', '+33590123456'],
    ['+32 2 123 45 67', '+3221234567'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(['dupont', '12 34', '06 12 34 56 7', '+33 12', 'jean@exemple.fr', '26-K7M4-Q9XC', '00 00 00 00 00'])('%s is not a phone number', (s) => {
    expect(normalizePhone(s)).toBeNull();
  });
});

describe('emails and names', () => {
  it('compares emails case-insensitively', () => {
    expect(normalizeEmail('  Jean.Dupont@Exemple.FR ')).toBe('jean.dupont@exemple.fr');
    expect(normalizeEmail('not-an-email')).toBeNull();
  });

  it('folds accents, case and punctuation out of names', () => {
    expect(foldText('François  DUPONT')).toBe('francois dupont');
    expect(foldText("Zoé L'Hôte-Ménard")).toBe('zoe l hote menard');
    expect(foldText('Ærøskøbing')).toBe('ærøskøbing'.normalize('NFD').replace(/\p{M}/gu, ''));
  });
});
