import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { InboundMessage } from '../../../src/core/inbound/inbound-message.js';
import { detectContentType } from '../../storage/content-type.js';

export type ParsedEmail = { ok: true; message: InboundMessage } | { ok: false; reason: string };

const MAX_ATTACHMENTS = 20;
const MAX_HEADER_BYTES = 256 * 1024;

/** Senders that are machines: never answered automatically. */
const MACHINE_SENDER = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|ne-?pas-?repondre|bounces?|notifications?)([+.-].*)?@/i;

/**
 * Whether a message was sent by a machine (RFC 3834 and what helpdesks learned): Auto-Submitted other than
 * `no`, Precedence bulk/list/junk, X-Auto-Response-Suppress, mailing-list headers, our own X-Loop, bounces.
 */
export function isAutomated(mail: Pick<ParsedMail, 'headers'>, from: string, ourLoopId: string): boolean {
  const h = mail.headers;
  const header = (name: string) => {
    const v = h.get(name);
    return v === undefined ? undefined : typeof v === 'string' ? v : JSON.stringify(v);
  };
  const autoSubmitted = header('auto-submitted');
  if (autoSubmitted && !/^\s*no\b/i.test(autoSubmitted)) return true;
  if (/\b(bulk|list|junk)\b/i.test(header('precedence') ?? '')) return true;
  if (header('x-auto-response-suppress') !== undefined) return true;
  // mailparser folds List-* headers into one `list` entry.
  if (h.has('list') || h.has('list-id') || h.has('list-unsubscribe')) return true;
  if ((header('x-loop') ?? '').toLowerCase().includes(ourLoopId.toLowerCase())) return true;
  if (MACHINE_SENDER.test(from)) return true;
  return false;
}

/** Text PostgreSQL can store: NUL bytes (seen in hostile mail) are dropped, nothing else is touched. */
const clean = (s: string) => s.replace(/\u0000/g, '');

/** The plain text, or the HTML's text when there is no plain part. */
const bodyText = (mail: ParsedMail) => (mail.text ?? '').trim() || (typeof mail.html === 'string' ? mail.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() : '');

const firstAddress = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a[0] : a)?.value[0];
const ids = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? v.split(/\s+/) : []).map((s) => s.trim()).filter(Boolean);

/** Raw MIME in, a normalised message out — or the reason it goes to quarantine. Never throws. */
export async function parseEmail(raw: Buffer, opts: { replyDomain: string; loopId: string; receivedAt: Date }): Promise<ParsedEmail> {
  const headerEnd = raw.indexOf('\r\n\r\n') >= 0 ? raw.indexOf('\r\n\r\n') : raw.indexOf('\n\n');
  if ((headerEnd < 0 ? raw.length : headerEnd) > MAX_HEADER_BYTES) return { ok: false, reason: `En-têtes trop volumineux (plus de ${MAX_HEADER_BYTES / 1024} Kio)` };
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, { skipHtmlToText: false, skipTextToHtml: true, skipImageLinks: true, maxHtmlLengthToParse: 2_000_000 });
  } catch (err) {
    return { ok: false, reason: `Message illisible (MIME invalide) : ${String((err as Error).message).slice(0, 200)}` };
  }
  const from = firstAddress(mail.from);
  if (!from?.address || !/^[^\s@]+@[^\s@]+$/.test(from.address)) return { ok: false, reason: 'Expéditeur absent ou invalide (en-tête From)' };
  if (mail.attachments.length > MAX_ATTACHMENTS) return { ok: false, reason: `Trop de pièces jointes (${mail.attachments.length}, maximum ${MAX_ATTACHMENTS})` };
  const body = bodyText(mail);
  const recipients = [mail.to, mail.cc].flatMap((a) => (Array.isArray(a) ? a : a ? [a] : [])).flatMap((a) => a.value);
  const replyToken = recipients
    .map((r) => r.address?.toLowerCase().match(new RegExp(`^reply\\+([a-z0-9]{16,64})@${opts.replyDomain.replace(/\./g, '\\.')}$`))?.[1])
    .find(Boolean);
  const attachments = await Promise.all(
    mail.attachments
      .filter((a) => a.contentDisposition !== 'inline' || a.filename)
      .map(async (a) => {
        const bytes = new Uint8Array(a.content);
        return { filename: a.filename ? clean(a.filename) : undefined, bytes, detectedType: await detectContentType(bytes) };
      }),
  );
  return {
    ok: true,
    message: {
      channel: 'email',
      externalId: mail.messageId ? clean(mail.messageId).trim() || null : null,
      from: { kind: 'email', value: clean(from.address), displayName: from.name ? clean(from.name) : undefined },
      subject: mail.subject ? clean(mail.subject).trim() || null : null,
      body: clean(body).slice(0, 100_000),
      thread: { replyToken, inReplyTo: [...ids(mail.inReplyTo), ...ids(mail.references)] },
      automated: isAutomated(mail, from.address, opts.loopId),
      attachments,
      receivedAt: opts.receivedAt,
    },
  };
}

/** What an agent reading a quarantined message sees of it: never its HTML, never its attachments' content. */
export interface EmailPreview {
  from: string | null;
  subject: string | null;
  date: Date | null;
  text: string;
  attachments: string[];
}

/** A quarantined message made readable as far as it can be; null when nothing can be read of it. */
export async function previewEmail(raw: Uint8Array, maxText = 5000): Promise<EmailPreview | null> {
  try {
    const mail = await simpleParser(Buffer.from(raw), { skipHtmlToText: false, skipTextToHtml: true, skipImageLinks: true, maxHtmlLengthToParse: 2_000_000 });
    const from = firstAddress(mail.from);
    const text = bodyText(mail);
    return {
      from: from?.address ? clean(from.name ? `${from.name} <${from.address}>` : from.address) : null,
      subject: mail.subject ? clean(mail.subject) : null,
      date: mail.date ?? null,
      text: clean(text).slice(0, maxText),
      attachments: mail.attachments.slice(0, 50).map((a, i) => clean(a.filename ?? `pièce ${i + 1} (${a.contentType})`)),
    };
  } catch {
    return null;
  }
}
