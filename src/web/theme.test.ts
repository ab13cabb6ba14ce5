import { describe, expect, it } from 'vitest';
import { contrastWithWhite, DEFAULT_CITY_COLOUR } from './theme.js';

describe('the city colour', () => {
  it('measures contrast with white as WCAG does', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrastWithWhite('#767676')).toBeGreaterThanOrEqual(4.5);
    expect(contrastWithWhite('#777777')).toBeLessThan(4.5);
    expect(contrastWithWhite(DEFAULT_CITY_COLOUR)).toBeGreaterThan(14);
    expect(contrastWithWhite('blue')).toBe(0);
  });
});
