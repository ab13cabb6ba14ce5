import type { ClaimedNotification, NotificationRepository, StaffAlert } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';

/** The one owner of the `notifications` table: residents' messages, staff alerts, the mail room's letters. */
export function notificationRepository(sql: Sql | TxSql): NotificationRepository {
  const s = sql as Sql;
  return {
    async queueForResident(n) {
      await s`insert into notifications (id, case_id, dedup_key, kind, recipient, message, created_at, available_at)
        values (${n.id}, ${n.caseId}, ${n.dedupKey}, ${n.kind}, 'resident', ${s.json(n.message as never)}, ${n.at}, ${n.at})
        on conflict (dedup_key) do nothing`;
    },
    async queueForStaff(n) {
      const rows = await s`insert into notifications (id, case_id, dedup_key, kind, recipient, directorate_id, message, created_at, available_at)
        values (${n.id}, ${n.caseId}, ${n.dedupKey}, ${n.kind}, ${n.audience}, ${n.directorateId}, ${s.json(n.message as never)}, ${n.at}, ${n.at})
        on conflict (dedup_key) do nothing returning id`;
      return rows.length === 1;
    },
    async claimDue(limit, leaseSeconds) {
      // Two branches so each uses its own partial index; a row leased by a dispatcher that died is due again.
      return s<ClaimedNotification[]>`
        with fresh as (
          select id from notifications where status in ('recorded', 'retry') and coalesce(available_at, created_at) <= now()
          order by coalesce(available_at, created_at) limit ${limit} for update skip locked
        ), stale as (
          select id from notifications where status = 'sending' and lease_until < now()
          order by lease_until limit ${limit} for update skip locked
        )
        update notifications set status = 'sending', attempts = attempts + 1, lease_until = now() + ${leaseSeconds} * interval '1 second'
        where id in (select id from fresh union all select id from stale)
        returning id, case_id, kind, recipient, directorate_id, dedup_key, message, attempts`;
    },
    async finish(id, o) {
      if (o.status === 'skipped') {
        await s`update notifications set status = 'skipped', last_error = ${o.reason}, lease_until = null where id = ${id}`;
      } else {
        await s`update notifications set status = ${o.status}, channel = ${o.channel}, sent_at = ${o.at}, lease_until = null,
          provider_message_id = ${o.status === 'sent' ? o.providerId : null}, delivery_status = ${o.status === 'sent' ? 'accepted' : null}
          where id = ${id}`;
      }
    },
    async finishMany(outcomes) {
      if (outcomes.length === 0) return;
      const rows = outcomes.map(({ id, outcome: o }) => ({
        id,
        status: o.status,
        channel: o.status === 'skipped' ? null : o.channel,
        sent_at: o.status === 'skipped' ? null : o.at.toISOString(),
        provider_message_id: o.status === 'sent' ? o.providerId : null,
        delivery_status: o.status === 'sent' ? 'accepted' : null,
        last_error: o.status === 'skipped' ? o.reason : null,
      }));
      await s`update notifications n set status = v.status, channel = v.channel, sent_at = v.sent_at, provider_message_id = v.provider_message_id,
          delivery_status = v.delivery_status, last_error = coalesce(v.last_error, n.last_error), lease_until = null
        from jsonb_to_recordset(${s.json(rows as never)}::jsonb)
          as v(id uuid, status text, channel text, sent_at timestamptz, provider_message_id text, delivery_status text, last_error text)
        where n.id = v.id`;
    },
    async retry(id, error, delaySeconds, giveUp) {
      await s`update notifications set status = ${giveUp ? 'failed' : 'retry'}, last_error = ${error.slice(0, 300)}, lease_until = null,
        available_at = now() + make_interval(secs => ${delaySeconds}) where id = ${id}`;
    },
    async recordDelivery(providerId, status) {
      return s<{ id: string; caseId: string; kind: string }[]>`
        update notifications set delivery_status = ${status} where provider_message_id = ${providerId} and channel = 'sms'
          and delivery_status is distinct from ${status}
        returning id, case_id, kind`;
    },
    async lettersToPrint(limit) {
      return s<{ id: string; caseId: string; reference: string; kind: string; createdAt: Date }[]>`
        select n.id, n.case_id, c.reference, n.kind, n.created_at from notifications n join cases c on c.id = n.case_id
        where n.status = 'to_print' order by n.created_at limit ${limit}`;
    },
    async findLetter(id) {
      return (
        (await s<{ id: string; caseId: string; kind: string; message: { text?: string; missingItems?: boolean; replyBy?: string | null; erasureOn?: string } | null; status: string }[]>`
          select id, case_id, kind, message, status from notifications where id = ${id} and channel = 'letter'`)[0] ?? null
      );
    },
    async markPosted(id) {
      return (await s`update notifications set status = 'sent', delivery_status = 'posted' where id = ${id} and status = 'to_print' returning id`).length === 1;
    },
    async staffAlerts(q, limit, cursor) {
      const after = cursor ? decodeCursor(cursor, ['timestamp', 'uuid']) : null;
      const rows = await s<(StaffAlert & { recipient: 'directorate' | 'supervisor' })[]>`
        select n.id, n.case_id, c.reference, n.kind, n.recipient, n.directorate_id, n.message, n.created_at, r.read_at
        from notifications n join cases c on c.id = n.case_id
        left join alert_reads r on r.notification_id = n.id and r.agent_id = ${q.agentId}
        where n.recipient in ${s(q.audiences)}
          ${q.directorateIds === 'all' ? s`` : s`and n.directorate_id in ${s(q.directorateIds.length ? q.directorateIds : ['-'])}`}
          ${q.unreadOnly ? s`and r.read_at is null` : s``}
          ${after ? s`and (n.created_at, n.id) < (${after[0]!}::timestamptz, ${after[1]!}::uuid)` : s``}
        order by n.created_at desc, n.id desc limit ${limit + 1}`;
      const items = rows.slice(0, limit).map(({ recipient, ...a }) => ({ ...a, audience: recipient }));
      const last = items.at(-1);
      return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null };
    },
    async findStaffAlert(id) {
      const rows = await s<{ id: string; directorateId: string; audience: 'directorate' | 'supervisor' }[]>`
        select id, directorate_id, recipient as audience from notifications where id = ${id} and recipient in ('directorate', 'supervisor')`;
      return rows[0] ?? null;
    },
    async markAlertRead(id, agentId, at) {
      await s`insert into alert_reads (notification_id, agent_id, read_at) values (${id}, ${agentId}, ${at}) on conflict do nothing`;
    },
    async backlog() {
      const [r] = await s<{ pending: number; oldestSeconds: number | null }[]>`
        select count(*)::int as pending, extract(epoch from now() - min(coalesce(available_at, created_at)))::float8 as oldest_seconds
        from notifications where status in ('recorded', 'retry', 'sending')`;
      return r!;
    },
  };
}
