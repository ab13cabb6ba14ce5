import { caseFacts } from '../../../src/core/notifications/case-facts.js';
import { issueContactConfirmation } from '../../../src/core/residents/contact-verification.js';
import { acknowledgementEmail, hideTrackingCode } from '../../../src/core/notifications/templates-fr.js';
import { receiveMessage, type InboundOutcome } from '../../../src/core/inbound/receive-message.js';
import { errorKind } from '../../../src/log-safe.js';
import { caseEvent } from '../../../src/core/cases/case-event.js';
import type { CoreDeps } from '../../../src/core/ports.js';
import type { Logger } from '../../../src/logger.js';
import type { RateLimiter } from '../../postgres/rate-limiter.js';
import type { EmailSender } from '../../notify/email-sender.js';
import { caseMailer } from '../../notify/case-mail.js';
import { parseEmail, previewEmail } from './parse-email.js';
import { senderAuthentication, type Envelope, type SenderAuthenticator } from './sender-authentication.js';

export interface EmailChannelConfig {
  /** The domain of our addresses: reply+<token>@<domain>, Message-IDs <…@domain>. */
  domain: string;
  defaultRequestTypeCode: string;
  publicBaseUrl: string;
  maxAttachmentBytes: number;
  /** Automatic answers to one sender per hour, across cases: the cap that stops helpdesk ping-pong. */
  autoRepliesPerSenderPerHour: number;
  /** Trust the city relay's Authentication-Results with this authserv-id; unset: DKIM/SPF/DMARC checked here. */
  trustedAuthservId?: string | null | undefined;
}

export type IngestResult = InboundOutcome | { kind: 'quarantined'; reason: string; id: string };

/**
 * One email, from the SMTP listener or the raw-MIME endpoint: parsed, threaded or turned into a case,
 * acknowledged when that is allowed; what cannot be read is kept in quarantine with its reason.
 */
export function emailChannel(deps: {
  core: CoreDeps;
  sender: EmailSender;
  limiter: RateLimiter;
  logger: Logger;
  config: EmailChannelConfig;
  /** Whether a message's From is proved; by default DMARC checked here, or the trusted relay's verdict. */
  authenticateSender?: SenderAuthenticator | undefined;
}) {
  const { core, config } = deps;
  const authenticateSender = deps.authenticateSender ?? senderAuthentication({ trustedAuthservId: config.trustedAuthservId ?? null, mta: config.domain });
  const loopId = `guichet@${config.domain}`;
  const mailer = caseMailer({ core, sender: deps.sender, domain: config.domain });

  async function quarantine(raw: Buffer, reason: string): Promise<IngestResult> {
    const stored = await core.files.put(new Uint8Array(raw)).catch(() => null);
    const id = core.newId();
    await core.store.channelMessages.quarantine({ id, channel: 'email', reason, storageKey: stored?.key ?? null, size: raw.length, at: core.clock.now() });
    deps.logger.warn({ event: 'email_quarantined', quarantineId: id, size: raw.length }, 'email quarantined');
    return { kind: 'quarantined', reason, id };
  }

  async function acknowledge(outcome: Extract<InboundOutcome, { kind: 'created' }>, to: string, inReplyTo: string | null): Promise<void> {
    const c = outcome.case;
    const limit = await deps.limiter.hit(`auto-reply:${to.toLowerCase()}`, config.autoRepliesPerSenderPerHour, 3600);
    if (!limit.allowed) {
      deps.logger.info({ event: 'auto_reply_capped', caseId: c.id }, 'automatic answer skipped (cap reached)');
      return;
    }
    // Filed on a new record from an address nothing verifies yet: the acknowledgement asks to confirm it.
    const confirmUrl = c.contactPointIds[0] ? await issueContactConfirmation(core, core.store, c.contactPointIds[0], c.id) : null;
    const mail = acknowledgementEmail({
      ...(await caseFacts(core, c)),
      reference: c.reference,
      trackingCode: outcome.trackingCode,
      receivedAt: c.createdAt,
      confirmUrl,
    });
    const messageId = `<${core.newId()}@${config.domain}>`;
    await mailer.send(c.id, { to, subject: mail.subject, text: mail.text, messageId, inReplyTo: inReplyTo ?? undefined });
    await core.store.events.append(caseEvent(core, c.id, 'acknowledgement_sent', 'public', null, { channel: 'email', messageId, message: hideTrackingCode(mail.text, outcome.trackingCode) }));
  }

  return {
    loopId,
    /** A quarantined message as the mail room reads it. */
    preview: previewEmail,
    async ingest(raw: Buffer, envelope: Envelope = {}): Promise<IngestResult> {
      const parsed = await parseEmail(raw, { replyDomain: config.domain, loopId, receivedAt: core.clock.now() });
      if (!parsed.ok) return quarantine(raw, parsed.reason);
      parsed.message.from.authenticated = await authenticateSender(raw, parsed.message.from.value, envelope);
      let outcome: InboundOutcome;
      try {
        outcome = await receiveMessage(core, parsed.message, { defaultRequestTypeCode: config.defaultRequestTypeCode, maxAttachmentBytes: config.maxAttachmentBytes });
      } catch (err) {
        // Our own failure (the database is down) must reach the sender as a temporary error, so it retries.
        if ((err as { code?: string }).code === 'validation_failed') return quarantine(raw, `Message refusé : ${(err as Error).message}`);
        throw err;
      }
      if (outcome.kind === 'created' && outcome.autoReplyAllowed) {
        await acknowledge(outcome, parsed.message.from.value, parsed.message.externalId).catch((err: Error) =>
          deps.logger.error({ event: 'acknowledgement_failed', caseId: outcome.case.id, ...errorKind(err) }, 'acknowledgement not sent'),
        );
      }
      deps.logger.info({ event: 'email_received', outcome: outcome.kind, senderAuthenticated: !!parsed.message.from.authenticated, automated: parsed.message.automated, attachments: parsed.message.attachments.length }, 'email received');
      return outcome;
    },
  };
}
export type EmailChannel = ReturnType<typeof emailChannel>;
