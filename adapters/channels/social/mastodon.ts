import type { SocialChannel } from './social-inbound.js';
import type { SocialMessage, SocialNetwork } from './social-network.js';

interface Notification {
  id: string;
  type: string;
  status?: { id: string; content: string; visibility: 'public' | 'unlisted' | 'private' | 'direct'; in_reply_to_id: string | null; account: { acct: string; bot?: boolean } };
}

const text = (html: string) =>
  html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();

/** A mention or a direct message of the city's account as a normalised message; bots are never answered. */
export function mastodonMessage(n: Notification, receivedAt: Date): SocialMessage | null {
  const s = n.status;
  if (n.type !== 'mention' || !s) return null;
  const handle = s.account.acct.includes('@') ? s.account.acct : `${s.account.acct}@local`;
  const direct = s.visibility === 'direct' || s.visibility === 'private';
  return {
    network: 'mastodon',
    message: {
      channel: 'social',
      externalId: `mastodon:${s.id}`,
      from: { kind: 'social', value: `mastodon:${handle}`, authenticated: true }, // the instance names the author
      subject: null,
      body: text(s.content).slice(0, 20_000),
      thread: { inReplyTo: s.in_reply_to_id ? [`mastodon:${s.in_reply_to_id}`] : [], ...(direct ? { conversationKey: `mastodon:${handle}` } : {}) },
      isPublic: s.visibility === 'public' || s.visibility === 'unlisted',
      automated: s.account.bot === true,
      attachments: [],
      receivedAt,
    },
    replyTo: { handle: s.account.acct, inReplyTo: s.id, privately: direct },
  };
}

/** The city's Mastodon account: polls its mentions, answers as statuses (direct when the message was). */
export function mastodonAccount(opts: { baseUrl: string; accessToken: string }) {
  const base = opts.baseUrl.replace(/\/+$/, '');
  const auth = { authorization: `Bearer ${opts.accessToken}` };
  let sinceId: string | null = null;
  const network: SocialNetwork = {
    name: 'mastodon',
    async reply(to, body) {
      const res = await fetch(`${base}/api/v1/statuses`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ status: `@${to.handle} ${body}`, in_reply_to_id: to.inReplyTo, visibility: to.privately ? 'direct' : 'public' }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`Mastodon answered ${res.status}`);
    },
  };
  return {
    network,
    /** One polling round: new mentions since the last one, oldest first. */
    async pollOnce(channel: SocialChannel, now: () => Date = () => new Date()): Promise<number> {
      const url = new URL(`${base}/api/v1/notifications`);
      url.searchParams.append('types[]', 'mention');
      if (sinceId) url.searchParams.set('since_id', sinceId);
      const res = await fetch(url, { headers: auth, signal: AbortSignal.timeout(10_000) });
      if (!res.ok) throw new Error(`Mastodon answered ${res.status}`);
      const items = ((await res.json()) as Notification[]).sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
      let n = 0;
      for (const item of items) {
        const m = mastodonMessage(item, now());
        if (m) {
          await channel.ingest(m);
          n++;
        }
        sinceId = item.id;
      }
      return n;
    },
  };
}
