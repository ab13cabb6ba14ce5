import type { CaseStatus } from '../../src/core/case-status.js';
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
    async publicReportEvents(from, to, limit) {
      const rows = await s<(CaseEvent & { reference: string; status: CaseStatus })[]>`
        select e.id, e.case_id, e.type, e.visibility, e.actor_id, e.data, e.created_at, c.reference, c.status
        from case_events e join cases c on c.id = e.case_id join request_types rt on rt.id = c.request_type_id and rt.public_report
        where e.visibility = 'public' and e.type in ('status_changed', 'case_reopened', 'message_sent')
          and e.created_at >= ${from} and e.created_at <= ${to}
        order by e.created_at, e.id limit ${limit}`;
      return rows.map(({ reference, status, ...event }) => ({ event, reference, status }));
    },
  };
}
