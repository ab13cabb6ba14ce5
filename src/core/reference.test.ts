import { describe, expect, it } from 'vitest';
import { generateReference, generateTrackingCode, parseReference, REFERENCE_ALPHABET, REFERENCE_PATTERN } from './reference.js';

describe('case references', () => {
  const now = new Date('2026-03-04T10:00:00Z');

  it('are short, start with the year and avoid look-alike characters', () => {
    for (let i = 0; i < 2000; i++) {
      const ref = generateReference(now);
      expect(ref).toMatch(REFERENCE_PATTERN);
      expect(ref.startsWith('26-')).toBe(true);
      expect(ref.slice(3)).not.toMatch(/[01ILOU]/);
    }
  });

  it('round-trip through parseReference, whatever case or spacing the agent types', () => {
    const ref = generateReference(now);
    expect(parseReference(ref)).toBe(ref);
    expect(parseReference(ref.toLowerCase())).toBe(ref);
    expect(parseReference(ref.replace(/-/g, ' '))).toBe(ref);
    expect(parseReference(ref.replace(/-/g, ''))).toBe(ref);
  });

  it('detect every single mistyped character through the check character', () => {
    let checked = 0;
    for (let n = 0; n < 50; n++) {
      const ref = generateReference(now);
      const compact = ref.replace(/-/g, '');
      for (let pos = 2; pos < compact.length; pos++) {
        for (const ch of REFERENCE_ALPHABET) {
          if (ch === compact[pos]) continue;
          const typo = compact.slice(0, pos) + ch + compact.slice(pos + 1);
          expect(parseReference(typo)).toBeNull();
          checked++;
        }
      }
    }
    expect(checked).toBe(50 * 8 * 29);
  });

  it('reject what is not a reference', () => {
    for (const s of ['', 'dupont', '06 12 34 56 78', '26-ABCD', '26-IIII-OOOO', 'jean@exemple.fr']) expect(parseReference(s)).toBeNull();
  });

  it('tracking codes are 12 characters of the same alphabet and do not repeat', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const code = generateTrackingCode();
      expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
      seen.add(code);
    }
    expect(seen.size).toBe(5000);
  });
});
