import type { ClaimedWebhook, WebhookDelivery, WebhookRepository, WebhookSubscription } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';

const SUBSCRIPTION = (s: Sql) => s`id, owner, url, event_types, directorate_id, request_type_code, contact_email, filed_by, created_at, disabled_at, disabled_reason`;

/** Webhook subscriptions and their deliveries (migration 024: the trigger that fills them is there too). */
export function webhookRepository(sql: Sql | TxSql): WebhookRepository {
  const s = sql as Sql;
  return {
    async create(w) {
      await s`insert into webhook_subscriptions (id, owner, url, event_types, directorate_id, request_type_code, contact_email, filed_by, secret, created_at)
        values (${w.id}, ${w.owner}, ${w.url}, ${w.eventTypes}, ${w.directorateId}, ${w.requestTypeCode}, ${w.contactEmail}, ${w.filedBy}, ${w.secret}, ${w.createdAt})`;
    },
    async list(owner) {
      return s<WebhookSubscription[]>`select ${SUBSCRIPTION(s)} from webhook_subscriptions
        ${owner ? s`where owner = ${owner}` : s``} order by created_at, id`;
    },
    async get(id) {
      const [row] = await s<WebhookSubscription[]>`select ${SUBSCRIPTION(s)} from webhook_subscriptions where id = ${id}`;
      return row ?? null;
    },
    async secretOf(id) {
      const [row] = await s<{ secret: string }[]>`select secret from webhook_subscriptions where id = ${id}`;
      return row?.secret ?? null;
    },
    async remove(id) {
      return (await s`delete from webhook_subscriptions where id = ${id} returning 1`).length === 1;
    },
    async rotate(id, secret, previousUntil) {
      const rows = await s`update webhook_subscriptions set previous_secret = secret, previous_secret_until = ${previousUntil}, secret = ${secret}
        where id = ${id} returning 1`;
      return rows.length === 1;
    },
    async deliveries(id, limit, cursor) {
      const before = cursor ? Number(decodeCursor(cursor, ['integer'])[0]) : null;
      const rows = await s<(WebhookDelivery & { seq: string })[]>`
        select d.id, e.id as event_id, e.type as event_type, d.case_id, e.seq, d.status, d.attempts, d.last_status, d.last_error,
          case when d.status = 'pending' then d.next_attempt_at end as next_attempt_at, d.delivered_at, d.created_at
        from webhook_deliveries d join integration_events e on e.seq = d.event_seq
        where d.subscription_id = ${id} ${before !== null && Number.isFinite(before) ? s`and d.event_seq < ${before}` : s``}
        order by d.event_seq desc limit ${limit + 1}`;
      const items = rows.slice(0, limit).map(({ seq, ...d }) => ({ ...d, sequence: Number(seq) }));
      const last = items[items.length - 1];
      return { items, nextCursor: rows.length > limit && last ? encodeCursor([String(last.sequence)]) : null };
    },
    async replay(id, what, at) {
      const rows =
        'deliveryId' in what
          ? await s`update webhook_deliveries set status = 'pending', next_attempt_at = ${at}, lease_until = null
              where subscription_id = ${id} and id = ${what.deliveryId} returning 1`
          : await s`update webhook_deliveries set status = 'pending', next_attempt_at = ${at}, lease_until = null
              where subscription_id = ${id} and created_at >= ${what.since} returning 1`;
      if (rows.length) await s`update webhook_subscriptions set disabled_at = null, disabled_reason = null where id = ${id}`;
      return rows.length;
    },
    async claim(limit, leaseSeconds, at) {
      // The oldest pending delivery of each (subscription, case) only: a case's later events wait for its earlier ones.
      const rows = await s<(Omit<ClaimedWebhook, 'secrets' | 'event'> & { secret: string; previousSecret: string | null; previousSecretUntil: Date | null; eventId: string; seq: string; type: string; caseId: string; data: Record<string, unknown>; eventAt: Date })[]>`
        with heads as (
          select distinct on (d.subscription_id, d.case_id) d.id, d.next_attempt_at, d.lease_until
          from webhook_deliveries d join webhook_subscriptions w on w.id = d.subscription_id and w.disabled_at is null
          where d.status = 'pending'
          order by d.subscription_id, d.case_id, d.event_seq
        ), due as (
          -- The conditions are on d, not on the heads' snapshot: a delivery another dispatcher leased (or delivered)
          -- between that snapshot and this lock is re-read under the lock and left alone, never sent twice.
          select d.id from webhook_deliveries d join heads h on h.id = d.id
          where d.status = 'pending' and d.next_attempt_at <= ${at} and (d.lease_until is null or d.lease_until < ${at})
          order by d.event_seq limit ${limit} for update of d skip locked
        )
        update webhook_deliveries d set lease_until = ${new Date(at.getTime() + leaseSeconds * 1000)}
        from due, webhook_subscriptions w, integration_events e
        where d.id = due.id and w.id = d.subscription_id and e.seq = d.event_seq
        returning d.id, d.subscription_id, w.url, w.secret, w.previous_secret, w.previous_secret_until, d.attempts, d.created_at,
          e.id as event_id, e.seq, e.type, e.case_id, e.data, e.created_at as event_at`;
      return rows
        .map((r) => ({
          id: r.id,
          subscriptionId: r.subscriptionId,
          url: r.url,
          // During a rotation both secrets sign: a receiver still on the old one keeps verifying.
          secrets: [r.secret, ...(r.previousSecret && r.previousSecretUntil && r.previousSecretUntil > at ? [r.previousSecret] : [])],
          attempts: r.attempts,
          createdAt: r.createdAt,
          event: { id: r.eventId, seq: Number(r.seq), type: r.type, caseId: r.caseId, data: r.data, createdAt: r.eventAt },
        }))
        .sort((a, b) => a.event.seq - b.event.seq);
    },
    async delivered(id, status, at) {
      const [row] = await s<{ subscriptionId: string; attempts: number }[]>`
        update webhook_deliveries set status = 'delivered', attempts = attempts + 1, last_status = ${status}, last_error = null,
          last_attempt_at = ${at}, delivered_at = ${at}, lease_until = null where id = ${id} returning subscription_id, attempts`;
      // A receiver that failed answers again: what waits in backoff for it goes now, not at each one's next try.
      if (row && row.attempts > 1) {
        // Rows another delivery's update holds are skipped, not waited for: a hundred deliveries answered at once
        // would otherwise lock the same rows in different orders and deadlock.
        await s`update webhook_deliveries set next_attempt_at = ${at}
          where id in (select id from webhook_deliveries where subscription_id = ${row.subscriptionId} and status = 'pending' and next_attempt_at > ${at}
            for update skip locked)`;
      }
    },
    async attemptFailed(id, outcome, at, retryAt) {
      const [row] = await s<{ subscriptionId: string }[]>`
        update webhook_deliveries set attempts = attempts + 1, last_status = ${outcome.status}, last_error = ${outcome.error.slice(0, 500)},
          last_attempt_at = ${at}, lease_until = null, status = ${retryAt ? 'pending' : 'failed'}, next_attempt_at = ${retryAt ?? at}
        where id = ${id} returning subscription_id`;
      if (!retryAt && row) {
        const [disabled] = await s<{ subscriptionId: string; url: string; contactEmail: string | null; reason: string }[]>`
          update webhook_subscriptions set disabled_at = ${at}, disabled_reason = ${`Deliveries failing since more than 3 days: ${outcome.error.slice(0, 200)}`}
          where id = ${row.subscriptionId} and disabled_at is null
          returning id as subscription_id, url, contact_email, disabled_reason as reason`;
        return disabled ?? null;
      }
      return null;
    },
  };
}
