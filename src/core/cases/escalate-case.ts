import { assertCan, type Actor } from '../actor.js';
import { calendarFor } from '../deadlines/directorate-calendar.js';
import { dueAt, startClock } from '../deadlines/deadline-clock.js';
import { invalid } from '../errors.js';
import type { Case, RequestType } from '../model.js';
import type { CoreDeps, Repositories } from '../ports.js';
import { transitionCase } from './transition.js';
import { queueResidentNotification } from '../notifications/resident-notifications.js';
import { loadCaseForChange } from './load-case.js';

/**
 * Which directorate answers: the one the agent names, else a routing rule for the location's
 * postcode sector, else the request type's owner.
 */
async function route(tx: Repositories, c: Case, owner: RequestType | null, named: string | undefined): Promise<string> {
  if (named) {
    const d = await tx.catalogue.directorateById(named);
    if (!d) throw invalid('directorateId', 'Unknown directorate');
    return d.id;
  }
  if (c.location?.postcode) {
    const byPostcode = await tx.catalogue.routeByPostcode(c.requestTypeCode, c.location.postcode);
    if (byPostcode) return byPostcode;
  }
  return owner?.directorateId ?? c.directorateId;
}

/**
 * Hands a case to a directorate, assigns it to the least-loaded present agent there (or leaves it
 * in the queue), and starts its deadline. The escalation workflow is started after the commit
 * through the outbox, so a Temporal outage never loses an escalation.
 */
export async function escalateCase(
  deps: CoreDeps,
  actor: Actor,
  caseId: string,
  input: { directorateId?: string | undefined; reason?: string | undefined; expectedVersion?: number | undefined },
): Promise<Case> {
  assertCan(actor, 'cases:work');
  return deps.store.transaction(async (tx) => {
    const c = await loadCaseForChange(tx, actor, caseId, input.expectedVersion);
    return escalateInTransaction(deps, tx, actor, c, input);
  });
}

/** The escalation itself, inside the caller's transaction (also used when a case is recorded). */
export async function escalateInTransaction(
  deps: CoreDeps,
  tx: Repositories,
  actor: Actor,
  c: Case,
  input: { directorateId?: string | undefined; reason?: string | undefined },
): Promise<Case> {
  const rt = await tx.catalogue.requestTypeById(c.requestTypeId);
  const directorateId = await route(tx, c, rt, input.directorateId);
  const calendar = calendarFor(deps.calendar, await tx.catalogue.directorateById(directorateId));
  const deadlineDays = rt?.deadlineDays ?? 15;
  const now = deps.clock.now();
  const assigneeId = await tx.agents.leastLoaded(directorateId);
  const firstEscalation = !c.escalatedAt;
  const due = firstEscalation ? dueAt(startClock(now, deadlineDays, calendar), calendar) : null;
  const { case: updated, event } = await transitionCase(deps, tx, c, {
    to: 'escalated',
    actor,
    eventType: 'case_escalated',
    eventData: { directorateId, assigneeId, dueAt: firstEscalation ? (due?.toISOString() ?? null) : (c.dueAt?.toISOString() ?? null), ...(input.reason ? { reason: input.reason } : {}) },
    patch: {
      directorateId,
      assigneeId,
      acceptedAt: null,
      escalatedAt: c.escalatedAt ?? now,
      ...(firstEscalation ? { dueAt: due, deadlineState: 'on_track' as const, remainingMinutes: null } : {}),
    },
    signal: firstEscalation ? { kind: 'escalation_started', deadlineDays, calendar } : { kind: 'resumed' },
  });
  // Told once, when the case first reaches a directorate (not at each transfer).
  if (firstEscalation && c.residentId) await queueResidentNotification(deps, tx, updated, 'case_escalated', event.id);
  return updated;
}
