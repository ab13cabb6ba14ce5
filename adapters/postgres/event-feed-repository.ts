import type { EventFeedRepository, FeedEvent } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

/** The integration events in commit-safe order (migration 031). */
export function eventFeedRepository(sql: Sql | TxSql): EventFeedRepository {
  const s = sql as Sql;
  return {
    async after(cursor, limit) {
      const rows = await s<(FeedEvent & { xid: string; seq: string })[]>`
        select id, seq, type, created_at, data, xid::text as xid from integration_events
        where xid < pg_snapshot_xmin(pg_current_snapshot())
          ${cursor ? s`and (xid, seq) > (${cursor.xid}::xid8, ${cursor.seq})` : s``}
        order by xid, seq limit ${limit}`;
      return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
    },
  };
}
