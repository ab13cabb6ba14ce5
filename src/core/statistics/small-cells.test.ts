import { describe, expect, it } from 'vitest';
import { suppressByGroup, suppressSmallCells } from './small-cells.js';

const withheld = (cells: { n: number; withheld: boolean }[]) => cells.filter((c) => c.withheld).map((c) => c.n);

describe('suppressSmallCells', () => {
  it('publishes a group without small cells as it is', () => {
    expect(withheld(suppressSmallCells([{ n: 10 }, { n: 25 }, { n: 0 }], 10))).toEqual([]);
  });
  it('withholds a small cell and, since the total is known, the smallest other cell with it', () => {
    // 3 alone could be read back from the total; 3 + 12 = 15 ≥ 10 cannot be split.
    expect(withheld(suppressSmallCells([{ n: 40 }, { n: 3 }, { n: 12 }, { n: 30 }], 10))).toEqual([3, 12]);
  });
  it('keeps withholding until the withheld cells count at least the threshold', () => {
    expect(withheld(suppressSmallCells([{ n: 1 }, { n: 2 }, { n: 2 }, { n: 50 }], 10))).toEqual([1, 2, 2, 50]);
    expect(withheld(suppressSmallCells([{ n: 4 }, { n: 5 }, { n: 50 }], 10))).toEqual([4, 5, 50]);
    expect(withheld(suppressSmallCells([{ n: 4 }, { n: 7 }, { n: 50 }], 10))).toEqual([4, 7]);
  });
  it('never singles out: what is withheld sums to zero, to at least the threshold, or to a whole group that is itself small', () => {
    for (let seed = 1; seed < 300; seed++) {
      const cells = Array.from({ length: 1 + (seed % 7) }, (_, i) => ({ n: (seed * (i + 3) * 7919) % (i % 2 ? 14 : 60) }));
      const out = suppressSmallCells(cells, 10);
      const sum = out.reduce((s, c) => (c.withheld ? s + c.n : s), 0);
      const all = out.every((c) => c.withheld || c.n === 0);
      expect(sum === 0 || sum >= 10 || all, JSON.stringify(cells)).toBe(true);
      expect(suppressSmallCells(cells, 10).every((c) => c.withheld || c.n === 0 || c.n >= 10)).toBe(true);
    }
  });
});

describe('suppressByGroup', () => {
  it('settles the finer groups, then the coarser ones', () => {
    // A month: Voirie 12 (one type), Propreté 4 (one type). Within Propreté, all withheld (4 < 10); within the month,
    // 4 alone would come back from the month's total: the 12 goes too.
    const cells = [
      { m: 'nov', cat: 'voirie', n: 12 },
      { m: 'nov', cat: 'proprete', n: 4 },
    ];
    expect(suppressByGroup(cells, [(c) => `${c.m} ${c.cat}`, (c) => c.m], 10).map((c) => c.withheld)).toEqual([true, true]);
    expect(suppressByGroup(cells, (c) => `${c.m} ${c.cat}`, 10).map((c) => c.withheld)).toEqual([false, true]);
  });
  it('applies the rule within each group and keeps the order', () => {
    const cells = [
      { g: 'a', n: 2 },
      { g: 'b', n: 2 },
      { g: 'a', n: 20 },
      { g: 'b', n: 30 },
      { g: 'b', n: 15 },
    ];
    expect(suppressByGroup(cells, (c) => c.g, 10).map((c) => c.withheld)).toEqual([true, true, true, false, true]);
  });
});
