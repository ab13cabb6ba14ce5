import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../harness.js';
import { waitFor } from '../eventually.js';
import { smtpPeer } from '../promises/smtp-peer.js';
import { smsPeer } from '../promises/sms-peer.js';
import { pdfText } from '../pdf-text.js';
import { residentSession } from '../resident-session.js';
import { TEST_KEYS } from '../setup/test-keys.js';

/**
 * CRPA-complete acknowledgements, as residents receive them on 31 December 2025 (the city's clock is set there):
 * a request whose silence is worth rejection after two months is answered by 28 February 2026 — no 31 February —
 * and may be challenged until 28 April 2026; one worth acceptance says so and how to get the attestation; a report says
 * nothing of the kind. By email (at a real SMTP relay), by SMS (at a real gateway), on the counter receipt and the
 * postal letter (PDF text), online. An incomplete request (L114-5) is told what is missing, by when, and that the
 * period runs from their arrival — and when they arrive, it does.
 */
let h: Harness & { close(): Promise<void> };
let mails: Awaited<ReturnType<typeof smtpPeer>>['mails'];
let relay: Awaited<ReturnType<typeof smtpPeer>>;
let sms: Awaited<ReturnType<typeof smsPeer>>['sms'];
let gateway: Awaited<ReturnType<typeof smsPeer>>;
// In the past, so the dispatcher (which claims by the database's time) sends what is queued at once.
let now = new Date('2025-12-31T10:00:00Z');

const REJECTION = [
  'Sans réponse de notre part au 28 février 2026, votre demande sera réputée rejetée à cette date (décision implicite de rejet, article L. 231-4 du code des relations entre le public et l’administration).',
  'Vous pourrez contester ce rejet jusqu’au 28 avril 2026 inclus, par un recours gracieux adressé au maire, ou par un recours contentieux devant le tribunal administratif (y compris par l’application Télérecours citoyens, www.telerecours.fr).',
];
const ACCEPTANCE = [
  'Sans réponse de notre part au 28 février 2026, votre demande sera réputée acceptée à cette date (décision implicite d’acceptation, article L. 231-1 du code des relations entre le public et l’administration).',
  'Vous pourrez alors nous demander une attestation de cette acceptation (article L. 232-3 du même code).',
];
const OCCUPATION = { requestTypeCode: 'VOI-OCCUPATION', description: 'Benne pour un déménagement', extra: { dateSouhaitee: '2026-01-20' } };

beforeAll(async () => {
  relay = await smtpPeer();
  mails = relay.mails;
  gateway = await smsPeer();
  sms = gateway.sms;
  h = await createHarness({
    clock: { now: () => now },
    email: { sender: relay.sender, config: { domain: 'ville.example', defaultRequestTypeCode: 'REL-INFORMATION', autoRepliesPerSenderPerHour: 5 } },
    sms: gateway.option,
  });
});
afterAll(async () => {
  await h.close();
  await relay.close();
  await gateway.close();
});

const unfold = (s: string) => s.replace(/\s+/g, ' ');
const receipt = async (id: string) => unfold(pdfText(Buffer.from(await (await h.app.request(`/v1/cases/${id}/acknowledgement.pdf`, { headers: { authorization: `Bearer ${TEST_KEYS.counter_agent}` } })).arrayBuffer())));

describe('acknowledgements state what silence will decide (CRPA R112-5)', () => {
  it('by email, by SMS, on the counter receipt, on the postal letter, online — and nothing for a report', async () => {
    const web = await h.newCase({ ...OCCUPATION, channel: 'web', resident: { givenName: 'Inès', familyName: 'Garnier', email: 'ines.garnier@example.fr' } });
    const phoned = await h.newCase({ ...OCCUPATION, channel: 'phone', resident: { givenName: 'Paul', familyName: 'Vidal', phone: '06 55 44 33 22' } });
    const posted = await h.newCase({ channel: 'postal', requestTypeCode: 'VOI-STATIONNEMENT-RESIDENT', description: 'Carte résident', resident: { givenName: 'Rose', familyName: 'Blanc', postalAddress: '2 place du Marché, 69002 Lyon' } });
    const counter = await h.newCase({ ...OCCUPATION, channel: 'counter', resident: { givenName: 'Léa', familyName: 'Roy', phone: '06 00 00 00 09' } });
    const report = await h.newCase({ channel: 'web', requestTypeCode: 'VOI-NID-POULE', resident: { givenName: 'Jules', familyName: 'Petit', email: 'jules.petit@example.fr' } });
    await h.notifications.dispatchOnce();

    const mail = await waitFor(() => mails.find((m) => m.subject === `[${web.reference}] Accusé de réception de votre demande`));
    expect(unfold(mail.text!)).toContain(REJECTION.join(' '));
    const text = await waitFor(() => sms.find((s) => s.text.includes(phoned.reference)));
    expect(text.text).toContain(' Sans réponse au 28 février 2026 : demande réputée rejetée (voies de recours sur la page de suivi).');
    expect(await receipt(counter.id)).toContain(unfold(REJECTION.join(' ')));
    const [letter] = await h.sql<{ id: string }[]>`select id from notifications where case_id = ${posted.id} and kind = 'acknowledgement'`;
    const pdf = await h.app.request(`/v1/letters/${letter!.id}/letter.pdf`, { headers: { authorization: `Bearer ${TEST_KEYS.counter_agent}` } });
    expect(pdf.status).toBe(200);
    expect(unfold(pdfText(Buffer.from(await pdf.arrayBuffer())))).toContain(unfold(ACCEPTANCE.join(' ')));
    // Online: the follow-up with the code, and the registration receipt page's source (the same view).
    const online = await h.call('GET', `/v1/public/cases/${web.reference}?code=${web.trackingCode}`, { as: null });
    expect(online.body.implicitDecisionFr).toEqual(REJECTION);
    const page = await h.app.request('/suivi', { method: 'POST', body: new URLSearchParams({ reference: web.reference, code: web.trackingCode }) });
    expect(unfold(await page.text())).toContain('<dt>Sans réponse de notre part</dt>');
    // A report expects no decision: nothing of the kind anywhere.
    const reportMail = await waitFor(() => mails.find((m) => m.subject === `[${report.reference}] Accusé de réception de votre demande`));
    expect(reportMail.text).not.toContain('réputée');
    expect((await h.call('GET', `/v1/public/cases/${report.reference}?code=${report.trackingCode}`, { as: null })).body.implicitDecisionFr).toBeNull();
  });

  it('an incomplete request: what is missing, by when, the period waiting — then starting again on completion', async () => {
    const c = await h.newCase({ ...OCCUPATION, channel: 'web', resident: { givenName: 'Nora', familyName: 'Lambert', email: 'nora.lambert@example.fr' } });
    await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
    await h.call('POST', `/v1/cases/${c.id}/accept`, { as: 'directorate_agent' });
    // A bad day to reply by is refused before anything is written.
    expect((await h.call('POST', `/v1/cases/${c.id}/status`, { as: 'directorate_agent', body: { status: 'awaiting_resident', message: 'x', missingItems: true, replyBy: '2025-12-01' } })).status).toBe(422);
    expect((await h.call('POST', `/v1/cases/${c.id}/status`, { as: 'directorate_agent', body: { status: 'in_progress', missingItems: true } })).status).toBe(422);
    const asked = await h.call('POST', `/v1/cases/${c.id}/status`, { as: 'directorate_agent', body: { status: 'awaiting_resident', message: 'le plan de situation de la benne.', missingItems: true, replyBy: '2026-01-15' } });
    expect(asked.status).toBe(200);
    await h.notifications.dispatchOnce();
    const mail = await waitFor(() => mails.find((m) => m.subject === `[${c.reference}] Votre demande attend une réponse de votre part`));
    expect(unfold(mail.text!)).toContain(
      [
        'Votre demande est incomplète. Pièces ou informations manquantes : le plan de situation de la benne.',
        'Merci de nous les transmettre au plus tard le 15 janvier 2026.',
        'Le délai au terme duquel votre demande sera réputée rejetée ne court qu’à compter de leur réception (article L. 114-5 du code des relations entre le public et l’administration).',
      ].join(' '),
    );
    const waiting = await h.call('GET', `/v1/public/cases/${c.reference}?code=${c.trackingCode}`, { as: null });
    expect(waiting.body.implicitDecisionFr).toEqual(['Le délai au terme duquel votre demande sera réputée rejetée ne court qu’à compter de leur réception (article L. 114-5 du code des relations entre le public et l’administration).']);

    // The resident sends the plan on 20 January 2026, from their space: the two months run from then.
    now = new Date('2026-01-20T15:00:00Z');
    const cookie = await residentSession(h, c.residentId, 'nora-session-0123456789');
    const sent = await h.app.request(`/v1/me/cases/${c.id}/messages`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ body: 'Voici le plan.' }) });
    expect(sent.status).toBe(201);
    const completed = await h.call('GET', `/v1/public/cases/${c.reference}?code=${c.trackingCode}`, { as: null });
    expect(completed.body.implicitDecisionFr).toEqual([
      'Sans réponse de notre part au 20 mars 2026, votre demande sera réputée rejetée à cette date (décision implicite de rejet, article L. 231-4 du code des relations entre le public et l’administration).',
      'Vous pourrez contester ce rejet jusqu’au 20 mai 2026 inclus, par un recours gracieux adressé au maire, ou par un recours contentieux devant le tribunal administratif (y compris par l’application Télérecours citoyens, www.telerecours.fr).',
    ]);
  });
});
