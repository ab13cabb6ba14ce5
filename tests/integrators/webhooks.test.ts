import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { smtpPeer } from '../promises/smtp-peer.js';
import { webhookDispatcher } from '../../adapters/webhooks/webhook-dispatcher.js';
import { createLogger } from '../../src/logger.js';
import { createHarness, describe, expect, test, type Harness } from '../harness.js';

/**
 * Webhooks as an integrator's server receives them: a real HTTP receiver that checks every signature with the
 * `standardwebhooks` library's verifier, goes down for a while, comes back — and gets every event once, each
 * case's in order.
 */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: { type: string; timestamp: string; data: { eventId: string; sequence: number; case: { id: string; reference: string; status: string }; change: Record<string, string> } };
}

async function receiver(port = 0) {
  const got: Received[] = [];
  let failing = false;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (failing) {
        res.writeHead(503).end();
        return;
      }
      got.push({ headers: req.headers, body, json: JSON.parse(body) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    got,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    port: (server.address() as AddressInfo).port,
    fail: (on: boolean) => void (failing = on),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const verified = (secret: string, r: Received) => new Webhook(secret).verify(r.body, r.headers as Record<string, string>);

/** Dispatch rounds until nothing more is sent (a case's next event waits for its previous one). */
async function drain(send: () => Promise<number>) {
  for (let i = 0; i < 20 && (await send()) > 0; i++);
}

async function subscribe(h: Harness, body: Record<string, unknown>, as: 'integrator' | 'admin' = 'integrator') {
  const res = await h.call('POST', '/v1/webhook-subscriptions', { as, body });
  expect(res.status).toBe(201);
  return res.body as { id: string; secret: string };
}

describe('webhooks (Standard Webhooks)', () => {
  test('a subscription disabled after three days of failures: its contact is told by email, once', async () => {
    const relay = await smtpPeer();
    const { mails, sender } = relay;
    let now = new Date();
    const hm = await createHarness({ clock: { now: () => now }, email: { sender, config: { domain: 'ville.example', defaultRequestTypeCode: 'REL-INFORMATION', autoRepliesPerSenderPerHour: 5 } } });
    const hooks = await receiver();
    try {
      hooks.fail(true);
      const sub = await subscribe(hm, { url: hooks.url, eventTypes: ['case.created'], contactEmail: 'dev@portail.example' });
      await hm.newCase();
      await hm.newCase();
      // The app's own dispatcher, four days on: both deliveries give up in the same round; one email.
      now = new Date(Date.now() + 4 * 86_400_000);
      await hm.deps.webhooks.dispatchOnce();
      for (let i = 0; i < 100 && mails.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 200));
      expect(mails.map((m) => [JSON.stringify(m.to).includes('dev@portail.example'), m.subject])).toEqual([[true, '[Mairie] Abonnement webhook désactivé']]);
      expect(mails[0]!.text).toContain(`L’abonnement webhook ${sub.id} vers ${hooks.url}`);
      expect(mails[0]!.text).toContain('Deliveries failing since more than 3 days: HTTP 503');
    } finally {
      await hooks.close();
      await hm.close();
      await relay.close();
    }
  });

  test('never into the city’s own network: private, loopback, link-local and local names refused at subscription, and at delivery whatever the name resolves to', async ({ h }) => {
    const strict = await createHarness({ webhookTargets: { allowPrivate: false } });
    try {
      for (const url of ['https://127.0.0.1/hooks', 'https://10.0.0.8/hooks', 'https://169.254.169.254/latest/meta-data', 'https://[::1]/hooks', 'https://[fd00::1]/hooks', 'https://db.internal/hooks', 'https://nas.local/hooks', 'https://intranet/hooks']) {
        const res = await strict.call('POST', '/v1/webhook-subscriptions', { as: 'integrator', body: { url, eventTypes: ['case.created'] } });
        expect(res.status, url).toBe(422);
        expect(res.body.invalidFields[0].path).toBe('url');
      }
      expect((await strict.call('POST', '/v1/webhook-subscriptions', { as: 'integrator', body: { url: 'https://hooks.example.org/guichet', eventTypes: ['case.created'] } })).status).toBe(201);

      // A subscription that passed (here: made where private targets are allowed) to a name that resolves to this
      // machine is refused when connecting: nothing reaches the receiver, the delivery says why.
      const hooks = await receiver();
      try {
        await subscribe(h, { url: hooks.url.replace('127.0.0.1', 'localhost'), eventTypes: ['case.created'] });
        await subscribe(h, { url: hooks.url, eventTypes: ['case.created'] });
        await h.newCase();
        const guarded = webhookDispatcher({ webhooks: h.core.store.webhooks, clock: h.core.clock, logger: createLogger('silent'), allowPrivateTargets: false });
        expect(await guarded.dispatchOnce()).toBe(2);
        expect(hooks.got).toEqual([]);
        expect((await h.sql<{ lastError: string }[]>`select last_error from webhook_deliveries order by created_at`).map((d) => d.lastError)).toEqual(['EPRIVATETARGET', 'EPRIVATETARGET']);
      } finally {
        await hooks.close();
      }
    } finally {
      await strict.close();
    }
  });

  test('a case’s life arrives signed, in order, with public fields only; filters and ownership hold', async ({ h }) => {
    const hooks = await receiver();
    try {
      const sub = await subscribe(h, { url: hooks.url, eventTypes: ['case.created', 'case.status_changed', 'case.escalated', 'case.message_added', 'case.resolved'] });
      expect(sub.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      // Another subscription only for another directorate's cases: it hears nothing of a pothole.
      const other = await receiver();
      const elsewhere = await subscribe(h, { url: other.url, eventTypes: ['case.created'], directorateId: 'proprete' });

      const c = await h.newCase({ requestTypeCode: 'VOI-NID-POULE', description: 'Trou rue Haute', resident: { givenName: 'Odile', familyName: 'Secret', phone: '06 98 76 54 32' } });
      expect((await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} })).status).toBe(200);
      expect((await h.call('POST', `/v1/cases/${c.id}/events`, { as: 'directorate_agent', body: { kind: 'message', body: 'Une équipe passe jeudi.' } })).status).toBeLessThan(300);
      expect((await h.call('POST', `/v1/cases/${c.id}/events`, { as: 'directorate_agent', body: { kind: 'note', body: 'Note interne : budget serré' } })).status).toBeLessThan(300);
      expect((await h.call('POST', `/v1/cases/${c.id}/status`, { as: 'directorate_agent', body: { status: 'resolved', message: 'Trou rebouché.' } })).status).toBe(200);
      await drain(() => h.deps.webhooks.dispatchOnce());

      for (const r of hooks.got) expect(() => verified(sub.secret, r)).not.toThrow();
      expect(() => verified(elsewhere.secret, hooks.got[0]!)).toThrow();
      const types = hooks.got.map((r) => r.json.type);
      expect(types).toEqual(['case.created', 'case.status_changed', 'case.escalated', 'case.message_added', 'case.status_changed', 'case.resolved']);
      const sequences = hooks.got.map((r) => r.json.data.sequence);
      expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
      expect(hooks.got[0]!.json.data.case).toMatchObject({ id: c.id, reference: c.reference, status: 'received' });
      expect(hooks.got[3]!.json.data.change).toEqual({ message: 'Une équipe passe jeudi.' });
      expect(hooks.got[5]!.json.data.change).toMatchObject({ to: 'resolved', answer: 'Trou rebouché.' });
      // Nothing of the resident, nothing internal.
      const all = hooks.got.map((r) => r.body).join('\n');
      for (const secret of ['Odile', 'Secret', '98 76', '698765432', 'budget']) expect(all).not.toContain(secret);
      expect(other.got).toEqual([]);
      await other.close();

      // The log says it went; another integrator sees none of it.
      const log = await h.call('GET', `/v1/webhook-subscriptions/${sub.id}/deliveries`, { as: 'integrator' });
      expect(log.body.items.map((d: { status: string }) => d.status)).toEqual(Array(6).fill('delivered'));
      const stranger = await h.call('POST', '/v1/admin/api-keys', { as: 'admin', body: { label: 'Autre intégrateur', role: 'integrator', scopes: ['webhooks:manage'] } });
      const theirs = { authorization: `Bearer ${stranger.body.key}` };
      expect((await h.call('GET', `/v1/webhook-subscriptions/${sub.id}/deliveries`, { as: null, headers: theirs })).status).toBe(404);
      expect((await h.call('DELETE', `/v1/webhook-subscriptions/${sub.id}`, { as: null, headers: theirs })).status).toBe(404);
      expect((await h.call('GET', '/v1/webhook-subscriptions', { as: null, headers: theirs })).body.items).toEqual([]);
      expect((await h.call('GET', '/v1/webhook-subscriptions', { as: 'admin' })).body.items).toHaveLength(2);
      expect((await h.call('GET', '/v1/webhook-subscriptions', { as: 'counter_agent' })).status).toBe(403);
      // A plain-http receiver elsewhere than this machine is refused.
      expect((await h.call('POST', '/v1/webhook-subscriptions', { as: 'integrator', body: { url: 'http://portail.example.fr/hooks', eventTypes: ['case.created'] } })).status).toBe(422);
    } finally {
      await hooks.close();
    }
  });

  test('a receiver down for an hour gets every event once it is back, each case’s in order, none twice', async ({ h }) => {
    const hooks = await receiver();
    const sub = await subscribe(h, { url: hooks.url, eventTypes: ['case.created', 'case.status_changed', 'case.message_added'] });
    hooks.fail(true);
    const cases = [];
    for (let i = 0; i < 4; i++) {
      const c = await h.newCase({ requestTypeCode: 'VOI-ECLAIRAGE', description: `Lampadaire ${i}` });
      expect((await h.call('POST', `/v1/cases/${c.id}/events`, { body: { kind: 'message', body: `Nous regardons (${i}).` } })).status).toBeLessThan(300);
      expect((await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'in_progress' } })).status).toBe(200);
      cases.push(c);
    }
    await h.deps.webhooks.dispatchOnce();
    const failing = (await h.call('GET', `/v1/webhook-subscriptions/${sub.id}/deliveries?limit=200`, { as: 'integrator' })).body.items as { status: string; attempts: number; lastStatus: number | null; nextAttemptAt: string | null }[];
    expect(failing.filter((d) => d.attempts === 1)).toHaveLength(4);
    expect(failing.every((d) => d.status === 'pending')).toBe(true);
    expect(failing.filter((d) => d.attempts === 1).every((d) => d.lastStatus === 503 && new Date(d.nextAttemptAt!) > new Date())).toBe(true);

    // Back up, an hour later: the dispatcher's clock moves on, as the server's would.
    hooks.fail(false);
    const later = webhookDispatcher({ webhooks: h.core.store.webhooks, clock: { now: () => new Date(Date.now() + 3_600_000) }, logger: createLogger('error'), allowPrivateTargets: true });
    await drain(() => later.dispatchOnce());
    expect(hooks.got).toHaveLength(12);
    const ids = hooks.got.map((r) => r.headers['webhook-id']);
    expect(new Set(ids).size).toBe(12);
    for (const c of cases) {
      const mine = hooks.got.filter((r) => r.json.data.case.id === c.id);
      expect(mine.map((r) => r.json.type)).toEqual(['case.created', 'case.message_added', 'case.status_changed']);
      for (const r of mine) expect(() => verified(sub.secret, r)).not.toThrow();
    }
    await drain(() => later.dispatchOnce());
    expect(hooks.got).toHaveLength(12);
    await hooks.close();
  });

  test('three hundred cases waiting, two dispatchers (two API processes) at once when the receiver is back: each event exactly once', async ({ h }) => {
    const hooks = await receiver();
    await subscribe(h, { url: hooks.url, eventTypes: ['case.created'] });
    hooks.fail(true);
    for (let i = 0; i < 300; i++) await h.newCase({ requestTypeCode: 'VOI-ECLAIRAGE', description: `Lampadaire ${i}` });
    await drain(() => h.deps.webhooks.dispatchOnce());
    hooks.fail(false);
    // An hour later, two processes' dispatchers race for the same deliveries; each answer pulls the rest forward.
    const later = () => webhookDispatcher({ webhooks: h.core.store.webhooks, clock: { now: () => new Date(Date.now() + 3_600_000) }, logger: createLogger('error'), allowPrivateTargets: true });
    const [a, b] = [later(), later()];
    await Promise.all([drain(() => a.dispatchOnce()), drain(() => b.dispatchOnce())]);
    const ids = hooks.got.map((r) => r.headers['webhook-id']);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
    expect(await h.sql`select 1 from webhook_deliveries where status <> 'delivered'`).toHaveLength(0);
    await hooks.close();
  });

  test('a rotated secret: both sign for a day; failing for 3 days disables, a replay resumes', async ({ h }) => {
    const hooks = await receiver();
    const sub = await subscribe(h, { url: hooks.url, eventTypes: ['case.created'] });
    const rotated = await h.call('POST', `/v1/webhook-subscriptions/${sub.id}/rotate-secret`, { as: 'integrator' });
    expect(rotated.status).toBe(201);
    await h.newCase({ requestTypeCode: 'VOI-ECLAIRAGE', description: 'Lampadaire clignotant' });
    await drain(() => h.deps.webhooks.dispatchOnce());
    expect(hooks.got).toHaveLength(1);
    expect(() => verified(sub.secret, hooks.got[0]!)).not.toThrow();
    expect(() => verified(rotated.body.secret, hooks.got[0]!)).not.toThrow();

    hooks.fail(true);
    const lost = await h.newCase({ requestTypeCode: 'VOI-ECLAIRAGE', description: 'Lampadaire éteint' });
    const fourDaysOn = webhookDispatcher({ webhooks: h.core.store.webhooks, clock: { now: () => new Date(Date.now() + 4 * 86_400_000) }, logger: createLogger('error'), allowPrivateTargets: true });
    await fourDaysOn.dispatchOnce();
    const [listed] = (await h.call('GET', '/v1/webhook-subscriptions', { as: 'integrator' })).body.items;
    expect(listed.disabledAt).not.toBeNull();
    expect(listed.disabledReason).toContain('HTTP 503');
    // Deliveries since a time go again once the receiver is fixed.
    hooks.fail(false);
    const replayed = await h.call('POST', `/v1/webhook-subscriptions/${sub.id}/replay`, { as: 'integrator', body: { since: new Date(Date.now() - 60_000).toISOString() } });
    expect(replayed.body.queued).toBe(2);
    await drain(() => h.deps.webhooks.dispatchOnce());
    expect(hooks.got.map((r) => r.json.data.case.reference)).toContain(lost.reference);
    expect((await h.call('GET', '/v1/webhook-subscriptions', { as: 'integrator' })).body.items[0].disabledAt).toBeNull();
    await hooks.close();
  });
});
