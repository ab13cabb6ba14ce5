import type { EventFeedRepository, FeedEvent } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

/** The integration events in commit-safe order (migration 031). */
export function eventFeedRepository(sql: Sql | TxSql): EventFeedRepository {
  const s = sql as Sql;
  return {
    async after(cursor, limit, filedBy) {
      const rows = await s<(FeedEvent & { xid: string; seq: string })[]>`
        select e.id, e.seq, e.type, e.created_at, e.data, e.xid::text as xid from integration_events e
        where e.xid < pg_snapshot_xmin(pg_current_snapshot())
          ${filedBy ? s`and exists (select 1 from cases c where c.id = e.case_id and c.filed_by = ${filedBy})` : s``}
          ${cursor ? s`and (e.xid, e.seq) > (${cursor.xid}::xid8, ${cursor.seq})` : s``}
        order by e.xid, e.seq limit ${limit}`;
      return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
    },
  };
}
