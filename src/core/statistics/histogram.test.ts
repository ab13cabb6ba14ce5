import { describe, expect, it } from 'vitest';
import { histogramQuantile, rate } from './histogram.js';

describe('histogramQuantile', () => {
  it('is the smallest number of days within which that share was answered', () => {
    // 10 answers: 3 within 1 day, 2 within 2, 4 within 5, 1 within 12.
    const h = new Map([[5, 4], [1, 3], [12, 1], [2, 2]]);
    expect(histogramQuantile(h, 0.5)).toBe(2); // 5 of 10 within 2 days
    expect(histogramQuantile(h, 0.3)).toBe(1);
    expect(histogramQuantile(h, 0.9)).toBe(5);
    expect(histogramQuantile(h, 0.91)).toBe(12);
    expect(histogramQuantile(h, 1)).toBe(12);
  });
  it('has no quantile without answers', () => {
    expect(histogramQuantile(new Map(), 0.5)).toBeNull();
    expect(histogramQuantile(new Map([[3, 0]]), 0.5)).toBeNull();
  });
});

describe('rate', () => {
  it('rounds to three decimals and has none for an empty whole', () => {
    expect(rate(2, 3)).toBe(0.667);
    expect(rate(0, 5)).toBe(0);
    expect(rate(1, 0)).toBeNull();
  });
});
