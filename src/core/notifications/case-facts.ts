import { calendarFor } from '../deadlines/directorate-calendar.js';
import { dueAt, startClock } from '../deadlines/deadline-clock.js';
import { minutesPerBusinessDay } from '../deadlines/business-time.js';
import type { Case } from '../model.js';
import { decisionNotice, type DecisionNotice } from '../deadlines/implicit-decision.js';
import type { CoreDeps } from '../ports.js';
import type { CityWords } from './templates-fr.js';

export interface CaseFacts {
  city: CityWords;
  requestTypeLabel: string;
  /** The service in charge and how to reach it, as the acknowledgement must state. */
  service: { name: string; email: string | null; phone: string | null; address: string | null; openingHours: string | null };
  /**
   * The escalation's due date (the one its workflow enforces), else the request type's delay from receipt in
   * the directorate's business days; null while the city waits for the resident.
   */
  expectedAnswerAt: Date | null;
  /** While paused: the business days the city will still take once the resident has answered. */
  remainingBusinessDays: number | null;
  /** The page where the resident follows the request (PUBLIC_BASE_URL/suivi/<reference>). */
  followUrl: string;
  /** When a decision is expected: what the administration's silence will be worth, and from when (CRPA). */
  decision: DecisionNotice | null;
  /** Missing items are awaited (L114-5): the decision's period waits for them. */
  missingItemsAwaited: boolean;
}

export function followUrl(deps: Pick<CoreDeps, 'city'>, reference: string): string {
  return `${deps.city.publicBaseUrl}/suivi/${reference}`;
}

/** What every message to a resident says about their case, computed one way for every channel. */
export async function caseFacts(deps: Pick<CoreDeps, 'store' | 'calendar' | 'city'>, c: Case): Promise<CaseFacts> {
  const [rt, d] = await Promise.all([deps.store.catalogue.requestTypeById(c.requestTypeId), deps.store.catalogue.directorateById(c.directorateId)]);
  const cal = calendarFor(deps.calendar, d);
  const paused = c.deadlineState === 'paused';
  return {
    city: deps.city,
    requestTypeLabel: rt?.label ?? c.requestTypeCode,
    service: { name: d?.name ?? '', email: d?.email ?? null, phone: d?.phone ?? null, address: d?.address ?? null, openingHours: d?.openingHours ?? null },
    expectedAnswerAt: paused ? null : (c.dueAt ?? (rt && !c.escalatedAt ? dueAt(startClock(c.createdAt, rt.deadlineDays, cal), cal) : null)),
    remainingBusinessDays: paused && c.remainingMinutes != null ? Math.ceil(c.remainingMinutes / minutesPerBusinessDay(cal)) : null,
    followUrl: followUrl(deps, c.reference),
    decision: rt ? decisionNotice(rt, c.createdAt, c.completedAt ?? null) : null,
    missingItemsAwaited: !!c.missingItemsAskedAt,
  };
}
