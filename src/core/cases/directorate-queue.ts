import { assertCan, caseScope, type Actor } from '../actor.js';
import { notFound } from '../errors.js';
import type { Case } from '../model.js';
import type { CoreDeps, Page, QueueFilter } from '../ports.js';
import { logShown } from '../residents/access-log.js';

/** A directorate's open escalated cases, soonest deadline first. Another directorate's queue answers 404. */
export async function directorateQueue(deps: CoreDeps, actor: Actor, directorateId: string, limit: number, cursor: string | null, filter: QueueFilter = {}): Promise<Page<Case>> {
  assertCan(actor, 'cases:work');
  const scope = caseScope(actor);
  if (scope && scope.directorateId !== directorateId) throw notFound('Directorate');
  const d = await deps.store.catalogue.directorateById(directorateId);
  if (!d) throw notFound('Directorate');
  const page = await deps.store.cases.queue(directorateId, limit, cursor, filter);
  await logShown(deps, actor, page.items.map((c) => ({ residentId: c.residentId, caseId: c.id })), 'file de la direction');
  return page;
}
