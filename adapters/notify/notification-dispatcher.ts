import { caseEvent } from '../../src/core/cases/case-event.js';
import { issueTrackingCode } from '../../src/core/cases/tracking-code.js';
import { caseFacts } from '../../src/core/notifications/case-facts.js';
import { residentRoute, staffRecipients } from '../../src/core/notifications/recipients.js';
import { notificationEmail, notificationSms, staffAlertEmail, type NotificationFacts } from '../../src/core/notifications/templates-fr.js';
import type { ClaimedNotification, CoreDeps } from '../../src/core/ports.js';
import type { Logger } from '../../src/logger.js';
import type { EmailSender } from './email-sender.js';
import { caseMailer } from './case-mail.js';
import type { SmsGateway } from './sms-gateway.js';

const MAX_ATTEMPTS = 5;

export interface DispatcherOptions {
  core: CoreDeps;
  email: EmailSender | null;
  sms: SmsGateway | null;
  logger: Logger;
  domain: string;
  /** How long a claim holds: a dispatcher that dies mid-send leaves rows that are claimed again after it. */
  leaseSeconds?: number;
  /** Sends in flight at once (SMTP connections are pooled by the sender). */
  concurrency?: number;
  /** Rows claimed per round. */
  batch?: number;
}

type Sent = { status: 'sent'; channel: 'email' | 'sms'; providerId: string | null } | { status: 'to_print'; channel: 'letter' } | { status: 'skipped'; reason: string };

/**
 * Sends what Guichet tells people: residents on their channel (the core's `residentRoute`), staff alerts to the
 * directorate's mailbox or its supervisors (`staffRecipients`). Rows are claimed under a lease; a row whose
 * dispatcher died is claimed again once the lease ends, and the resend is harmless because the provider
 * sees the same identity (the Message-ID derived from the notification, the SMS gateway's idempotency key).
 * Several sends run at once, so acknowledgements keep pace with intake.
 */
export function notificationDispatcher(deps: DispatcherOptions) {
  const { core } = deps;
  const store = core.store;
  const mailer = deps.email ? caseMailer({ core, sender: deps.email, domain: deps.domain }) : null;
  const leaseSeconds = deps.leaseSeconds ?? 120;
  const concurrency = deps.concurrency ?? 16;
  const batch = deps.batch ?? 100;

  async function toResident(n: ClaimedNotification): Promise<Sent> {
    const c = await store.cases.findById(n.caseId);
    const resident = c?.residentId ? await store.residents.findById(c.residentId) : null;
    if (!c || !resident) return { status: 'skipped', reason: 'Aucun moyen de contact' };
    const route = residentRoute(resident, { email: !!mailer, sms: !!deps.sms });
    if (!route) return { status: 'skipped', reason: 'Aucun moyen de contact' };
    if (route.channel === 'letter') return { status: 'to_print', channel: 'letter' };
    const facts = await caseFacts(core, c);
    // The acknowledgement carries a tracking code: without an online account, it is how they follow the request.
    const trackingCode = n.kind === 'acknowledgement' && c.channel !== 'web' ? await issueTrackingCode(core, c.id, route.channel) : null;
    const f: NotificationFacts = {
      ...facts,
      kind: n.kind as NotificationFacts['kind'],
      receivedAt: c.createdAt,
      reference: c.reference,
      serviceName: facts.service.name,
      text: n.message?.text ?? null,
      trackingCode,
    };
    if (route.channel === 'email') {
      const mail = notificationEmail(f);
      // The Message-ID is derived from the notification: a re-send after a crash is the same message.
      const messageId = `<notification-${n.id}@${deps.domain}>`;
      await mailer!.send(c.id, { to: route.to, subject: mail.subject, text: mail.text, messageId });
      return { status: 'sent', channel: 'email', providerId: messageId };
    }
    const { providerId } = await deps.sms!.send({ to: route.to, text: notificationSms(f), clientRef: n.dedupKey });
    return { status: 'sent', channel: 'sms', providerId };
  }

  async function toStaff(n: ClaimedNotification): Promise<Sent> {
    const c = await store.cases.findById(n.caseId);
    if (!c || !mailer) return { status: 'skipped', reason: mailer ? 'Demande introuvable' : 'Pas d’envoi de courriel configuré ; alerte dans la boîte des agents' };
    const directorateId = n.directorateId ?? c.directorateId;
    const audience = n.recipient === 'supervisor' ? 'supervisor' : 'directorate';
    const [directorate, supervisors, facts] = await Promise.all([
      store.catalogue.directorateById(directorateId),
      audience === 'supervisor' ? store.agents.supervisorsOf(directorateId) : Promise.resolve([]),
      caseFacts(core, c),
    ]);
    const to = staffRecipients(audience, directorate, supervisors);
    if (to.length === 0) return { status: 'skipped', reason: 'Aucune adresse configurée ; alerte dans la boîte des agents' };
    const mail = staffAlertEmail({
      kind: n.kind,
      reference: c.reference,
      requestTypeLabel: facts.requestTypeLabel,
      directorateName: directorate?.name ?? directorateId,
      dueAt: c.dueAt,
      text: n.message?.text ?? null,
      caseUrl: `${core.city.publicBaseUrl}/agent/demandes/${c.id}`,
    });
    const messageId = `<alert-${n.id}@${deps.domain}>`;
    await deps.email!.send({ to: to.join(', '), subject: mail.subject, text: mail.text, messageId, replyTo: `no-reply@${deps.domain}`, automatic: true });
    return { status: 'sent', channel: 'email', providerId: messageId };
  }

  async function handle(n: ClaimedNotification): Promise<void> {
    const staff = n.recipient !== 'resident';
    try {
      const r = staff ? await toStaff(n) : await toResident(n);
      const at = core.clock.now();
      await store.notifications.finish(n.id, r.status === 'skipped' ? r : { ...r, at } as never);
      if (r.status === 'skipped') {
        // A staff alert with no address is still in the agents' inbox: only a resident's skip is worth a line.
        if (!staff) await store.events.append(caseEvent(core, n.caseId, 'notification_skipped', 'internal', null, { kind: n.kind, reason: r.reason }));
        return;
      }
      await store.events.append(
        caseEvent(core, n.caseId, staff ? 'staff_alert_sent' : 'notification_sent', staff ? 'internal' : 'public', null, {
          kind: n.kind,
          channel: r.channel,
          status: r.status,
          ...(staff ? { to: n.recipient } : {}),
        }),
      );
    } catch (err) {
      const giveUp = n.attempts >= MAX_ATTEMPTS;
      await store.notifications.retry(n.id, String((err as Error).message), Math.min(3600, 30 * 2 ** n.attempts), giveUp);
      if (giveUp) await store.events.append(caseEvent(core, n.caseId, 'notification_failed', 'internal', null, { kind: n.kind, attempts: n.attempts }));
      deps.logger.warn({ event: 'notification_send_failed', notificationId: n.id, attempts: n.attempts }, 'notification not sent');
    }
  }

  /** One round: claims due rows and sends them, several at once; returns how many were claimed. */
  async function dispatchOnce(limit = batch): Promise<number> {
    const claimed = await store.notifications.claimDue(limit, leaseSeconds);
    const queue = [...claimed];
    const lane = async () => {
      for (let n = queue.shift(); n; n = queue.shift()) await handle(n);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, lane));
    return claimed.length;
  }

  /** A delivery report from the SMS gateway: the status is kept and shown on the timeline. */
  async function deliveryReport(providerId: string, status: 'delivered' | 'failed'): Promise<boolean> {
    const rows = await store.notifications.recordDelivery(providerId, status);
    for (const r of rows) {
      await store.events.append(caseEvent(core, r.caseId, status === 'delivered' ? 'notification_delivered' : 'notification_undelivered', 'internal', null, { kind: r.kind, channel: 'sms' }));
    }
    return rows.length > 0;
  }

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;
  return {
    dispatchOnce,
    deliveryReport,
    start(intervalMs = 250) {
      stopped = false;
      const tick = () => {
        let full = false;
        running = dispatchOnce()
          .then((n) => void (full = n >= batch))
          .catch((err: Error) => deps.logger.warn({ event: 'notification_dispatch_failed', err: err.name }, 'dispatch round failed'))
          .finally(() => {
            // A full round means more is waiting: go on at once.
            if (!stopped) timer = setTimeout(tick, full ? 0 : intervalMs);
          });
      };
      timer = setTimeout(tick, 0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
export type NotificationDispatcher = ReturnType<typeof notificationDispatcher>;
