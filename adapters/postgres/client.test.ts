import { describe, expect, test } from '../../tests/harness.js';
import { createSql, plannedOnce } from './client.js';

describe('plannedOnce', () => {
  test('a pool of its own whose statements are planned once; a transaction stays itself; ending the client ends both', async ({ h }) => {
    const sql = createSql(h.url, { max: 1 });
    const setting = async (s: typeof sql) => (await s<{ planCacheMode: string }[]>`show plan_cache_mode`)[0]!.planCacheMode;
    expect(await setting(sql)).toBe('auto');
    expect(await setting(plannedOnce(sql))).toBe('force_generic_plan');
    expect(plannedOnce(sql)).toBe(plannedOnce(sql));
    await sql.begin(async (tx) => {
      expect(plannedOnce(tx)).toBe(tx);
    });
    const once = plannedOnce(sql);
    await sql.end({ timeout: 5 });
    await expect(once`select 1`).rejects.toMatchObject({ code: 'CONNECTION_ENDED' });
  });
});
