import { generateKeyPairSync } from 'node:crypto';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emailChannel } from '../../adapters/channels/email/email-inbound.js';
import { senderAuthentication } from '../../adapters/channels/email/sender-authentication.js';
import { startSmtpListener } from '../../adapters/channels/email/smtp-listener.js';
import { rateLimiter } from '../../adapters/postgres/rate-limiter.js';
import { signInResident } from '../../src/core/identity/sign-in-resident.js';
import { createLogger } from '../../src/logger.js';
import { waitFor } from '../eventually.js';
import { createHarness, type Harness } from '../harness.js';
import { smtpPeer } from '../promises/smtp-peer.js';

/**
 * Issue 10, item 1 and the second half of item 2: trust follows proof. Each attack is replayed against the real
 * app (HTTP, raw SMTP through nodemailer) and what people receive is asserted at a real SMTP peer.
 */
let h: Harness & { close(): Promise<void> };
let peer: Awaited<ReturnType<typeof smtpPeer>>;
let listener: Awaited<ReturnType<typeof startSmtpListener>>;

/** example.org publishes a DKIM key and a DMARC policy in a DNS zone the checks read (no network here). */
const dkimKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ZONE: Record<string, string[][]> = {
  'sel._domainkey.example.org': [[`v=DKIM1; k=rsa; p=${dkimKey.publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`]],
  '_dmarc.example.org': [['v=DMARC1; p=reject']],
  'example.org': [['v=spf1 -all']],
  '_dmarc.evil.example': [['v=DMARC1; p=none']],
};
async function resolver(name: string, rrtype: string): Promise<string[][]> {
  const records = rrtype === 'TXT' ? ZONE[name.toLowerCase()] : undefined;
  if (records) return records;
  throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
}

const signed = () =>
  nodemailer.createTransport({
    host: '127.0.0.1',
    port: listener.port,
    secure: false,
    ignoreTLS: true,
    dkim: { domainName: 'example.org', keySelector: 'sel', privateKey: dkimKey.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() },
  });
const unsigned = () => nodemailer.createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true });

beforeAll(async () => {
  peer = await smtpPeer();
  h = await createHarness({
    email: { sender: peer.sender, config: { domain: 'ville.example', defaultRequestTypeCode: 'REL-INFORMATION', autoRepliesPerSenderPerHour: 50 } },
  });
  const channel = emailChannel({
    core: h.core,
    sender: peer.sender,
    limiter: rateLimiter(h.sql),
    logger: createLogger('silent'),
    config: { domain: 'ville.example', defaultRequestTypeCode: 'REL-INFORMATION', publicBaseUrl: 'http://localhost:8080', maxAttachmentBytes: 1024 * 1024, autoRepliesPerSenderPerHour: 50 },
    authenticateSender: senderAuthentication({ resolver }),
  });
  listener = await startSmtpListener({ port: 0, host: '127.0.0.1', maxBytes: 2 * 1024 * 1024, channel, logger: createLogger('silent') });
});
afterAll(async () => {
  await listener.close();
  await h.close();
  await peer.close();
});
beforeEach(() => {
  peer.mails.length = 0;
});

const deliver = async () => {
  await h.notifications.dispatchOnce();
  await new Promise((r) => setTimeout(r, 200));
};
const pointsOf = async (residentId: string) =>
  (await h.call('GET', `/v1/residents/${residentId}`)).body.contactPoints as { id: string; kind: string; value: string; verified: boolean; provenance: string; verifiedBy: string | null }[];
const types = async (caseId: string) => ((await h.call('GET', `/v1/cases/${caseId}/events`)).body.items as { type: string }[]).map((e) => e.type);

/** Marie, known at the counter, her email confirmed there by the agent. */
async function marie(email: string, phone: string) {
  const c = await h.newCase({ resident: { givenName: 'Marie', familyName: 'Dupont', phone, email } });
  const point = (await pointsOf(c.residentId)).find((p) => p.kind === 'email')!;
  const verified = await h.call('POST', `/v1/residents/${c.residentId}/contact-points/${point.id}/verify`);
  expect(verified.status).toBe(200);
  expect(verified.body.contactPoints.find((p: { id: string }) => p.id === point.id)).toMatchObject({ verified: true, verifiedBy: 'agent', provenance: 'agent' });
  // Verifying twice says so.
  expect((await h.call('POST', `/v1/residents/${c.residentId}/contact-points/${point.id}/verify`)).status).toBe(409);
  return c;
}

describe('item 1: the anonymous form cannot take over a resident’s notifications', () => {
  it('name + phone + the attacker’s email: a new record and a duplicate for an agent; her notifications still reach her only', async () => {
    const hers = await marie('marie.dupont@example.fr', '06 11 22 33 44');
    const before = await pointsOf(hers.residentId);
    const attack = await h.call('POST', '/v1/public/cases', {
      as: null,
      headers: { 'x-forwarded-for': '203.0.113.7' },
      body: {
        requestTypeCode: 'VOI-NID-POULE',
        description: 'Trou',
        resident: { givenName: 'Marie', familyName: 'Dupont', phone: '0611223344', email: 'pirate@evil.example' },
      },
    });
    expect(attack.status).toBe(201);
    const [filed] = await h.sql<{ residentId: string }[]>`select resident_id from cases where reference = ${attack.body.reference}`;
    // Not her record, and nothing added to hers.
    expect(filed!.residentId).not.toBe(hers.residentId);
    expect(await pointsOf(hers.residentId)).toEqual(before);
    expect((await pointsOf(filed!.residentId)).map((p) => [p.kind, p.provenance, p.verified])).toEqual([
      ['email', 'web_form', false],
      ['phone', 'web_form', false],
    ]);
    // An agent is asked: the two records are proposed as possible duplicates.
    const dups = (await h.call('GET', '/v1/residents/duplicates?limit=100')).body.items as { residentA: { id: string }; residentB: { id: string } }[];
    expect(dups.some((d) => [d.residentA.id, d.residentB.id].sort().join() === [hers.residentId, filed!.residentId].sort().join())).toBe(true);

    // The agent asks Marie a question about her case: the email goes to her address, never the attacker's.
    expect((await h.call('POST', `/v1/cases/${hers.id}/status`, { body: { status: 'in_progress' } })).status).toBe(200);
    expect((await h.call('POST', `/v1/cases/${hers.id}/status`, { body: { status: 'awaiting_resident', message: 'Quel est le numéro de la rue ?' } })).status).toBe(200);
    await deliver();
    await waitFor(() => (peer.to('marie.dupont@example.fr').length > 0 ? true : undefined));
    expect(peer.to('marie.dupont@example.fr').map((m) => m.subject)).toEqual([`[${hers.reference}] Votre demande attend une réponse de votre part`]);
    // The attacker hears only of their own request.
    expect(peer.to('pirate@evil.example').every((m) => m.subject?.startsWith(`[${attack.body.reference}]`))).toBe(true);
    expect(peer.to('pirate@evil.example').length).toBeGreaterThan(0);
    expect(JSON.stringify(peer.to('pirate@evil.example').map((m) => [m.subject, m.text]))).not.toContain(hers.reference);
    expect(peer.to('pirate@evil.example').some((m) => m.text?.includes('Quel est le numéro'))).toBe(false);
  });

  it('the caller screen: a phone number typed into the form is not put on her record, so calling from it shows not her', async () => {
    const hers = await marie('marie.d2@example.fr', '06 11 22 33 55');
    await h.call('POST', '/v1/public/cases', {
      as: null,
      headers: { 'x-forwarded-for': '203.0.113.8' },
      body: { requestTypeCode: 'VOI-NID-POULE', description: 'Trou', resident: { givenName: 'Marie', familyName: 'Dupont', email: 'marie.d2@example.fr', phone: '07 99 88 77 66' } },
    });
    const pop = await h.call('POST', '/v1/telephony/calls', { as: 'admin', body: { callId: 'call-trust-1', event: 'ringing', callerNumber: '0799887766' } });
    expect(pop.status).toBe(200);
    const shown = (pop.body.residents as { id: string }[]).map((r) => r.id);
    expect(shown).not.toContain(hers.residentId);
    expect((await pointsOf(hers.residentId)).map((p) => p.value)).not.toContain('07 99 88 77 66');
  });

  it('the same name and a verified address reuse her record without adding anything; the acknowledgement goes to that verified address', async () => {
    const hers = await marie('marie.d3@example.fr', '06 11 22 33 66');
    const filed = await h.call('POST', '/v1/public/cases', {
      as: null,
      headers: { 'x-forwarded-for': '203.0.113.9' },
      body: { requestTypeCode: 'VOI-NID-POULE', description: 'Trou', resident: { givenName: 'Marie', familyName: 'Dupont', email: 'MARIE.D3@example.fr' } },
    });
    const [row] = await h.sql<{ residentId: string }[]>`select resident_id from cases where reference = ${filed.body.reference}`;
    expect(row!.residentId).toBe(hers.residentId);
    expect(await pointsOf(hers.residentId)).toHaveLength(2);
  });

  it('an agent’s new address for one request is used for that request only, until it is verified', async () => {
    const first = await h.newCase({ channel: 'phone', resident: { givenName: 'Paul', familyName: 'Martin', phone: '06 44 55 66 77', email: 'paul.ancien@example.fr' } });
    const second = await h.newCase({ channel: 'phone', resident: { givenName: 'Paul', familyName: 'Martin', phone: '06 44 55 66 77', email: 'paul.nouveau@example.fr' } });
    expect(second.residentId).toBe(first.residentId);
    await deliver();
    peer.mails.length = 0;
    for (const c of [first, second]) {
      expect((await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'resolved', message: 'C’est réparé.' } })).status).toBe(200);
    }
    await deliver();
    await waitFor(() => (peer.mails.length >= 2 ? true : undefined));
    expect(peer.to('paul.ancien@example.fr').map((m) => m.subject)).toEqual([`[${first.reference}] Votre demande a été traitée`]);
    expect(peer.to('paul.nouveau@example.fr').map((m) => m.subject)).toEqual([`[${second.reference}] Votre demande a été traitée`]);
  });
});

describe('item 1: a point becomes verified by a link sent to it, by FranceConnect, or by an agent', () => {
  it('the acknowledgement to an unverified address carries a link; opening it confirms nothing, pressing the button does, once', async () => {
    const filed = await h.call('POST', '/v1/public/cases', {
      as: null,
      headers: { 'x-forwarded-for': '203.0.113.10' },
      body: { requestTypeCode: 'VOI-NID-POULE', description: 'Trou', resident: { givenName: 'Léon', familyName: 'Blum', email: 'leon.blum@example.fr' } },
    });
    await deliver();
    const mail = await waitFor(() => peer.to('leon.blum@example.fr')[0]);
    const link = mail.text!.match(/http:\/\/localhost:8080(\/confirmer\/[A-Za-z0-9_-]+)/)?.[1];
    expect(link).toBeDefined();
    const [row] = await h.sql<{ residentId: string }[]>`select resident_id from cases where reference = ${filed.body.reference}`;
    const page = await h.app.request(link!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Confirmer que cette adresse est la mienne');
    expect((await pointsOf(row!.residentId))[0]).toMatchObject({ verified: false });
    const done = await h.app.request(link!, { method: 'POST' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Adresse confirmée');
    expect((await pointsOf(row!.residentId))[0]).toMatchObject({ verified: true, verifiedBy: 'confirmation', provenance: 'web_form' });
    const again = await h.app.request(link!, { method: 'POST' });
    expect(again.status).toBe(404);
    expect(await again.text()).toContain('n’est plus valable');
    // The token itself is never stored, only its hash.
    expect(JSON.stringify(await h.sql`select * from contact_point_confirmations`)).not.toContain(link!.split('/').pop());
  });

  it('FranceConnect’s email is a verified point of the record it links to, added or marked', async () => {
    const c = await h.newCase({ resident: { givenName: 'Jeanne', familyName: 'Moreau', birthDate: '1980-05-04', email: 'jeanne.moreau@example.fr' } });
    await signInResident(h.core, {
      provider: 'franceconnect',
      issuer: 'https://fc.example',
      subject: 'sub-jeanne',
      level: 'eidas1',
      email: 'Jeanne.Moreau@example.fr',
      certified: { givenName: 'Jeanne', familyName: 'Moreau', birthDate: '1980-05-04', gender: 'female', birthplace: '75056', birthcountry: '99100', preferredUsername: null },
    } as never);
    const [identity] = await h.sql<{ residentId: string }[]>`select resident_id from identities where subject = 'sub-jeanne'`;
    const points = await pointsOf(identity!.residentId);
    expect(points.filter((p) => p.kind === 'email')).toEqual([expect.objectContaining({ value: 'jeanne.moreau@example.fr', verified: true, verifiedBy: 'franceconnect' })]);
    expect(identity!.residentId).toBe(c.residentId);
  });
});

describe('item 2: inbound mail is trusted only with proof', () => {
  it('a reference in the subject from an unproved sender is held for an agent and resumes nothing; DKIM-signed from her verified address, it threads', async () => {
    const hers = await marie('marie@example.org', '06 12 12 12 12');
    await h.call('POST', `/v1/cases/${hers.id}/escalate`, { body: {} });
    await h.call('POST', `/v1/cases/${hers.id}/status`, { body: { status: 'awaiting_resident', message: 'Une photo ?' } });

    // Forged From (no signature): held.
    await unsigned().sendMail({ from: 'Marie Dupont <marie@example.org>', to: 'guichet@ville.example', subject: `Re: [${hers.reference}] photo`, text: 'Voici (faux)' });
    // A stranger quoting the reference: held.
    await unsigned().sendMail({ from: 'pirate@evil.example', to: 'guichet@ville.example', subject: `[${hers.reference}]`, text: 'Annulez tout' });
    let c = (await h.call('GET', `/v1/cases/${hers.id}`)).body;
    expect(c.status).toBe('awaiting_resident');
    expect((await types(hers.id)).filter((t) => t === 'unverified_message')).toHaveLength(2);
    expect((await types(hers.id)).filter((t) => t === 'resident_message')).toHaveLength(0);
    // Not on the public timeline: the resident does not see what others wrote in her name.
    const publicTimeline = (await h.call('GET', `/v1/cases/${hers.id}/events`, { as: 'integrator' })).body.items as { type: string }[];
    expect(publicTimeline.map((e) => e.type)).not.toContain('unverified_message');

    // Signed by example.org (DMARC passes), from her verified address: threads and resumes.
    await signed().sendMail({ from: 'Marie Dupont <marie@example.org>', to: 'guichet@ville.example', subject: `Re: [${hers.reference}] photo`, text: 'Voici la photo' });
    c = (await h.call('GET', `/v1/cases/${hers.id}`)).body;
    expect(c.status).toBe('escalated');
    expect((await types(hers.id)).filter((t) => t === 'resident_message')).toHaveLength(1);

    // An agent accepts the stranger's message after checking: it joins the public timeline, once.
    const held = ((await h.call('GET', `/v1/cases/${hers.id}/events`)).body.items as { id: string; type: string; data: { from: string } }[]).find(
      (e) => e.type === 'unverified_message' && e.data.from === 'pirate@evil.example',
    )!;
    const accepted = await h.call('POST', `/v1/cases/${hers.id}/events/${held.id}/accept`, { as: 'supervisor' });
    expect(accepted.status).toBe(200);
    expect((await types(hers.id)).filter((t) => t === 'resident_message')).toHaveLength(2);
    expect((await h.call('POST', `/v1/cases/${hers.id}/events/${held.id}/accept`, { as: 'supervisor' })).status).toBe(409);
    // Any other event is not a held message.
    const other = ((await h.call('GET', `/v1/cases/${hers.id}/events`)).body.items as { id: string; type: string }[]).find((e) => e.type === 'case_created')!;
    expect((await h.call('POST', `/v1/cases/${hers.id}/events/${other.id}/accept`, { as: 'supervisor' })).status).toBe(404);
  });

  it('a new message from her address files on her record only when signed; forged, it opens a new record', async () => {
    const hers = await marie('marie.new@example.org', '06 13 13 13 13');
    await unsigned().sendMail({ from: 'marie.new@example.org', to: 'guichet@ville.example', subject: 'Poubelles', text: 'Forgé' });
    await signed().sendMail({ from: 'marie.new@example.org', to: 'guichet@ville.example', subject: 'Encombrants', text: 'Vrai' });
    const rows = await waitFor(async () => {
      const r = await h.sql<{ residentId: string; description: string }[]>`select resident_id, description from cases where channel = 'email' and description like any (array['Poubelles%', 'Encombrants%'])`;
      return r.length === 2 ? r : undefined;
    });
    expect(rows.find((r) => r.description.startsWith('Encombrants'))!.residentId).toBe(hers.residentId);
    expect(rows.find((r) => r.description.startsWith('Poubelles'))!.residentId).not.toBe(hers.residentId);
    // Her record gained nothing from the forged message.
    expect((await pointsOf(hers.residentId)).map((p) => p.value).sort()).toEqual(['06 13 13 13 13', 'marie.new@example.org']);
  });
});
