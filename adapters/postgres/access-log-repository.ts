import type { AccessLogRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export function accessLogRepository(sql: Sql | TxSql): AccessLogRepository {
  const s = sql as Sql;
  return {
    async recordResidentAccess(e) {
      await s`insert into resident_access_log (resident_id, actor, actor_label, role, purpose, case_id, accessed_at)
        values (${e.residentId}, ${e.actor}, ${e.actorLabel ?? null}, ${e.role}, ${e.purpose}, ${e.caseId ?? null}, ${e.at})`;
    },
    async recordMany(entries) {
      if (entries.length === 0) return;
      await s`insert into resident_access_log ${s(entries.map((e) => ({ resident_id: e.residentId, actor: e.actor, actor_label: e.actorLabel ?? null, role: e.role, purpose: e.purpose, case_id: e.caseId ?? null, accessed_at: e.at })))}`;
    },
    async listForResident(residentId, limit, cursor) {
      const before = cursor ? Number(decodeCursor(cursor, ['integer'])[0]) : null;
      const rows = await s<{ id: string; residentId: string; actor: string; actorLabel: string | null; role: string; purpose: string | null; caseId: string | null; at: Date }[]>`
        select id::text, resident_id, actor, actor_label, role, purpose, case_id, accessed_at as at
        from resident_access_log
        where resident_id = ${residentId} ${before !== null && Number.isFinite(before) ? s`and id < ${before}` : s``}
        order by id desc limit ${limit + 1}`;
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? encodeCursor([items[items.length - 1]!.id]) : null };
    },
  };
}
