import { describe, expect, it } from 'vitest';
import { foldText, normalizeEmail, normalizePhone, parsePhone } from './contact.js';

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
    ['0590 12 34 56', '+590590123456'],
    ['0690 12 34 56', '+590690123456'],
    ['+590 690 12 34 56', '+590690123456'],
    ['+33 690 12 34 56', '+590690123456'],
    ['05 90 12 34 56', '+590590123456'],
    ['0696 12 34 56', '+596696123456'],
    ['0694 12 34 56', '+594694123456'],
    ['0262 12 34 56', '+262262123456'],
    ['0692 12 34 56', '+262692123456'],
    ['05 56 12 34 56', '+33556123456'],
    ['+32 2 123 45 67', '+3221234567'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(['dupont', '12 34', '06 12 34 56 7', '+33 12', 'jean@exemple.fr', '26-K7M4-Q9XC', '00 00 00 00 00'])('%s is not a phone number', (s) => {
    expect(normalizePhone(s)).toBeNull();
  });
});

describe('which numbers take an SMS', () => {
  it.each([
    ['06 12 34 56 78', true],
    ['07 81 23 45 67', true],
    ['0690 12 34 56', true],
    ['+596 696 12 34 56', true],
    ['0692 12 34 56', true],
    ['01 23 45 67 89', false],
    ['0590 12 34 56', false],
    ['0262 12 34 56', false],
  ])('%s → mobile %s', (input, mobile) => {
    expect(parsePhone(input)?.mobile).toBe(mobile);
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
