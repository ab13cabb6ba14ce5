import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emailSender } from '../../adapters/notify/email-sender.js';
import { httpSmsGateway } from '../../adapters/notify/sms-gateway.js';
import { createHarness, type Harness } from '../harness.js';
import { TEST_KEYS } from '../setup/test-keys.js';

/** Real peers: an SMTP server as the city's relay, a small HTTP server as the SMS gateway. */
const SECRET = 'sms-gateway-secret-0123456789';
let h: Harness & { close(): Promise<void> };
let relay: SMTPServer;
let gateway: Server;
const mails: ParsedMail[] = [];
const sms: { to: string; text: string; clientRef: string; statusCallback: string; idempotencyKey: string | undefined }[] = [];
let gatewayDown = false;
let sender: ReturnType<typeof emailSender>;

beforeAll(async () => {
  relay = new SMTPServer({ authOptional: true, disabledCommands: ['AUTH', 'STARTTLS'], logger: false, onData: (stream, _s, cb) => void simpleParser(stream).then((m) => (mails.push(m), cb()), cb) });
  await new Promise<void>((r) => relay.listen(0, '127.0.0.1', () => r()));
  gateway = createServer(async (req, res) => {
    let body = '';
    for await (const c of req) body += c;
    if (gatewayDown) return res.writeHead(503).end();
    sms.push({ ...JSON.parse(body), idempotencyKey: req.headers['idempotency-key'] as string | undefined });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sms-${sms.length}` }));
  });
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', () => r()));
  sender = emailSender({ smtpUrl: `smtp://127.0.0.1:${(relay.server.address() as AddressInfo).port}?ignoreTLS=true`, from: 'Mairie <guichet@ville.example>', loopId: 'guichet@ville.example' });
  h = await createHarness({
    email: { sender, config: { domain: 'ville.example', defaultRequestTypeCode: 'REL-INFORMATION', autoRepliesPerSenderPerHour: 5 } },
    sms: {
      gateway: httpSmsGateway({ url: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`, token: 't', statusCallbackUrl: 'http://localhost:8080/webhooks/sms-gateway' }),
      webhookSecret: SECRET,
    },
  });
});
afterAll(async () => {
  await h.close();
  // Pooled connections stay open until the sender closes; the relay would wait for them.
  sender.close();
  await new Promise<void>((r) => relay.close(() => r()));
  await new Promise<void>((r) => gateway.close(() => r()));
});
beforeEach(() => {
  mails.length = 0;
  sms.length = 0;
  gatewayDown = false;
});

const dispatch = () => h.notifications!.dispatchOnce();
const timeline = async (caseId: string) => (await h.call('GET', `/v1/cases/${caseId}/events`)).body.items.map((e: { type: string; data: Record<string, unknown> }) => ({ type: e.type, ...e.data }));

describe('acknowledgements (accusé de réception)', () => {
  it('a request by phone is acknowledged by SMS (date of receipt, service, expected date); by post, a letter to print', async () => {
    const phoned = await h.newCase({ channel: 'phone', resident: { givenName: 'Paul', familyName: 'Vidal', phone: '06 55 44 33 22' } });
    const posted = await h.newCase({ channel: 'postal', resident: { givenName: 'Rose', familyName: 'Blanc', postalAddress: '2 place du Marché, 69002 Lyon' } });
    await dispatch();
    expect(sms).toEqual([expect.objectContaining({ to: '+33655443322' })]);
    const text = sms[0]!.text;
    expect(text).toMatch(new RegExp(`^Mairie : demande ${phoned.reference} reçue le \\d+ \\S+ \\d{4}, confiée à .+\\. Réponse au plus tard le \\d+ \\S+ \\d{4}\\. Suivi : http://localhost:8080/suivi/${phoned.reference} code [A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$`));
    // The code in the SMS is one the resident can follow the request with; only its hash is stored.
    const code = text.slice(-14);
    expect((await h.call('GET', `/v1/public/cases/${phoned.reference}?code=${code}`, { as: null })).status).toBe(200);
    expect(JSON.stringify(await h.sql`select * from case_tracking_codes where case_id = ${phoned.id}`)).not.toContain(code);
    const [letter] = await h.sql<{ status: string; kind: string }[]>`select status, kind from notifications where case_id = ${posted.id}`;
    expect(letter).toEqual({ status: 'to_print', kind: 'acknowledgement' });
    const pdf = await h.app.request(`/v1/cases/${posted.id}/acknowledgement.pdf`, { headers: { authorization: `Bearer ${TEST_KEYS.counter_agent}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain(`(${posted.reference})`);
    // At the counter the receipt is printed on the spot: nothing is queued.
    const counter = await h.newCase({ channel: 'counter', resident: { givenName: 'Léa', familyName: 'Roy', phone: '06 00 00 00 09' } });
    expect(await h.sql`select 1 from notifications where case_id = ${counter.id}`).toHaveLength(0);
  });
});

describe('notifications on the resident’s channel', () => {
  it('by email when the resident has an address: escalated, then a question with the agent’s words', async () => {
    const c = await h.newCase({ resident: { givenName: 'Inès', familyName: 'Garnier', email: 'ines.garnier@example.fr' } });
    await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
    await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'awaiting_resident', message: 'Pouvez-vous joindre une photo ?' } });
    expect(await dispatch()).toBe(2);
    await waitFor(() => (mails.length === 2 ? true : undefined));
    const subjects = mails.map((m) => m.subject).sort();
    expect(subjects).toEqual([`[${c.reference}] Votre demande a été transmise au service compétent`, `[${c.reference}] Votre demande attend une réponse de votre part`].sort());
    const question = mails.find((m) => m.subject?.includes('attend'))!;
    expect(question.text).toContain('Pouvez-vous joindre une photo ?');
    expect(question.headers.get('auto-submitted')).toBe('auto-replied');
    expect((await timeline(c.id)).filter((e: { type: string }) => e.type === 'notification_sent')).toEqual([
      expect.objectContaining({ channel: 'email', status: 'sent' }),
      expect.objectContaining({ channel: 'email', status: 'sent' }),
    ]);
    // Dispatching again sends nothing twice.
    expect(await dispatch()).toBe(0);
    expect(mails).toHaveLength(2);
  });

  it('by SMS to a mobile when there is no address; the gateway gets our deduplication key; its signed report is on the timeline', async () => {
    const c = await h.newCase({ resident: { givenName: 'Marc', familyName: 'Lefèvre', phone: '06 98 76 54 32' } });
    await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'resolved', message: 'Le trou a été rebouché.' } });
    await dispatch();
    expect(sms).toEqual([expect.objectContaining({ to: '+33698765432', text: `Mairie : votre demande ${c.reference} a été traitée.` })]);
    expect(sms[0]!.idempotencyKey).toBe(sms[0]!.clientRef);
    const body = JSON.stringify({ id: 'sms-1', status: 'delivered' });
    const unsigned = await h.app.request('/webhooks/sms-gateway', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    const signature = `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
    const signed = await h.app.request('/webhooks/sms-gateway', { method: 'POST', headers: { 'content-type': 'application/json', 'x-signature': signature }, body });
    expect(signed.status).toBe(204);
    expect((await timeline(c.id)).map((e: { type: string }) => e.type)).toContain('notification_delivered');
  });

  it('a gateway failure is retried later, not lost; the same key is sent again', async () => {
    const c = await h.newCase({ resident: { givenName: 'Nora', familyName: 'Petit', phone: '07 81 22 33 44' } });
    await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'resolved', message: 'Fait.' } });
    gatewayDown = true;
    await dispatch();
    const [row] = await h.sql<{ status: string; attempts: number }[]>`select status, attempts from notifications where case_id = ${c.id}`;
    expect(row).toEqual({ status: 'retry', attempts: 1 });
    gatewayDown = false;
    await h.sql`update notifications set available_at = now() where case_id = ${c.id}`;
    await dispatch();
    expect(sms.map((s) => s.to)).toEqual(['+33781223344']);
  });

  it('no digital contact: a letter for the mail room to print; no contact at all: skipped, said on the timeline', async () => {
    const letter = await h.newCase({ resident: { givenName: 'Jean', familyName: 'Valjean', postalAddress: '1 rue des Misérables, Paris' } });
    await h.call('POST', `/v1/cases/${letter.id}/status`, { body: { status: 'resolved', message: 'Fait.' } });
    const anonymous = await h.newCase();
    await h.call('POST', `/v1/cases/${anonymous.id}/status`, { body: { status: 'resolved', message: 'Fait.' } });
    await dispatch();
    const [row] = await h.sql<{ status: string; channel: string }[]>`select status, channel from notifications where case_id = ${letter.id}`;
    expect(row).toEqual({ status: 'to_print', channel: 'letter' });
    expect(await h.sql`select 1 from notifications where case_id = ${anonymous.id}`).toHaveLength(0);
    // The mail room prints it and marks it posted; the resident's timeline says so.
    const as = { authorization: `Bearer ${TEST_KEYS.counter_agent}` };
    const queue = (await (await h.app.request('/v1/letters', { headers: as })).json()) as { items: { id: string; caseId: string }[] };
    const mine = queue.items.find((l) => l.caseId === letter.id)!;
    const printed = await h.app.request(`/v1/letters/${mine.id}/letter.pdf`, { headers: as });
    expect(printed.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await printed.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await h.app.request(`/v1/letters/${mine.id}/posted`, { method: 'POST', headers: as })).status).toBe(204);
    expect((await h.app.request(`/v1/letters/${mine.id}/posted`, { method: 'POST', headers: as })).status).toBe(409);
    expect((await timeline(letter.id)).filter((e: { type: string }) => e.type === 'notification_sent')).toEqual([
      expect.objectContaining({ channel: 'letter', status: 'to_print' }),
      expect.objectContaining({ channel: 'letter', status: 'posted' }),
    ]);
  });
});

async function waitFor<T>(fn: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}
