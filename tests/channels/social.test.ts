import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { facebookPage } from '../../adapters/channels/social/facebook.js';
import { mastodonAccount } from '../../adapters/channels/social/mastodon.js';
import { createHarness, type Harness } from '../harness.js';

/**
 * One local HTTP server stands in for the Graph API and a Mastodon instance: it records what Guichet posts
 * and serves the city account's notifications.
 */
const APP_SECRET = 'facebook-app-secret-for-tests';
let h: Harness & { close(): Promise<void> };
let peer: Server;
let base = '';
const posted: { path: string; body: Record<string, unknown> }[] = [];
let notifications: unknown[] = [];
let mastodon: ReturnType<typeof mastodonAccount>;

beforeAll(async () => {
  peer = createServer(async (req, res) => {
    let body = '';
    for await (const c of req) body += c;
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'GET' && url.pathname === '/api/v1/notifications') {
      const since = url.searchParams.get('since_id');
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(notifications.filter((n) => !since || BigInt((n as { id: string }).id) > BigInt(since))));
    }
    posted.push({ path: url.pathname, body: JSON.parse(body || '{}') });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1"}');
  });
  await new Promise<void>((r) => peer.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(peer.address() as AddressInfo).port}`;
  mastodon = mastodonAccount({ baseUrl: base, accessToken: 'token' });
  h = await createHarness({
    social: {
      networks: [facebookPage({ graphUrl: `${base}/graph`, pageAccessToken: 'page-token' }), mastodon.network],
      facebook: { appSecret: APP_SECRET, verifyToken: 'verify-me' },
      defaultRequestTypeCode: 'REL-INFORMATION',
    },
  });
});
afterAll(async () => {
  await h.close();
  await new Promise<void>((r) => peer.close(() => r()));
});
beforeEach(() => {
  posted.length = 0;
});

function webhook(messages: { sender: string; mid: string; text: string; echo?: boolean }[]) {
  return JSON.stringify({
    object: 'page',
    entry: [{ id: 'page-1', time: Date.now(), messaging: messages.map((m) => ({ sender: { id: m.sender }, recipient: { id: 'page-1' }, timestamp: Date.now(), message: { mid: m.mid, text: m.text, ...(m.echo ? { is_echo: true } : {}) } })) }],
  });
}
const sign = (body: string) => `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`;
const postWebhook = (body: string, signature = sign(body)) =>
  h.app.request('/webhooks/facebook', { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature }, body });
const casesOf = (handle: string) =>
  h.sql<{ id: string; channel: string; status: string }[]>`select c.id, c.channel, c.status from cases c join contact_points cp on cp.resident_id = c.resident_id
    where cp.kind = 'social' and cp.value = ${handle} order by c.created_at`;

describe('social networks', () => {
  it('Facebook: the subscription check echoes the challenge only with our verify token', async () => {
    expect(await (await h.app.request('/webhooks/facebook?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=42')).text()).toBe('42');
    expect((await h.app.request('/webhooks/facebook?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=42')).status).toBe(403);
  });

  it('Facebook: a signed message opens a case (the handle an unverified contact point); the answer goes back by Messenger; the conversation threads', async () => {
    const first = webhook([{ sender: 'psid-1', mid: 'm-1', text: 'Bonjour, le parc est fermé depuis une semaine ?' }]);
    expect((await postWebhook(first)).status).toBe(200);
    const [c] = await casesOf('facebook:psid-1');
    expect(c!.channel).toBe('social');
    const [cp] = await h.sql<{ verified: boolean }[]>`select verified from contact_points where value = 'facebook:psid-1'`;
    expect(cp!.verified).toBe(false);
    expect(await h.count('identities')).toBe(0);
    expect(posted).toEqual([{ path: '/graph/me/messages', body: expect.objectContaining({ recipient: { id: 'psid-1' }, message: { text: expect.stringContaining('référence') } }) }]);
    // The reply carries the follow-up link and a tracking code that works; the timeline keeps the message, not the code.
    const reply = String((posted[0]!.body.message as { text: string }).text);
    const [, reference, code] = /référence (\S+)\. Suivi : http:\/\/localhost:8080\/suivi\/\S+ \(code de suivi ([A-Z0-9-]{14})/.exec(reply) ?? [];
    expect((await h.call('GET', `/v1/public/cases/${reference}?code=${code}`, { as: null })).status).toBe(200);
    expect(JSON.stringify(await h.sql`select data from case_events where case_id = ${c!.id}`)).not.toContain(code!);
    // A follow-up in the same conversation, our own echo, and a replay of the first delivery.
    await postWebhook(webhook([{ sender: 'psid-1', mid: 'm-2', text: 'Merci !' }, { sender: 'page-1', mid: 'm-3', text: 'écho', echo: true }]));
    await postWebhook(first);
    expect(await casesOf('facebook:psid-1')).toHaveLength(1);
    const [row] = await h.sql<{ n: number }[]>`select count(*)::int as n from case_events where case_id = ${c!.id} and type = 'resident_message'`;
    expect(row!.n).toBe(2);
    expect(posted).toHaveLength(1);
  });

  it('Facebook: a bad or missing signature is refused and records nothing', async () => {
    const body = webhook([{ sender: 'psid-9', mid: 'm-9', text: 'Faux' }]);
    expect((await postWebhook(body, 'sha256=' + '0'.repeat(64))).status).toBe(401);
    expect((await h.app.request('/webhooks/facebook', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(401);
    expect(await casesOf('facebook:psid-9')).toEqual([]);
  });

  it('Mastodon: mentions become cases, answered in reply; a public post with personal data gets an invitation to write privately', async () => {
    notifications = [
      { id: '101', type: 'mention', status: { id: 's-1', content: '<p>@mairie le lampadaire de la place est éteint</p>', visibility: 'public', in_reply_to_id: null, account: { acct: 'alice@social.example' } } },
      { id: '102', type: 'mention', status: { id: 's-2', content: '<p>@mairie appelez-moi au 06 12 34 56 78, j’habite 4 rue Haute</p>', visibility: 'public', in_reply_to_id: null, account: { acct: 'bob@social.example' } } },
      { id: '103', type: 'favourite' },
      { id: '104', type: 'mention', status: { id: 's-4', content: '<p>bip bip</p>', visibility: 'public', in_reply_to_id: null, account: { acct: 'robot@social.example', bot: true } } },
    ];
    expect(await mastodon.pollOnce(h.deps.social!.channel)).toBe(3);
    expect(await casesOf('mastodon:alice@social.example')).toHaveLength(1);
    expect(await casesOf('mastodon:bob@social.example')).toHaveLength(1);
    const replies = posted.filter((p) => p.path === '/api/v1/statuses').map((p) => p.body);
    expect(replies).toHaveLength(2);
    const toAlice = replies.find((r) => String(r.status).startsWith('@alice'))!;
    expect(toAlice).toMatchObject({ in_reply_to_id: 's-1', visibility: 'public' });
    expect(toAlice.status).toMatch(/référence \d{2}-/);
    const toBob = replies.find((r) => String(r.status).startsWith('@bob'))!;
    expect(toBob.status).toMatch(/message privé/);
    expect(toBob.status).not.toMatch(/06|rue Haute|référence/);
    // A reply in the thread lands on the same case; polling again brings nothing new.
    notifications.push({ id: '105', type: 'mention', status: { id: 's-5', content: '<p>toujours éteint</p>', visibility: 'public', in_reply_to_id: 's-1', account: { acct: 'alice@social.example' } } });
    expect(await mastodon.pollOnce(h.deps.social!.channel)).toBe(1);
    expect(await casesOf('mastodon:alice@social.example')).toHaveLength(1);
    expect(await mastodon.pollOnce(h.deps.social!.channel)).toBe(0);
  });
});
