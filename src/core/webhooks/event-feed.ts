import { assertCan, ownCasesOnly, type Actor } from '../actor.js';
import { invalid } from '../errors.js';
import type { CoreDeps } from '../ports.js';

/**
 * The event feed: for integrators that cannot receive webhooks, the same events, read by polling with a cursor.
 * An event appears once its transaction and every earlier one have finished, so a reader that keeps the cursor it
 * was given misses nothing and reads nothing twice (migration 031).
 */
const encode = (xid: string, seq: number) => Buffer.from(`${xid}:${seq}`).toString('base64url');
function decode(cursor: string): { xid: string; seq: number } {
  const m = /^(\d{1,20}):(\d{1,20})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw invalid('after', 'Not a cursor this feed gave');
  return { xid: m[1]!, seq: Number(m[2]) };
}

export async function readEventFeed(deps: CoreDeps, actor: Actor, q: { after?: string | undefined; limit: number }) {
  assertCan(actor, 'events:read');
  const cursor = q.after ? decode(q.after) : null;
  // A key limited to the cases it filed reads their events only.
  const rows = await deps.store.eventFeed.after(cursor, q.limit, ownCasesOnly(actor));
  const last = rows.at(-1);
  return {
    items: rows.map((e) => ({ id: e.id, type: e.type, timestamp: e.createdAt, data: { eventId: e.id, sequence: e.seq, ...e.data } })),
    // Nothing new: the same cursor, to ask again later.
    nextCursor: last ? encode(last.xid, last.seq) : (q.after ?? null),
  };
}
