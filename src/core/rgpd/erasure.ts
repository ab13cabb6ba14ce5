import { assertCan, type Actor } from '../actor.js';
import { invalid, notFound } from '../errors.js';
import type { Case, RequestType } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { cityDay, dayFr } from '../city-day.js';
import { addCalendarMonths } from '../deadlines/implicit-decision.js';
import { logShown } from '../residents/access-log.js';

/**
 * The right to erasure (RGPD art. 17), handled by an agent on a resident's written request. What the city must
 * keep stays — a request still being handled, a decision that can still be challenged (legal holds) — and the
 * resident is told why; everything else is anonymised by the same path as retention, and when nothing is held,
 * the record itself is emptied (contact points, identities, sessions, name index; the name replaced).
 */
const OPEN: readonly Case['status'][] = ['received', 'in_progress', 'escalated', 'awaiting_resident', 'resolved'];
/** A decision can be appealed for two months, after an administrative appeal of two months at most. */
const APPEAL_WINDOW_MONTHS = 4;

/** Why the city must keep this case for now, in French; null when it may go. */
export function legalHold(c: Pick<Case, 'status' | 'updatedAt'>, rt: Pick<RequestType, 'implicitDecision'> | null, now: Date): string | null {
  if (OPEN.includes(c.status)) return 'La demande est en cours de traitement : elle est conservée jusqu’à sa clôture.';
  if (rt?.implicitDecision && rt.implicitDecision !== 'none') {
    const until = addCalendarMonths(cityDay(c.updatedAt), APPEAL_WINDOW_MONTHS);
    if (until >= cityDay(now)) return `La demande a donné lieu à une décision qui peut encore être contestée : elle est conservée jusqu’au ${dayFr(until)}.`;
  }
  return null;
}

export interface ErasureOutcome {
  /** The record itself was emptied (nothing was held). */
  recordErased: boolean;
  anonymised: string[];
  held: { reference: string; reasonFr: string }[];
  explanationFr: string;
}

export async function eraseResident(deps: CoreDeps, actor: Actor, residentId: string, input: { reason: string }): Promise<ErasureOutcome> {
  assertCan(actor, 'residents:merge');
  if (!input.reason.trim()) throw invalid('reason', 'Say what the request is (a letter of such date, a form…)');
  const ref = await deps.store.residents.findRef(residentId);
  if (!ref || ref.mergedInto) throw notFound('Resident');
  const now = deps.clock.now();
  const cases = await deps.store.cases.listForResident(ref.id, 10_000);
  const types = new Map((await deps.store.catalogue.listAllRequestTypes()).map((t) => [t.id, t]));
  const held: ErasureOutcome['held'] = [];
  const go: string[] = [];
  const goRefs: string[] = [];
  for (const c of cases) {
    const reason = legalHold(c, types.get(c.requestTypeId) ?? null, now);
    if (reason) held.push({ reference: c.reference, reasonFr: reason });
    else {
      go.push(c.id);
      goRefs.push(c.reference);
    }
  }
  await logShown(deps, actor, [{ residentId: ref.id }], `effacement (RGPD art. 17) : ${input.reason.trim().slice(0, 200)}`);
  const { storageKeys } = await deps.store.erasure.erase({ residentId: ref.id, caseIds: go, eraseRecord: held.length === 0, at: now });
  for (const k of storageKeys) await deps.files.delete(k).catch(() => {});
  return {
    recordErased: held.length === 0,
    anonymised: goRefs,
    held,
    explanationFr: held.length
      ? `Vos données ont été effacées, sauf pour ${held.length === 1 ? 'une demande que la ville doit conserver' : `${held.length} demandes que la ville doit conserver`} : ${held.map((h) => `${h.reference} (${h.reasonFr})`).join(' ; ')} Vous pourrez renouveler votre demande ensuite.`
      : 'Vos données ont été effacées : vos demandes sont anonymisées et votre dossier vidé.',
  };
}
