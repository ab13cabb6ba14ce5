import type { CaseEvent } from '../../src/core/model.js';
import type { CaseEventRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export function caseEventRepository(sql: Sql | TxSql): CaseEventRepository {
  const s = sql as Sql;
  const appendMany = async (events: CaseEvent[]) => {
    if (events.length === 0) return;
    const rows = events.map((e) => ({
      id: e.id,
      case_id: e.caseId,
      type: e.type,
      visibility: e.visibility,
      actor_id: e.actorId,
      data: s.json(e.data as never),
      created_at: e.createdAt,
    }));
    await s`insert into case_events ${s(rows)}`;
  };
  return {
    append: (e) => appendMany([e]),
    appendMany,
    async listForCase(caseId, visibility) {
      return s<CaseEvent[]>`
        select id, case_id, type, visibility, actor_id, data, created_at from case_events
        where case_id = ${caseId} ${visibility ? s`and visibility = ${visibility}` : s``}
        order by created_at, id`;
    },
    async pageForCase(caseId, opts) {
      const after = opts.cursor ? decodeCursor(opts.cursor, ['timestamp', 'uuid']) : null;
      const rows = await s<CaseEvent[]>`
        select id, case_id, type, visibility, actor_id, data, created_at from case_events
        where case_id = ${caseId} ${opts.visibility ? s`and visibility = ${opts.visibility}` : s``}
        ${after ? s`and (created_at, id) > (${after[0]!}::timestamptz, ${after[1]!}::uuid)` : s``}
        order by created_at, id limit ${opts.limit + 1}`;
      const items = rows.slice(0, opts.limit);
      const last = items[items.length - 1];
      return { items, nextCursor: rows.length > opts.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null };
    },
  };
}
