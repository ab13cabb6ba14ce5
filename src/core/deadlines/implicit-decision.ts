import type { RequestType } from '../model.js';
import { cityDay, dayFr } from '../city-day.js';

/**
 * When a decision is expected, the administration's silence is itself a decision (CRPA L231-1: acceptance after two
 * months; L231-4 and the listed exceptions: rejection), and the acknowledgement must say which and when (R112-5).
 * These periods are calendar periods, counted as the CRPA counts them — not business days: the decision arises on
 * the day with the same number `months` later (received 10 July, two months: 10 September), on the last day of
 * the month when that month is shorter (31 December: 28 or 29 February). It is not carried over a weekend or a
 * holiday: that extension is for the time a person has to act, not for the birth of a decision.
 */

/** The same day of the month `months` later, or the last day of that month. */
export function addCalendarMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** An implicit rejection may be challenged before the administrative court for two months from its birth (CJA R421-2). */
export const APPEAL_MONTHS = 2;

export const DEFAULT_APPEAL_ROUTES_FR =
  'par un recours gracieux adressé au maire, ou par un recours contentieux devant le tribunal administratif (y compris par l’application Télérecours citoyens, www.telerecours.fr)';

export interface DecisionNotice {
  kind: 'acceptance' | 'rejection';
  /** The day the period starts: the receipt, or the day an incomplete request was completed (L114-5). */
  startDay: string;
  /** The day the implicit decision arises (at the end of that day). */
  decisionDay: string;
  /** For a rejection: the last day to challenge it before the court. */
  appealUntil: string | null;
  appealRoutes: string | null;
}

/**
 * What a request of this type expects: nothing (a report, a question), or an implicit decision on a known day. The
 * period runs from receipt, or — for a request that was incomplete — from the day the missing items arrived.
 */
export function decisionNotice(rt: Pick<RequestType, 'implicitDecision' | 'implicitDecisionMonths' | 'appealRoutes'>, receivedAt: Date, completedAt: Date | null = null): DecisionNotice | null {
  const kind = rt.implicitDecision ?? 'none';
  if (kind === 'none') return null;
  const startDay = cityDay(completedAt ?? receivedAt);
  const decisionDay = addCalendarMonths(startDay, rt.implicitDecisionMonths ?? 2);
  return {
    kind,
    startDay,
    decisionDay,
    appealUntil: kind === 'rejection' ? addCalendarMonths(decisionDay, APPEAL_MONTHS) : null,
    appealRoutes: kind === 'rejection' ? (rt.appealRoutes ?? DEFAULT_APPEAL_ROUTES_FR) : null,
  };
}

/** The acknowledgement's lines on the implicit decision (R112-5), in French. */
export function decisionNoticeFr(n: DecisionNotice): string[] {
  if (n.kind === 'acceptance') {
    return [
      `Sans réponse de notre part au ${dayFr(n.decisionDay)}, votre demande sera réputée acceptée à cette date (décision implicite d’acceptation, article L. 231-1 du code des relations entre le public et l’administration).`,
      'Vous pourrez alors nous demander une attestation de cette acceptation (article L. 232-3 du même code).',
    ];
  }
  return [
    `Sans réponse de notre part au ${dayFr(n.decisionDay)}, votre demande sera réputée rejetée à cette date (décision implicite de rejet, article L. 231-4 du code des relations entre le public et l’administration).`,
    `Vous pourrez contester ce rejet jusqu’au ${dayFr(n.appealUntil!)} inclus, ${n.appealRoutes}.`,
  ];
}

/**
 * An incomplete request (L114-5): what is missing, by when, and that the period only starts once it has arrived.
 */
export function incompleteNoticeFr(n: DecisionNotice, missing: string, replyBy: string | null): string[] {
  return [
    `Votre demande est incomplète. Pièces ou informations manquantes : ${missing}`,
    ...(replyBy ? [`Merci de nous les transmettre au plus tard le ${dayFr(replyBy)}.`] : []),
    `Le délai au terme duquel votre demande sera réputée ${n.kind === 'acceptance' ? 'acceptée' : 'rejetée'} ne court qu’à compter de leur réception (article L. 114-5 du code des relations entre le public et l’administration).`,
  ];
}
