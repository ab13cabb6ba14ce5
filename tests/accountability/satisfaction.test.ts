import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityDay } from '../../src/core/city-day.js';
import { createHarness, type Harness } from '../harness.js';
import { waitFor } from '../eventually.js';
import { smtpPeer } from '../promises/smtp-peer.js';
import { smsPeer } from '../promises/sms-peer.js';

/**
 * Satisfaction after closure, as the resident receives it: the closing email (or SMS) at a real SMTP relay (or
 * HTTP gateway) carries a link; the one-question page records one answer; the directorate reads it on the timeline;
 * the statistics count it; a case closed again is never asked twice.
 */
let h: Harness & { close(): Promise<void> };
let mails: Awaited<ReturnType<typeof smtpPeer>>['mails'];
let relay: Awaited<ReturnType<typeof smtpPeer>>;
let sms: Awaited<ReturnType<typeof smsPeer>>['sms'];
let gateway: Awaited<ReturnType<typeof smsPeer>>;

beforeAll(async () => {
  relay = await smtpPeer();
  mails = relay.mails;
  gateway = await smsPeer();
  sms = gateway.sms;
  h = await createHarness({
    email: { sender: relay.sender, config: { domain: 'ville.example', defaultRequestTypeCode: 'REL-INFORMATION', autoRepliesPerSenderPerHour: 5 } },
    sms: gateway.option,
  });
});
afterAll(async () => {
  await h.close();
  await relay.close();
  await gateway.close();
});

async function closeCase(id: string) {
  await h.call('POST', `/v1/cases/${id}/escalate`, { body: {} });
  await h.call('POST', `/v1/cases/${id}/accept`, { as: 'directorate_agent' });
  expect((await h.call('POST', `/v1/cases/${id}/status`, { as: 'directorate_agent', body: { status: 'resolved', message: 'Le trou est rebouché.' } })).status).toBe(200);
  expect((await h.call('POST', `/v1/cases/${id}/status`, { as: 'directorate_agent', body: { status: 'closed' } })).status).toBe(200);
}

const form = (token: string, fields: Record<string, string>) =>
  h.app.request(`/avis/${token}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

describe('satisfaction after closure', () => {
  it('asked once by email, answered once on its page, read by the directorate, counted', async () => {
    const c = await h.newCase({ resident: { givenName: 'Inès', familyName: 'Garnier', email: 'ines.garnier@example.fr' } });
    await closeCase(c.id);
    await h.notifications.dispatchOnce();
    const closing = await waitFor(() => mails.find((m) => m.subject === `[${c.reference}] Votre demande est clôturée`));
    const resolved = mails.find((m) => m.subject === `[${c.reference}] Votre demande a été traitée`)!;
    expect(resolved.text).not.toContain('/avis/');
    const link = /http:\/\/localhost:8080\/avis\/([A-Za-z0-9_-]+)/.exec(closing.text!)!;
    expect(closing.text).toContain('Êtes-vous satisfait(e) de la façon dont votre demande a été traitée ?');
    const token = link[1]!;
    // Only the token's hash is stored.
    expect(JSON.stringify(await h.sql`select * from satisfaction_surveys`)).not.toContain(token);

    // Opening the link records nothing; the page asks the one question.
    const page = await h.app.request(`/avis/${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Êtes-vous satisfait(e) de la façon dont votre demande a été traitée ?');
    expect(html).toContain(c.reference);
    expect(await h.sql`select 1 from satisfaction_surveys where score is not null`).toHaveLength(0);
    // No choice: the question is asked again, with the error.
    const missing = await form(token, { comment: 'x' });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('Choisissez une réponse de 1 à 5.');
    const done = await form(token, { score: '4', comment: 'Rapide, merci. Un peu de gravier reste.' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Merci pour votre avis');
    // A second answer changes nothing.
    expect((await form(token, { score: '1' })).status).toBe(200);
    expect(await h.sql`select score, comment from satisfaction_surveys where case_id = ${c.id}`).toEqual([{ score: 4, comment: 'Rapide, merci. Un peu de gravier reste.' }]);
    const events = (await h.call('GET', `/v1/cases/${c.id}/events`, { as: 'directorate_agent' })).body.items.filter((e: any) => e.type === 'satisfaction_given');
    expect(events.map((e: any) => [e.visibility, e.data])).toEqual([['internal', { score: 4, comment: 'Rapide, merci. Un peu de gravier reste.' }]]);
    // The resident does not see it as news on the public timeline.
    expect((await h.call('GET', `/v1/cases/${c.id}/events`, { as: 'integrator' })).body.items.some((e: any) => e.type === 'satisfaction_given')).toBe(false);

    // Closed a second time (a closed case is final; here the database is set back by hand): never asked twice.
    mails.length = 0;
    await h.sql`update cases set status = 'resolved' where id = ${c.id}`;
    await h.call('POST', `/v1/cases/${c.id}/status`, { as: 'directorate_agent', body: { status: 'closed' } });
    await h.notifications.dispatchOnce();
    const again = await waitFor(() => mails.find((m) => m.subject === `[${c.reference}] Votre demande est clôturée`));
    expect(again.text).not.toContain('/avis/');

    // By SMS, the link is in the message.
    const phoned = await h.newCase({ channel: 'phone', resident: { givenName: 'Paul', familyName: 'Vidal', phone: '06 55 44 33 22' } });
    await closeCase(phoned.id);
    await h.notifications.dispatchOnce();
    const text = await waitFor(() => sms.find((s) => s.text.includes(`${phoned.reference} est clôturée`)));
    expect(text.text).toMatch(/Votre avis \(1 question\) : http:\/\/localhost:8080\/avis\/[A-Za-z0-9_-]{32}$/);

    // Counted: two asked, one answered with a 4, under the road directorate.
    const today = cityDay(new Date());
    const stats = await h.call('GET', `/v1/statistics/satisfaction?from=${today}&to=${today}`, { as: 'supervisor' });
    expect(stats.body.lines).toEqual([{ directorateId: 'voirie', asked: 2, answered: 1, responseRate: 0.5, averageScore: 4, score1: 0, score2: 0, score3: 0, score4: 1, score5: 0 }]);

    // An expired link says so, with a French page.
    await h.sql`update satisfaction_surveys set expires_at = now() - interval '1 day' where case_id = ${phoned.id}`;
    const smsToken = /avis\/([A-Za-z0-9_-]+)$/.exec(text.text)![1]!;
    const expired = await h.app.request(`/avis/${smsToken}`);
    expect(expired.status).toBe(404);
    expect(await expired.text()).toContain('Ce lien d’avis est inconnu ou a expiré.');
    expect((await form(smsToken, { score: '5' })).status).toBe(404);
    expect((await h.app.request('/avis/pas-un-jeton')).status).toBe(404);
  });
});
