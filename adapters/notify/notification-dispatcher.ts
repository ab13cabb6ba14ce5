import { pollingLoop } from '../polling-loop.js';
import { caseEvent } from '../../src/core/cases/case-event.js';
import { newTrackingCode } from '../../src/core/cases/tracking-code.js';
import type { Case, CaseEvent } from '../../src/core/model.js';
import { newSatisfactionSurvey } from '../../src/core/satisfaction/satisfaction-survey.js';
import { caseFacts } from '../../src/core/notifications/case-facts.js';
import { newContactConfirmation, type NewConfirmation } from '../../src/core/residents/contact-verification.js';
import { residentRoute, staffRecipients } from '../../src/core/notifications/recipients.js';
import { notificationEmail, notificationSms, staffAlertEmail, type NotificationFacts } from '../../src/core/notifications/templates-fr.js';
import type { ClaimedNotification, CoreDeps, NotificationOutcome } from '../../src/core/ports.js';
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
  /** Told of each notification handled (metrics): the recipient kind and the outcome. */
  onHandled?: (recipient: string, outcome: string) => void;
}

type Sent = { status: 'sent'; channel: 'email'; providerId: string } | { status: 'skipped'; reason: string };

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
  const concurrency = deps.concurrency ?? 32;
  const batch = deps.batch ?? 200;

  /**
   * Residents' notifications of one round, as a batch: their cases and records in two queries, the tracking
   * codes, reply tokens and Message-IDs written in a few statements, the messages sent several at once, the
   * outcomes and timeline entries written together. A failed send is retried alone, later.
   */
  async function toResidents(batch: ClaimedNotification[]): Promise<void> {
    if (batch.length === 0) return;
    const cases = new Map((await store.cases.findManyByIds([...new Set(batch.map((n) => n.caseId))])).map((c) => [c.id, c]));
    const residentIds = [...new Set([...cases.values()].map((c) => c.residentId).filter((id): id is string => !!id))];
    const residents = new Map((await store.residents.findManyByIds(residentIds)).map((r) => [r.id, r]));
    const at = core.clock.now();
    const finished: { id: string; outcome: NotificationOutcome }[] = [];
    const events: CaseEvent[] = [];
    const codes: { caseId: string; codeHash: string; issuedFor: string; at: Date }[] = [];
    const confirmations: NewConfirmation['row'][] = [];
    const emails: { n: ClaimedNotification; mail: { caseId: string; to: string; subject: string; text: string; messageId: string } }[] = [];
    const texts: { n: ClaimedNotification; to: string; text: string }[] = [];
    const surveys: ReturnType<typeof newSatisfactionSurvey>[] = [];
    const drafts: { n: ClaimedNotification; c: Case; to: string; channel: 'email' | 'sms'; f: NotificationFacts; survey: ReturnType<typeof newSatisfactionSurvey> | null }[] = [];
    for (const n of batch) {
      const c = cases.get(n.caseId);
      const resident = c?.residentId ? residents.get(c.residentId) : undefined;
      const route = c && resident ? residentRoute(resident, c, { email: !!mailer, sms: !!deps.sms }) : null;
      if (!c || !route) {
        finished.push({ id: n.id, outcome: { status: 'skipped', reason: 'Aucun moyen de contact' } });
        events.push(caseEvent(core, n.caseId, 'notification_skipped', 'internal', null, { kind: n.kind, reason: 'Aucun moyen de contact' }));
        continue;
      }
      if (route.channel === 'letter') {
        finished.push({ id: n.id, outcome: { status: 'to_print', channel: 'letter', at } });
        events.push(caseEvent(core, n.caseId, 'notification_sent', 'public', null, { kind: n.kind, channel: 'letter', status: 'to_print' }));
        continue;
      }
      const facts = await caseFacts(core, c);
      // The acknowledgement carries a tracking code: without an online account, it is how they follow the request.
      const issued = n.kind === 'acknowledgement' && c.channel !== 'web' ? newTrackingCode() : null;
      if (issued) codes.push({ caseId: c.id, codeHash: issued.codeHash, issuedFor: route.channel, at });
      const trackingCode = issued?.code ?? null;
      // An acknowledgement to an address nothing has verified yet asks the resident to confirm it is theirs.
      const confirmation = n.kind === 'acknowledgement' && route.channel === 'email' && !route.point.verified ? newContactConfirmation(core, route.point.id, c.id) : null;
      if (confirmation) confirmations.push(confirmation.row);
      const confirmUrl = confirmation?.url ?? null;
      const f: NotificationFacts = { ...facts, kind: n.kind as NotificationFacts['kind'], receivedAt: c.createdAt, reference: c.reference, serviceName: facts.service.name, text: n.message?.text ?? null, trackingCode, confirmUrl, missingItems: n.message?.missingItems ? { replyBy: n.message.replyBy ?? null } : null, erasureOn: n.message?.erasureOn ?? null };
      // A closed case's resident is asked how satisfied they are (once per case: the store says whether this is it).
      const survey = n.kind === 'case_closed' ? newSatisfactionSurvey(core, c, n.id) : null;
      if (survey) surveys.push(survey);
      drafts.push({ n, c, to: route.to, channel: route.channel, f, survey });
    }
    // The codes, confirmation links and surveys exist before the messages that carry them leave.
    const [, , offered] = await Promise.all([store.cases.addTrackingCodes(codes), store.contactConfirmations.insertMany(confirmations), store.satisfaction.offer(surveys.map((x) => x.row))]);
    const asked = new Set(offered);
    for (const { n, c, to, channel, f, survey } of drafts) {
      const facts = { ...f, satisfactionUrl: survey && asked.has(c.id) ? survey.url : null };
      if (channel === 'email') {
        const mail = notificationEmail(facts);
        // The Message-ID is derived from the notification: a re-send after a crash is the same message.
        emails.push({ n, mail: { caseId: c.id, to, subject: mail.subject, text: mail.text, messageId: `<notification-${n.id}@${deps.domain}>` } });
      } else {
        texts.push({ n, to, text: notificationSms(facts) });
      }
    }
    const failures: { n: ClaimedNotification; err: Error }[] = [];
    const sent = (n: ClaimedNotification, channel: 'email' | 'sms', providerId: string) => {
      finished.push({ id: n.id, outcome: { status: 'sent', channel, providerId, at } });
      events.push(caseEvent(core, n.caseId, 'notification_sent', 'public', null, { kind: n.kind, channel, status: 'sent' }));
    };
    const [mailResults] = await Promise.all([
      mailer ? mailer.sendMany(emails.map((e) => e.mail), concurrency) : Promise.resolve([]),
      (async () => {
        let next = 0;
        const lane = async () => {
          for (let i = next++; i < texts.length; i = next++) {
            const t = texts[i]!;
            await deps.sms!.send({ to: t.to, text: t.text, clientRef: t.n.dedupKey }).then(
              ({ providerId }) => sent(t.n, 'sms', providerId),
              (err: Error) => failures.push({ n: t.n, err }),
            );
          }
        };
        await Promise.all(Array.from({ length: Math.min(concurrency, texts.length) }, lane));
      })(),
    ]);
    mailResults.forEach((err, i) => (err ? failures.push({ n: emails[i]!.n, err }) : sent(emails[i]!.n, 'email', emails[i]!.mail.messageId)));
    await store.notifications.finishMany(finished);
    for (const f of finished) deps.onHandled?.('resident', f.outcome.status);
    await store.events.appendMany(events);
    for (const { n, err } of failures) await failed(n, err);
  }

  async function failed(n: ClaimedNotification, err: Error): Promise<void> {
    const giveUp = n.attempts >= MAX_ATTEMPTS;
    deps.onHandled?.(n.recipient, giveUp ? 'failed' : 'retry');
    await store.notifications.retry(n.id, String(err.message), Math.min(3600, 30 * 2 ** n.attempts), giveUp);
    if (giveUp) await store.events.append(caseEvent(core, n.caseId, 'notification_failed', 'internal', null, { kind: n.kind, attempts: n.attempts }));
    deps.logger.warn({ event: 'notification_send_failed', notificationId: n.id, attempts: n.attempts }, 'notification not sent');
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

  async function handleStaff(n: ClaimedNotification): Promise<void> {
    try {
      const r = await toStaff(n);
      await store.notifications.finish(n.id, r.status === 'skipped' ? r : ({ ...r, at: core.clock.now() } as NotificationOutcome));
      deps.onHandled?.(n.recipient, r.status);
      // A staff alert with no address is still in the agents' inbox: nothing more to say on the timeline.
      if (r.status === 'skipped') return;
      await store.events.append(caseEvent(core, n.caseId, 'staff_alert_sent', 'internal', null, { kind: n.kind, channel: r.channel, status: r.status, to: n.recipient }));
    } catch (err) {
      await failed(n, err as Error);
    }
  }

  /** One round: claims due rows and sends them, several at once; returns how many were claimed. */
  async function dispatchOnce(limit = batch): Promise<number> {
    const claimed = await store.notifications.claimDue(limit, leaseSeconds);
    const staff = claimed.filter((n) => n.recipient !== 'resident');
    await Promise.all([toResidents(claimed.filter((n) => n.recipient === 'resident')), ...staff.map(handleStaff)]);
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

  const loop = pollingLoop(dispatchOnce, { batch, onError: (err) => deps.logger.warn({ event: 'notification_dispatch_failed', err: err.name }, 'dispatch round failed') });
  /**
   * The link that confirms an address or a number a resident added in their space: sent at once, to that point only.
   * False when no channel reaches it here (no mail or SMS configured).
   */
  async function sendContactConfirmation(point: { kind: 'email' | 'phone'; value: string; normalized: string }, url: string): Promise<boolean> {
    const city = core.city;
    if (point.kind === 'email' && deps.email) {
      await deps.email.send({
        to: point.normalized,
        subject: `[${city.name}] Confirmez votre adresse`,
        text: ['Bonjour,', '', `Vous avez ajouté cette adresse à votre dossier auprès de ${city.name}. Pour qu’elle reçoive les nouvelles de vos demandes, confirmez qu’elle est bien la vôtre : ${url}`, '', 'Si vous n’avez rien demandé, ignorez ce message : rien ne sera fait.', '', city.signature].join('\n'),
        messageId: `<confirmation-${core.newId()}@${deps.domain}>`,
        replyTo: `no-reply@${deps.domain}`,
        automatic: true,
      });
      return true;
    }
    if (point.kind === 'phone' && deps.sms) {
      await deps.sms.send({ to: point.normalized, text: `${city.name} : confirmez que ce numéro est le vôtre : ${url}`, clientRef: `confirmation:${url.slice(-12)}` });
      return true;
    }
    return false;
  }

  return {
    dispatchOnce,
    deliveryReport,
    sendContactConfirmation,
    start: (intervalMs = 250) => loop.start(intervalMs),
    stop: loop.stop,
  };
}
export type NotificationDispatcher = ReturnType<typeof notificationDispatcher>;
