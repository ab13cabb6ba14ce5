import { assertCan, assertCanSeeCase, caseScope, type Actor } from '../actor.js';
import type { Case, CaseEvent } from '../model.js';
import type { CaseFilter, CoreDeps, Page } from '../ports.js';

export async function getCase(deps: CoreDeps, actor: Actor, caseId: string): Promise<Case> {
  assertCan(actor, 'cases:read');
  const c = await deps.store.cases.findById(caseId);
  assertCanSeeCase(actor, c);
  return c;
}

export async function listCases(deps: CoreDeps, actor: Actor, filter: CaseFilter, limit: number, cursor: string | null): Promise<Page<Case>> {
  assertCan(actor, 'cases:read');
  const scope = caseScope(actor);
  if (scope) {
    // A directorate agent filtering on another directorate simply sees nothing.
    if (filter.directorateId && filter.directorateId !== scope.directorateId) return { items: [], nextCursor: null };
    filter = { ...filter, directorateId: scope.directorateId };
  }
  return deps.store.cases.list(filter, limit, cursor);
}

export async function getCaseTimeline(deps: CoreDeps, actor: Actor, caseId: string): Promise<CaseEvent[]> {
  const c = await getCase(deps, actor, caseId);
  return deps.store.events.listForCase(c.id);
}
