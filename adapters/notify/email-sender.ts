import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** Our Message-ID, recorded on the case so replies thread. */
  messageId: string;
  replyTo: string;
  inReplyTo?: string | undefined;
  /** Automatic mail says so (RFC 3834), so well-behaved robots do not answer it. */
  automatic: boolean;
}

export interface EmailSender {
  send(mail: OutgoingEmail): Promise<void>;
  close(): void;
}

/**
 * Outgoing mail through nodemailer: SMTP_URL in production; in dev mode each message is written as an .eml
 * file under .data/outbox/ for a newcomer to open.
 */
export function emailSender(opts: { from: string; loopId: string } & ({ smtpUrl: string } | { outboxDir: string })): EmailSender {
  const transport =
    'smtpUrl' in opts
      ? nodemailer.createTransport(pooled(opts.smtpUrl))
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(m) {
      const info = await transport.sendMail({
        from: opts.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId: m.messageId,
        replyTo: m.replyTo,
        ...(m.inReplyTo ? { inReplyTo: m.inReplyTo, references: [m.inReplyTo] } : {}),
        headers: { 'X-Loop': opts.loopId, ...(m.automatic ? { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' } : {}) },
      });
      if ('outboxDir' in opts) {
        await mkdir(opts.outboxDir, { recursive: true });
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${m.messageId.replace(/[^\w.-]/g, '')}.eml`;
        await writeFile(path.join(opts.outboxDir, name), (info as unknown as { message: Buffer }).message);
      }
    },
    close: () => transport.close(),
  };
}

/**
 * Pooled SMTP connections unless the URL says otherwise: the dispatcher sends several messages at once, and a
 * connection per message would cost a TCP and TLS handshake each (nodemailer reads its options from the query).
 * Each pooled connection carries about 20 messages a second here (nodemailer's own pace per message, measured
 * against smtp-server on loopback), so 32 of them keep pace with intake; Postfix accepts 50 per client by default.
 */
function pooled(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', '32');
  return url.toString();
}

