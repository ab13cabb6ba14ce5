import { describe, expect, test } from '../harness.js';

describe('intake under pressure', () => {
  test('more concurrent requests than database connections, on a cold cache, all complete (no pool deadlock)', async ({ h }) => {
    // The harness pool has 5 connections; every transaction needs the catalogue on a cold cache.
    const replies = await Promise.race([
      Promise.all(Array.from({ length: 30 }, (_, i) => h.call('POST', '/v1/cases', { body: { channel: 'web', requestTypeCode: i % 2 ? 'PRO-TAG' : 'VOI-ECLAIRAGE', description: `n°${i}` } }))),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('intake deadlocked')), 15_000)),
    ]);
    expect(replies.map((r) => r.status)).toEqual(Array(30).fill(201));
    expect(await h.count('cases')).toBe(30);
  });
});
