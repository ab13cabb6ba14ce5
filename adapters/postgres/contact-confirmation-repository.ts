import type { ContactConfirmationRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

export function contactConfirmationRepository(sql: Sql | TxSql): ContactConfirmationRepository {
  const s = sql as Sql;
  return {
    async insertMany(rows) {
      if (rows.length === 0) return;
      await s`insert into contact_point_confirmations ${s(
        rows.map((c) => ({ token_hash: c.tokenHash, contact_point_id: c.contactPointId, case_id: c.caseId, created_at: c.createdAt, expires_at: c.expiresAt })),
      )} on conflict do nothing`;
    },
    async use(tokenHash, at) {
      // Marked used in the same statement that reads it: two clicks racing confirm once.
      const rows = await s<{ contactPointId: string; residentId: string; caseId: string | null }[]>`
        with used as (
          update contact_point_confirmations set used_at = ${at}
          where token_hash = ${tokenHash} and used_at is null and expires_at > ${at}
          returning contact_point_id, case_id
        )
        select u.contact_point_id, cp.resident_id, u.case_id from used u join contact_points cp on cp.id = u.contact_point_id`;
      return rows[0] ?? null;
    },
  };
}
