import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { createConnection } from 'node:net';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailChannel } from '../../adapters/channels/email/email-inbound.js';
import { startSmtpListener } from '../../adapters/channels/email/smtp-listener.js';
import { emailSender } from '../../adapters/notify/email-sender.js';
import { rateLimiter } from '../../adapters/postgres/rate-limiter.js';
import { createLogger } from '../../src/logger.js';
import { waitFor } from '../eventually.js';
import { createHarness, type Harness } from '../harness.js';
import { MALFORMED_CORPUS } from './email-corpus.js';

/**
 * Real protocol peers: nodemailer sends to our SMTP listener; our acknowledgements go through nodemailer to an
 * SMTP server started here, standing in for the city's relay.
 */
let h: Harness & { close(): Promise<void> };
let relay: SMTPServer;
const relayed: ParsedMail[] = [];
let listener: Awaited<ReturnType<typeof startSmtpListener>>;
let client: nodemailer.Transporter;
const DOMAIN = 'ville.example';
const logLines: string[] = [];
const logSink = new Writable({
  write(chunk, _enc, cb) {
    logLines.push(String(chunk));
    cb();
  },
});

beforeAll(async () => {
  h = await createHarness();
  relay = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _s, cb) {
      simpleParser(stream).then((m) => {
        relayed.push(m);
        cb();
      }, cb);
    },
  });
  await new Promise<void>((r) => relay.listen(0, '127.0.0.1', () => r()));
  const relayPort = (relay.server.address() as AddressInfo).port;
  const sender = emailSender({ smtpUrl: `smtp://127.0.0.1:${relayPort}?ignoreTLS=true`, from: 'Mairie <guichet@ville.example>', loopId: `guichet@${DOMAIN}` });
  const channel = emailChannel({
    core: h.core,
    sender,
    limiter: rateLimiter(h.sql),
    logger: createLogger('debug', logSink),
    config: { domain: DOMAIN, defaultRequestTypeCode: 'REL-INFORMATION', publicBaseUrl: 'https://guichet.ville.example', maxAttachmentBytes: 1024 * 1024, autoRepliesPerSenderPerHour: 5 },
  });
  listener = await startSmtpListener({ port: 0, host: '127.0.0.1', maxBytes: 2 * 1024 * 1024, channel, logger: createLogger('debug', logSink) });
  client = nodemailer.createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true });
});
afterAll(async () => {
  client.close();
  await listener.close();
  await new Promise<void>((r) => relay.close(() => r()));
  await h.close();
});

const casesFrom = (address: string) =>
  h.sql<{ id: string; reference: string; channel: string }[]>`select c.id, c.reference, c.channel from cases c
    join contact_points cp on cp.resident_id = c.resident_id and cp.kind = 'email' and cp.normalized = ${address} order by c.created_at`;
const messagesOn = (caseId: string) => h.sql<{ data: Record<string, unknown> }[]>`select data from case_events where case_id = ${caseId} and type = 'resident_message' order by created_at`;

describe('email in and out', () => {
  it('a new email makes a case with an unverified contact point and a French acknowledgement that threads', async () => {
    await client.sendMail({ from: 'Paul Durand <paul.durand@example.fr>', to: `mairie@${DOMAIN}`, subject: 'Lampadaire en panne', text: 'Le lampadaire devant le 4 rue Haute est éteint.', messageId: '<m1@example.fr>' });
    const [c] = await waitFor(async () => ((await casesFrom('paul.durand@example.fr')).length ? casesFrom('paul.durand@example.fr') : undefined));
    expect(c!.channel).toBe('email');
    const [cp] = await h.sql<{ verified: boolean }[]>`select verified from contact_points where normalized = 'paul.durand@example.fr'`;
    expect(cp!.verified).toBe(false);
    const ack = await waitFor(() => relayed.find((m) => m.subject?.includes(c!.reference)));
    expect(ack.subject).toBe(`[${c!.reference}] Accusé de réception de votre demande`);
    expect(ack.text).toContain('Nous avons bien reçu votre demande le');
    expect(ack.text).toMatch(/Service en charge : .+/);
    expect(ack.text).toMatch(/au plus tard le \d+ \S+ \d{4}/);
    expect(ack.headers.get('auto-submitted')).toBe('auto-replied');
    expect((ack.replyTo?.value[0]?.address ?? '')).toMatch(new RegExp(`^reply\\+[0-9a-f]{32}@${DOMAIN}$`));
    expect(ack.inReplyTo).toBe('<m1@example.fr>');
    const events = await h.sql<{ type: string }[]>`select type from case_events where case_id = ${c!.id} order by created_at`;
    expect(events.map((e) => e.type)).toEqual(['case_created', 'resident_message', 'acknowledgement_sent']);

    // The acknowledgement went to an address nothing verified: it asks the resident to confirm it.
    expect(ack.text).toMatch(/confirmez qu’elle est bien la vôtre : http:\/\/localhost:8080\/confirmer\/[A-Za-z0-9_-]{32}\n/);

    // Three ways back to the same case: In-Reply-To our Message-ID, the reply address, the reference in the subject.
    // Only the reply address proves the sender here (no DKIM/DMARC from example.fr): the other two are held on the
    // case as unverified messages for an agent.
    await client.sendMail({ from: 'paul.durand@example.fr', to: `mairie@${DOMAIN}`, subject: 'Re: Accusé', text: 'Merci', inReplyTo: ack.messageId!, messageId: '<m2@example.fr>' });
    await client.sendMail({ from: 'paul.durand@example.fr', to: ack.replyTo!.value[0]!.address!, subject: 'Photo', text: 'Ci-joint', messageId: '<m3@example.fr>' });
    await client.sendMail({ from: 'autre@example.fr', to: `mairie@${DOMAIN}`, subject: `Au sujet de [${c!.reference}]`, text: 'Je suis le voisin', messageId: '<m4@example.fr>' });
    await waitFor(async () => ((await messagesOn(c!.id)).length === 2 ? true : undefined));
    const held = await waitFor(async () => {
      const rows = await h.sql<{ data: { from: string } }[]>`select data from case_events where case_id = ${c!.id} and type = 'unverified_message' and visibility = 'internal'`;
      return rows.length === 2 ? rows : undefined;
    });
    expect(held.map((e) => e.data.from).sort()).toEqual(['autre@example.fr', 'paul.durand@example.fr']);
    expect(await casesFrom('paul.durand@example.fr')).toHaveLength(1);
    expect(relayed.filter((m) => m.subject?.includes(c!.reference))).toHaveLength(1);
  });

  it('the same Message-ID delivered twice is one event', async () => {
    for (let i = 0; i < 2; i++) await client.sendMail({ from: 'double@example.fr', to: `mairie@${DOMAIN}`, subject: 'Deux fois', text: 'Bonjour', messageId: '<dup@example.fr>' });
    const cases = await waitFor(async () => ((await casesFrom('double@example.fr')).length ? casesFrom('double@example.fr') : undefined));
    await new Promise((r) => setTimeout(r, 200));
    expect(await casesFrom('double@example.fr')).toHaveLength(1);
    expect(await messagesOn(cases[0]!.id)).toHaveLength(1);
  });

  it.each([
    ['Auto-Submitted: auto-replied', { 'Auto-Submitted': 'auto-replied' }, 'robot1@example.fr'],
    ['Precedence: bulk', { Precedence: 'bulk' }, 'robot2@example.fr'],
    ['List-Id', { 'List-Id': '<news.example.fr>' }, 'robot3@example.fr'],
    ['X-Loop naming us', { 'X-Loop': `guichet@${DOMAIN}` }, 'robot4@example.fr'],
    ['a mailer-daemon sender', {}, 'mailer-daemon@example.fr'],
  ])('a message with %s is recorded but never answered automatically', async (_what, headers, from) => {
    const before = relayed.length;
    await client.sendMail({ from, to: `mairie@${DOMAIN}`, subject: 'Réponse automatique', text: 'Je suis absent', headers });
    await waitFor(async () => ((await casesFrom(from)).length ? true : undefined));
    await new Promise((r) => setTimeout(r, 200));
    expect(relayed.length).toBe(before);
  });

  it('automatic answers to one sender are capped per hour', async () => {
    const before = relayed.length;
    for (let i = 0; i < 7; i++) await client.sendMail({ from: 'bavard@example.fr', to: `mairie@${DOMAIN}`, subject: `Demande ${i}`, text: 'Encore une', messageId: `<bavard-${i}@example.fr>` });
    await waitFor(async () => ((await casesFrom('bavard@example.fr')).length === 7 ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    expect(relayed.length - before).toBe(5);
  });

  it('attachments are stored, type-checked by content; a disguised executable is kept out and said so', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    await client.sendMail({
      from: 'pj@example.fr',
      to: `mairie@${DOMAIN}`,
      subject: 'Pièces',
      text: 'Voir pièces jointes',
      attachments: [
        { filename: 'devis.pdf', content: pdf },
        { filename: 'photo.pdf', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]) },
      ],
    });
    const [c] = await waitFor(async () => ((await casesFrom('pj@example.fr')).length ? casesFrom('pj@example.fr') : undefined));
    const [msg] = await messagesOn(c!.id);
    expect(msg!.data.attachments).toEqual([expect.objectContaining({ filename: 'devis.pdf', contentType: 'application/pdf' })]);
    expect(msg!.data.refusedAttachments).toEqual([expect.objectContaining({ filename: 'photo.pdf' })]);
    const [row] = await h.sql<{ n: number }[]>`select count(*)::int as n from attachments where case_id = ${c!.id}`;
    expect(row!.n).toBe(1);
  });

  it('a corpus of malformed and hostile mail: nothing crashes, each is quarantined or recorded, the listener keeps serving', async () => {
    for (const sample of MALFORMED_CORPUS) {
      const answer = await rawSmtp(listener.port, sample.from, sample.raw);
      expect(answer, sample.name).toMatch(sample.expect === 'too_large' ? /^552/ : /^250/);
    }
    const quarantined = await h.sql<{ reason: string }[]>`select reason from inbound_quarantine order by received_at`;
    const expected = MALFORMED_CORPUS.filter((s) => s.expect === 'quarantine');
    expect(quarantined.length).toBe(expected.length);
    for (const q of quarantined) expect(q.reason).toMatch(/^[A-ZÉ]/);
    // Still serving.
    await client.sendMail({ from: 'apres@example.fr', to: `mairie@${DOMAIN}`, subject: 'Après la tempête', text: 'Toujours là ?' });
    await waitFor(async () => ((await casesFrom('apres@example.fr')).length ? true : undefined));
  });
});

describe('logs', () => {
  it('name no sender, subject, body or address, whatever arrived', () => {
    const logs = logLines.join('');
    expect(logs).toContain('email received');
    for (const personal of ['paul.durand', 'Paul Durand', 'Lampadaire', 'lampadaire', 'bavard@', 'robot1@', 'reply+']) expect(logs, personal).not.toContain(personal);
  });
});

describe('POST /v1/inbound/email (raw MIME from a mail server)', () => {
  it('records, deduplicates and quarantines like the SMTP listener', async () => {
    const sender = emailSender({ outboxDir: path.join(tmpdir(), `guichet-outbox-${Date.now()}`), from: 'Mairie <guichet@ville.example>', loopId: `guichet@${DOMAIN}` });
    const h2 = await createHarness({ email: { sender, config: { domain: DOMAIN, defaultRequestTypeCode: 'REL-INFORMATION', autoRepliesPerSenderPerHour: 5 } } });
    try {
      const raw = 'From: Zoé <zoe@example.fr>\r\nMessage-ID: <raw-1@example.fr>\r\nSubject: Banc cassé\r\n\r\nLe banc du square est cassé.\r\n';
      const post = (body: string, type = 'message/rfc822', as: 'integrator' | 'counter_agent' = 'integrator') =>
        h2.call('POST', '/v1/inbound/email', { as, rawBody: body, headers: { 'content-type': type } });
      const first = await post(raw);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ outcome: 'created', reference: expect.any(String), reason: null });
      expect((await post(raw)).body).toMatchObject({ outcome: 'duplicate', caseId: first.body.caseId });
      const bad = await post('Subject: rien\r\n\r\nsans expéditeur');
      expect(bad.body).toMatchObject({ outcome: 'quarantined', caseId: null, reason: expect.stringContaining('Expéditeur') });
      expect((await post(raw, 'application/json')).status).toBe(415);
      expect((await post(raw, 'message/rfc822', 'counter_agent')).status).toBe(403);
    } finally {
      sender.close();
      await h2.close();
    }
  });
});

/** Speaks SMTP by hand, so the corpus reaches the listener byte for byte. Returns the answer to DATA. */
function rawSmtp(port: number, from: string, raw: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(port, '127.0.0.1');
    const steps = [`EHLO test\r\n`, `MAIL FROM:<${from}>\r\n`, `RCPT TO:<mairie@${DOMAIN}>\r\n`, 'DATA\r\n'];
    let buffer = '';
    let stage = 0;
    socket.on('data', (d) => {
      buffer += d.toString();
      const lines = buffer.split('\r\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (/^\d{3}-/.test(line)) continue;
        if (stage < steps.length) socket.write(steps[stage++]!);
        else if (stage === steps.length) {
          stage++;
          const dotStuffed = raw.toString('latin1').replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..');
          socket.write(Buffer.from(dotStuffed.endsWith('\r\n') ? dotStuffed : `${dotStuffed}\r\n`, 'latin1'));
          socket.write('.\r\n');
        } else {
          socket.end('QUIT\r\n');
          resolve(line);
          return;
        }
      }
    });
    socket.on('error', reject);
  });
}
