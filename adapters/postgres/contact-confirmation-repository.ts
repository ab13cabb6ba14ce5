import type { ContactConfirmationRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

export function contactConfirmationRepository(sql: Sql | TxSql): ContactConfirmationRepository {
  const s = sql as Sql;
  return {
    async insert(c) {
      await s`insert into contact_point_confirmations (token_hash, contact_point_id, case_id, created_at, expires_at)
        values (${c.tokenHash}, ${c.contactPointId}, ${c.caseId}, ${c.createdAt}, ${c.expiresAt}) on conflict do nothing`;
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
