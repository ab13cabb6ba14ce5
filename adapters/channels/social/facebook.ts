import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SocialMessage, SocialNetwork } from './social-network.js';

/** `X-Hub-Signature-256: sha256=<hex>`: HMAC-SHA256 of the raw body with the app secret. */
export function verifyHubSignature(appSecret: string, rawBody: string, header: string | undefined): boolean {
  const m = header ? /^sha256=([0-9a-f]{64})$/i.exec(header.trim()) : null;
  if (!m) return false;
  return timingSafeEqual(createHmac('sha256', appSecret).update(rawBody).digest(), Buffer.from(m[1]!, 'hex'));
}

interface Messaging {
  sender?: { id?: string };
  timestamp?: number;
  message?: { mid?: string; text?: string; is_echo?: boolean };
}

/** A page's Messenger webhook (object `page`) to normalised messages; echoes of our own replies are dropped. */
export function parseFacebookWebhook(body: unknown, receivedAt: Date): SocialMessage[] {
  const out: SocialMessage[] = [];
  const entries = (body as { object?: string; entry?: { messaging?: Messaging[] }[] })?.object === 'page' ? ((body as { entry?: { messaging?: Messaging[] }[] }).entry ?? []) : [];
  for (const entry of entries) {
    for (const m of entry.messaging ?? []) {
      const sender = m.sender?.id;
      const text = m.message?.text;
      if (!sender || !m.message?.mid || m.message.is_echo || typeof text !== 'string') continue;
      out.push({
        network: 'facebook',
        message: {
          channel: 'social',
          externalId: `facebook:${m.message.mid}`,
          from: { kind: 'social', value: `facebook:${sender}`, authenticated: true }, // the signed webhook names the sender
          subject: null,
          body: text.replace(/\u0000/g, '').slice(0, 20_000),
          thread: { inReplyTo: [], conversationKey: `facebook:${sender}` },
          isPublic: false,
          automated: false,
          attachments: [],
          receivedAt,
        },
        replyTo: { handle: sender, inReplyTo: null, privately: true },
      });
    }
  }
  return out;
}

/** Replies through the Graph API's Send API, as the page. */
export function facebookPage(opts: { graphUrl: string; pageAccessToken: string }): SocialNetwork {
  return {
    name: 'facebook',
    async reply(to, text) {
      const res = await fetch(`${opts.graphUrl.replace(/\/+$/, '')}/me/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${opts.pageAccessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ recipient: { id: to.handle }, messaging_type: 'RESPONSE', message: { text } }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`Graph API answered ${res.status}`);
    },
  };
}
