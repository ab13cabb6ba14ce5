import type { SatisfactionRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

/** One survey per case (migration 027). */
export function satisfactionRepository(sql: Sql | TxSql): SatisfactionRepository {
  const s = sql as Sql;
  return {
    async offer(rows) {
      if (rows.length === 0) return [];
      const stored = await s<{ caseId: string }[]>`
        insert into satisfaction_surveys as t (case_id, token_hash, notification_id, directorate_id, request_type_id, channel, asked_at, expires_at)
        select * from unnest(${rows.map((r) => r.caseId)}::uuid[], ${rows.map((r) => r.tokenHash)}::text[], ${rows.map((r) => r.notificationId)}::uuid[],
          ${rows.map((r) => r.directorateId)}::text[], ${rows.map((r) => r.requestTypeId)}::text[], ${rows.map((r) => r.channel)}::text[],
          ${rows.map((r) => r.askedAt.toISOString())}::timestamptz[], ${rows.map((r) => r.expiresAt.toISOString())}::timestamptz[])
        on conflict (case_id) do update set token_hash = excluded.token_hash, expires_at = excluded.expires_at
          where t.notification_id = excluded.notification_id and t.score is null
        returning case_id`;
      return stored.map((r) => r.caseId);
    },
    async find(tokenHash) {
      const [row] = await s<{ caseId: string; answered: boolean; expiresAt: Date }[]>`
        select case_id, score is not null as answered, expires_at from satisfaction_surveys where token_hash = ${tokenHash}`;
      return row ?? null;
    },
    async answer(tokenHash, a) {
      const [row] = await s<{ caseId: string }[]>`
        update satisfaction_surveys set score = ${a.score}, comment = ${a.comment}, answered_at = ${a.at}
        where token_hash = ${tokenHash} and score is null and expires_at > ${a.at}
        returning case_id`;
      return row ?? null;
    },
  };
}
