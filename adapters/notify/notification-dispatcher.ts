import { caseEvent } from '../../src/core/cases/case-event.js';
import { caseFacts } from '../../src/core/notifications/case-facts.js';
import { notificationEmail, notificationSms, type NotificationFacts } from '../../src/core/notifications/templates-fr.js';
import type { CoreDeps } from '../../src/core/ports.js';
import type { Logger } from '../../src/logger.js';
import type { Sql } from '../postgres/client.js';
import type { EmailSender } from './email-sender.js';
import { caseMailer } from './case-mail.js';
import type { SmsGateway } from './sms-gateway.js';
import { normalizePhone } from '../../src/core/contact.js';

interface Claimed {
  id: string;
  caseId: string;
  kind: NotificationFacts['kind'];
  message: { text?: string } | null;
  attempts: number;
  dedupKey: string;
}

const MAX_ATTEMPTS = 5;

/**
 * Sends residents' notifications on their preferred channel: email when they have an address, else SMS to a
 * mobile number, else a letter for the mail room to print. Each row is claimed once (`for update skip locked`),
 * so two dispatchers never send the same notification; the send and its status land on the case timeline.
 */
export function notificationDispatcher(deps: { sql: Sql; core: CoreDeps; email: EmailSender | null; sms: SmsGateway | null; logger: Logger; domain: string; publicBaseUrl: string }) {
  const { sql, core } = deps;
  const mailer = deps.email ? caseMailer({ core, sender: deps.email, domain: deps.domain }) : null;

  async function facts(n: Claimed) {
    const c = await core.store.cases.findById(n.caseId);
    if (!c?.residentId) return null;
    const [resident, facts] = await Promise.all([core.store.residents.findById(c.residentId), caseFacts(core, c)]);
    const f: NotificationFacts = {
      ...facts,
      kind: n.kind,
      receivedAt: c.createdAt,
      reference: c.reference,
      serviceName: facts.service.name,
      text: n.message?.text ?? null,
      followUrl: `${deps.publicBaseUrl}/v1/public/cases/${c.reference}`,
    };
    return { c, resident, f };
  }

  async function deliver(n: Claimed): Promise<{ channel: string; providerId: string | null } | 'no_contact'> {
    const found = await facts(n);
    if (!found?.resident) return 'no_contact';
    const { c, resident, f } = found;
    const email = resident.contactPoints.find((p) => p.kind === 'email');
    // French mobiles only (06, 07): a landline cannot take an SMS.
    const mobile = resident.contactPoints.map((p) => (p.kind === 'phone' ? normalizePhone(p.value) : null)).find((p) => p && /^\+33[67]\d{8}$/.test(p));
    if (email && mailer) {
      const mail = notificationEmail(f);
      // The Message-ID is derived from the notification: a re-send after a crash is the same message.
      const messageId = `<notification-${n.id}@${deps.domain}>`;
      await mailer.send(c.id, { to: email.value, subject: mail.subject, text: mail.text, messageId });
      return { channel: 'email', providerId: messageId };
    }
    if (mobile && deps.sms) {
      const { providerId } = await deps.sms.send({ to: mobile, text: notificationSms(f), clientRef: n.dedupKey });
      return { channel: 'sms', providerId };
    }
    if (resident.contactPoints.some((p) => p.kind === 'postal_address')) return { channel: 'letter', providerId: null };
    return 'no_contact';
  }

  async function dispatchOnce(limit = 20): Promise<number> {
    const claimed = await sql<Claimed[]>`
      update notifications set status = 'sending', attempts = attempts + 1
      where id in (
        select id from notifications
        where recipient = 'resident' and status in ('recorded', 'retry') and coalesce(available_at, created_at) <= now()
        order by created_at limit ${limit} for update skip locked)
      returning id, case_id, kind, message, attempts, dedup_key`;
    for (const n of claimed) {
      try {
        const r = await deliver(n);
        const now = core.clock.now();
        if (r === 'no_contact') {
          await sql`update notifications set status = 'skipped', last_error = 'no contact point' where id = ${n.id}`;
          await core.store.events.append(caseEvent(core, n.caseId, 'notification_skipped', 'internal', null, { kind: n.kind, reason: 'Aucun moyen de contact' }));
          continue;
        }
        // A letter waits for the mail room; email and SMS are out of our hands once accepted.
        const status = r.channel === 'letter' ? 'to_print' : 'sent';
        await sql`update notifications set status = ${status}, channel = ${r.channel}, sent_at = ${now}, provider_message_id = ${r.providerId},
          delivery_status = ${r.channel === 'letter' ? null : 'accepted'} where id = ${n.id}`;
        await core.store.events.append(caseEvent(core, n.caseId, 'notification_sent', 'public', null, { kind: n.kind, channel: r.channel, status }));
      } catch (err) {
        const failed = n.attempts >= MAX_ATTEMPTS;
        await sql`update notifications set status = ${failed ? 'failed' : 'retry'}, last_error = ${String((err as Error).message).slice(0, 300)},
          available_at = now() + make_interval(secs => ${Math.min(3600, 30 * 2 ** n.attempts)}) where id = ${n.id}`;
        if (failed) await core.store.events.append(caseEvent(core, n.caseId, 'notification_failed', 'internal', null, { kind: n.kind, attempts: n.attempts }));
        deps.logger.warn({ event: 'notification_send_failed', notificationId: n.id, attempts: n.attempts }, 'notification not sent');
      }
    }
    return claimed.length;
  }

  /** A delivery report from the SMS gateway: the status is kept and shown on the timeline. */
  async function deliveryReport(providerId: string, status: 'delivered' | 'failed'): Promise<boolean> {
    const rows = await sql<{ id: string; caseId: string; kind: string }[]>`
      update notifications set delivery_status = ${status} where provider_message_id = ${providerId} and channel = 'sms'
        and delivery_status is distinct from ${status}
      returning id, case_id, kind`;
    for (const r of rows) {
      await core.store.events.append(caseEvent(core, r.caseId, status === 'delivered' ? 'notification_delivered' : 'notification_undelivered', 'internal', null, { kind: r.kind, channel: 'sms' }));
    }
    return rows.length > 0;
  }

  /** The mail room's print queue: letters for residents without email or mobile. */
  const letters = {
    async toPrint() {
      return sql<{ id: string; caseId: string; reference: string; kind: string; createdAt: Date }[]>`
        select n.id, n.case_id, c.reference, n.kind, n.created_at from notifications n join cases c on c.id = n.case_id
        where n.status = 'to_print' order by n.created_at limit 500`;
    },
    async find(id: string) {
      return (
        (await sql<{ id: string; caseId: string; kind: NotificationFacts['kind']; message: { text?: string } | null; status: string }[]>`
          select id, case_id, kind, message, status from notifications where id = ${id} and channel = 'letter'`)[0] ?? null
      );
    },
    /** False when it was already posted. */
    async markPosted(id: string): Promise<boolean> {
      return (await sql`update notifications set status = 'sent', delivery_status = 'posted' where id = ${id} and status = 'to_print' returning id`).length === 1;
    },
  };

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  return {
    dispatchOnce,
    deliveryReport,
    letters,
    start(intervalMs = 1000) {
      const tick = () => {
        running = dispatchOnce()
          .catch((err: Error) => deps.logger.warn({ event: 'notification_dispatch_failed', err: err.message }, 'dispatch round failed'))
          .finally(() => {
            if (timer) timer = setTimeout(tick, intervalMs);
          });
      };
      timer = setTimeout(tick, intervalMs);
    },
    async stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
export type NotificationDispatcher = ReturnType<typeof notificationDispatcher>;
