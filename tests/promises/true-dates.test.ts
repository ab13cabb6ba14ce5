import { describe, expect, it } from 'vitest';
import { createHarness } from '../harness.js';

/**
 * The expected answer date a resident sees, on the French calendar: voirie keeps the city's default hours
 * (8:30–12:00, 13:30–17:00, Monday to Friday), 25 December and 1 January are holidays, VOI-ECLAIRAGE has
 * 5 business days. The core's clock is fixed, so each date is exact.
 */
describe('true dates for received, escalated, paused and resumed cases', () => {
  it('counts business days across Christmas, keeps the time left while paused and turns it back into a date', async () => {
    const clock = { at: new Date('2026-12-21T09:00:00Z'), now() { return this.at; } }; // Monday 21 Dec, 10:00 in Paris
    const h = await createHarness({ clock });
    try {
      const c = await h.newCase({ channel: 'phone', requestTypeCode: 'VOI-ECLAIRAGE', resident: { givenName: 'Hugo', familyName: 'Lemaire', phone: '06 45 67 89 10' } });
      const code = c.trackingCode as string;
      const track = async () => (await h.call('GET', `/v1/public/cases/${c.reference}?code=${code}`, { as: null })).body;

      // Received: 5 business days from Monday 10:00, Friday 25 December off → Tuesday 29 December 10:00.
      expect((await track()).expectedAnswerAt).toBe('2026-12-29T09:00:00.000Z');

      // Escalated at the same moment: the directorate's due date is the same.
      const escalated = await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
      expect(escalated.body.dueAt).toBe('2026-12-29T09:00:00.000Z');

      // Asked a question on Wednesday 23 December at 15:00: 1,050 business minutes used, 1,050 left (2.5 days).
      clock.at = new Date('2026-12-23T14:00:00Z');
      const asked = await h.call('POST', `/v1/cases/${c.id}/status`, { as: 'directorate_agent', body: { status: 'awaiting_resident', message: 'Quel numéro de lampadaire ?' } });
      expect(asked.status).toBe(200);
      expect(asked.body).toMatchObject({ dueAt: null, deadlineState: 'paused', remainingBusinessMinutes: 1050 });
      const paused = await track();
      expect(paused.expectedAnswerAt).toBeNull();
      expect(paused.remainingBusinessDays).toBe(3);
      expect(paused.expectedAnswerFr).toBe('En attente de votre réponse — réponse prévue 3 jours ouvrés après votre retour.');

      // Answered on Monday 4 January at 9:00 (1 January was a Friday, a holiday, but the clock was paused):
      // 390 minutes that Monday, 420 on Tuesday, 240 on Wednesday → Wednesday 6 January 14:00.
      clock.at = new Date('2027-01-04T08:00:00Z');
      const resumed = await h.call('POST', `/v1/cases/${c.id}/status`, { as: 'directorate_agent', body: { status: 'in_progress' } });
      expect(resumed.body).toMatchObject({ dueAt: '2027-01-06T13:00:00.000Z', deadlineState: 'on_track', remainingBusinessMinutes: null });
      const back = await track();
      expect(back.expectedAnswerAt).toBe('2027-01-06T13:00:00.000Z');
      expect(back.expectedAnswerFr).toBe('Nous vous répondrons au plus tard le 6 janvier 2027 (délai compté en jours ouvrés).');
    } finally {
      await h.close();
    }
  });
});
