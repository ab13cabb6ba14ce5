import { calendarFor } from '../deadlines/directorate-calendar.js';
import { dueAt, startClock } from '../deadlines/deadline-clock.js';
import type { Case } from '../model.js';
import type { CoreDeps } from '../ports.js';

export interface CaseFacts {
  requestTypeLabel: string;
  /** The service in charge and how to reach it, as the acknowledgement must state. */
  service: { name: string; email: string | null; phone: string | null; address: string | null; openingHours: string | null };
  /** The escalation's due date, else the request type's delay from receipt in the directorate's business days. */
  expectedAnswerAt: Date | null;
}

/** What every message to a resident says about their case, computed one way for every channel. */
export async function caseFacts(deps: Pick<CoreDeps, 'store' | 'calendar'>, c: Case): Promise<CaseFacts> {
  const [rt, d] = await Promise.all([deps.store.catalogue.requestTypeById(c.requestTypeId), deps.store.catalogue.directorateById(c.directorateId)]);
  const cal = calendarFor(deps.calendar, d);
  return {
    requestTypeLabel: rt?.label ?? c.requestTypeCode,
    service: { name: d?.name ?? '', email: d?.email ?? null, phone: d?.phone ?? null, address: d?.address ?? null, openingHours: d?.openingHours ?? null },
    expectedAnswerAt: c.dueAt ?? (rt ? dueAt(startClock(c.createdAt, rt.deadlineDays, cal), cal) : null),
  };
}
