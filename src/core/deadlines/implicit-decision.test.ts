import { describe, expect, it } from 'vitest';
import { addCalendarMonths, decisionNotice, decisionNoticeFr, incompleteNoticeFr } from './implicit-decision.js';

const rejection = { implicitDecision: 'rejection' as const, implicitDecisionMonths: 2, appealRoutes: null };
const acceptance = { implicitDecision: 'acceptance' as const, implicitDecisionMonths: 2, appealRoutes: null };

describe('the CRPA’s calendar periods (worked examples)', () => {
  it('ends on the day with the same number, or the last day of a shorter month', () => {
    expect(addCalendarMonths('2027-02-01', 2)).toBe('2027-04-01'); // received 1 February: decision on 1 April
    expect(addCalendarMonths('2026-07-10', 2)).toBe('2026-09-10');
    expect(addCalendarMonths('2026-12-31', 2)).toBe('2027-02-28'); // no 31 February
    expect(addCalendarMonths('2027-12-31', 2)).toBe('2028-02-29'); // a leap year
    expect(addCalendarMonths('2026-08-31', 2)).toBe('2026-10-31');
    expect(addCalendarMonths('2026-11-30', 2)).toBe('2027-01-30');
    expect(addCalendarMonths('2026-10-15', 4)).toBe('2027-02-15');
  });

  it('counts from the day of receipt in Paris, not in UTC, and does not skip weekends or holidays', () => {
    // 31 March 2027 at 23:30 UTC is 1 April 01:30 in Paris.
    expect(decisionNotice(acceptance, new Date('2027-03-31T23:30:00Z'))).toMatchObject({ startDay: '2027-04-01', decisionDay: '2027-06-01' });
    // Received 1 March 2027: 1 May (a Saturday and a public holiday) stays the day.
    expect(decisionNotice(acceptance, new Date('2027-03-01T09:00:00Z'))!.decisionDay).toBe('2027-05-01');
  });

  it('gives a rejection its appeal deadline: two months after the implicit decision', () => {
    const n = decisionNotice(rejection, new Date('2027-01-15T10:00:00Z'))!;
    expect(n).toEqual({ kind: 'rejection', startDay: '2027-01-15', decisionDay: '2027-03-15', appealUntil: '2027-05-15', appealRoutes: expect.stringContaining('tribunal administratif') });
    expect(decisionNoticeFr(n)).toEqual([
      'Sans réponse de notre part au 15 mars 2027, votre demande sera réputée rejetée à cette date (décision implicite de rejet, article L. 231-4 du code des relations entre le public et l’administration).',
      'Vous pourrez contester ce rejet jusqu’au 15 mai 2027 inclus, par un recours gracieux adressé au maire, ou par un recours contentieux devant le tribunal administratif (y compris par l’application Télérecours citoyens, www.telerecours.fr).',
    ]);
    expect(decisionNoticeFr(decisionNotice({ ...rejection, appealRoutes: 'devant le tribunal administratif de Lyon' }, new Date('2027-01-15T10:00:00Z'))!)[1]).toBe(
      'Vous pourrez contester ce rejet jusqu’au 15 mai 2027 inclus, devant le tribunal administratif de Lyon.',
    );
  });

  it('tells an acceptance how to get its attestation', () => {
    expect(decisionNoticeFr(decisionNotice(acceptance, new Date('2027-02-01T08:00:00Z'))!)).toEqual([
      'Sans réponse de notre part au 1er avril 2027, votre demande sera réputée acceptée à cette date (décision implicite d’acceptation, article L. 231-1 du code des relations entre le public et l’administration).',
      'Vous pourrez alors nous demander une attestation de cette acceptation (article L. 232-3 du même code).',
    ]);
  });

  it('expects nothing of a report or a question', () => {
    expect(decisionNotice({ implicitDecision: 'none', implicitDecisionMonths: 2, appealRoutes: null }, new Date())).toBeNull();
    expect(decisionNotice({}, new Date())).toBeNull();
  });

  it('an incomplete request (L114-5): the missing items, the deadline to send them, the period running from their arrival', () => {
    // Received 5 January 2027, incomplete; the missing items asked by 5 February arrive on 20 February.
    const asked = decisionNotice(rejection, new Date('2027-01-05T09:00:00Z'))!;
    expect(incompleteNoticeFr(asked, 'le plan de situation de la benne.', '2027-02-05')).toEqual([
      'Votre demande est incomplète. Pièces ou informations manquantes : le plan de situation de la benne.',
      'Merci de nous les transmettre au plus tard le 5 février 2027.',
      'Le délai au terme duquel votre demande sera réputée rejetée ne court qu’à compter de leur réception (article L. 114-5 du code des relations entre le public et l’administration).',
    ]);
    const completed = decisionNotice(rejection, new Date('2027-01-05T09:00:00Z'), new Date('2027-02-20T16:00:00Z'))!;
    expect(completed).toMatchObject({ startDay: '2027-02-20', decisionDay: '2027-04-20', appealUntil: '2027-06-20' });
  });
});
