import { describe, expect, test } from '../harness.js';

/**
 * The event feed read as an integrator's poller would: it keeps the cursor it is given and never misses an event,
 * even when a transaction that began first commits last (its events would otherwise land behind the cursor).
 */
describe('the event feed (GET /v1/events)', () => {
  test('everything once, in order, across pages — and an event committed late is not skipped', async ({ h }) => {
    const read = async (after: string | null) => {
      const res = await h.call('GET', `/v1/events?limit=2${after ? `&after=${after}` : ''}`, { as: 'integrator' });
      expect(res.status).toBe(200);
      return res.body as { items: { id: string; type: string; data: { case: { reference: string }; sequence: number } }[]; nextCursor: string | null };
    };
    const seen: string[] = [];
    let cursor: string | null = null;
    const drain = async () => {
      for (let i = 0; i < 50; i++) {
        const page = await read(cursor);
        seen.push(...page.items.map((e) => `${e.type} ${e.data.case.reference}`));
        cursor = page.nextCursor;
        if (page.items.length === 0) return;
      }
    };
    const a = await h.newCase();
    const b = await h.newCase();
    await drain();
    expect(seen).toEqual([`case.created ${a.reference}`, `case.created ${b.reference}`]);

    // A transaction begins and writes an event, but has not committed; another commits after it.
    const slow = await h.sql.reserve();
    await slow`begin`;
    const [late] = await slow<{ id: string; reference: string }[]>`select id, reference from cases where id = ${a.id}`;
    await slow`insert into case_events (id, case_id, type, visibility, data, created_at) values (gen_random_uuid(), ${late!.id}, 'status_changed', 'public', ${h.sql.json({ from: 'received', to: 'in_progress' })}, now())`;
    const c = await h.newCase();
    // While the first is open, the feed holds back what committed after it began.
    await drain();
    expect(seen).toHaveLength(2);
    await slow`commit`;
    slow.release();
    await drain();
    expect(seen).toEqual([`case.created ${a.reference}`, `case.created ${b.reference}`, `case.status_changed ${a.reference}`, `case.created ${c.reference}`]);
    // Read again from the start: the same, once each.
    const again: string[] = [];
    let from: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page = await read(from);
      if (!page.items.length) break;
      again.push(...page.items.map((e) => `${e.type} ${e.data.case.reference}`));
      from = page.nextCursor;
    }
    expect(again).toEqual(seen);
    expect((await h.call('GET', '/v1/events?after=not-a-cursor', { as: 'integrator' })).status).toBe(422);
    expect((await h.call('GET', '/v1/events', { as: 'counter_agent' })).status).toBe(403);
  });
});
