import type { ResidentMergeRecord, ResidentMergeRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

export function residentMergeRepository(sql: Sql | TxSql): ResidentMergeRepository {
  const s = sql as Sql;
  return {
    async insert(m) {
      await s`insert into resident_merges (id, survivor_id, merged_id, moved_case_ids, moved_contact_point_ids, merged_by, created_at)
        values (${m.id}, ${m.survivorId}, ${m.mergedId}, ${m.movedCaseIds}::uuid[], ${m.movedContactPointIds}::uuid[], ${m.mergedBy}, ${m.createdAt})`;
    },
    async findById(id, opts) {
      const rows = await s<ResidentMergeRecord[]>`
        select id, survivor_id, merged_id, moved_case_ids::text[] as moved_case_ids, moved_contact_point_ids::text[] as moved_contact_point_ids,
          merged_by, created_at, undone_at, undone_by
        from resident_merges where id = ${id} ${opts?.forUpdate ? s`for update` : s``}`;
      return rows[0] ?? null;
    },
    async markUndone(id, by, at) {
      await s`update resident_merges set undone_at = ${at}, undone_by = ${by} where id = ${id}`;
    },
  };
}
