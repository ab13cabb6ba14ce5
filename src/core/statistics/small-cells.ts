/**
 * Statistical disclosure control for published counts. A count under the threshold could point at a person, so it
 * is withheld; and since the cells of a group add up to a total that is published elsewhere (a month's requests,
 * a category's), withholding one small cell is not enough — the total minus the others gives it back. So within a
 * group, the withheld cells together must count at least the threshold: the smallest others are withheld with them
 * until they do (complementary suppression). Zero cells are not published at all.
 */
export function suppressSmallCells<T extends { n: number; withheld?: boolean }>(group: readonly T[], threshold: number): (T & { withheld: boolean })[] {
  const cells = group.map((c) => ({ ...c, withheld: c.withheld === true || (c.n > 0 && c.n < threshold) }));
  let withheldSum = cells.reduce((s, c) => (c.withheld ? s + c.n : s), 0);
  if (withheldSum === 0) return cells;
  const others = cells.filter((c) => !c.withheld && c.n > 0).sort((a, b) => a.n - b.n);
  for (const c of others) {
    if (withheldSum >= threshold) break;
    c.withheld = true;
    withheldSum += c.n;
  }
  return cells;
}

/**
 * Cells grouped by keys from the finest to the coarsest (a month's category, then the month): the rule holds in each
 * group at every level. Withholding more never breaks a level already settled, so one pass per level is enough.
 */
export function suppressByGroup<T extends { n: number }>(cells: readonly T[], groupOf: ((c: T) => string) | ((c: T) => string)[], threshold: number): (T & { withheld: boolean })[] {
  let current = cells.map((c) => ({ ...c, withheld: false }));
  for (const key of Array.isArray(groupOf) ? groupOf : [groupOf]) {
    const groups = new Map<string, number[]>();
    current.forEach((c, i) => groups.set(key(c), [...(groups.get(key(c)) ?? []), i]));
    const next = [...current];
    for (const indexes of groups.values()) {
      const settled = suppressSmallCells(indexes.map((i) => current[i]!), threshold);
      indexes.forEach((i, j) => (next[i] = settled[j]!));
    }
    current = next;
  }
  return current;
}
