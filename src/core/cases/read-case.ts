import { assertCan, canSeeCase, caseScope, ownCasesOnly, seesInternalEvents, type Actor } from '../actor.js';
import { notFound } from '../errors.js';
import type { Case, CaseEvent } from '../model.js';
import type { CaseFilter, CoreDeps, Page } from '../ports.js';
import { logShown } from '../residents/access-log.js';

/** Why an agent opened a file, when they said so (X-Access-Purpose); shown to the resident. */
export interface ReadContext {
  purpose?: string | undefined;
  /** What the 404 names when the case is missing or not visible (a case's attachment, letter…): the same either way. */
  notFoundAs?: string | undefined;
}

/** A case read by an agent is a read of its resident's data: logged so the resident can see it. */
async function logCaseRead(deps: CoreDeps, actor: Actor, c: Case, ctx: ReadContext): Promise<void> {
  if (!c.residentId) return;
  await deps.store.accessLog.recordResidentAccess({
    residentId: c.residentId,
    actor: actor.agentId ?? actor.principalId,
    actorLabel: actor.label ?? null,
    role: actor.role,
    purpose: ctx.purpose ?? null,
    caseId: c.id,
    at: deps.clock.now(),
  });
}

async function loadVisibleCase(deps: CoreDeps, actor: Actor, caseId: string, ctx: ReadContext = {}): Promise<Case> {
  assertCan(actor, 'cases:read');
  const c = await deps.store.cases.findById(caseId);
  if (!c || !canSeeCase(actor, c)) throw notFound(ctx.notFoundAs ?? 'Case');
  return c;
}

export async function getCase(deps: CoreDeps, actor: Actor, caseId: string, ctx: ReadContext = {}): Promise<Case> {
  const c = await loadVisibleCase(deps, actor, caseId, ctx);
  await logCaseRead(deps, actor, c, ctx);
  return c;
}

export async function listCases(deps: CoreDeps, actor: Actor, filter: CaseFilter, limit: number, cursor: string | null, purpose?: string): Promise<Page<Case>> {
  assertCan(actor, 'cases:read');
  const own = ownCasesOnly(actor);
  if (own) filter = { ...filter, filedBy: own };
  const scope = caseScope(actor);
  if (scope) {
    // A directorate agent filtering on another directorate simply sees nothing.
    if (filter.directorateId && filter.directorateId !== scope.directorateId) return { items: [], nextCursor: null };
    filter = { ...filter, directorateId: scope.directorateId, reachedDirectorateOrAssignedTo: actor.agentId ?? '-' };
  }
  const page = await deps.store.cases.list(filter, limit, cursor);
  // Listing one resident's cases is reading their file.
  // (An empty list showed nothing of anyone — and may name a record that does not exist.)
  if (filter.residentId && page.items.length > 0) await logShown(deps, actor, [{ residentId: filter.residentId }], purpose ?? 'liste de ses demandes');
  return page;
}

export async function getCaseTimeline(
  deps: CoreDeps,
  actor: Actor,
  caseId: string,
  ctx: ReadContext & { limit?: number | undefined; cursor?: string | null | undefined } = {},
): Promise<Page<CaseEvent>> {
  return (await getCaseWithTimeline(deps, actor, caseId, ctx)).events;
}

/** A case and its timeline for one screen: loaded and logged once, as one read of the resident's data. */
export async function getCaseWithTimeline(
  deps: CoreDeps,
  actor: Actor,
  caseId: string,
  ctx: ReadContext & { limit?: number | undefined; cursor?: string | null | undefined } = {},
): Promise<{ case: Case; events: Page<CaseEvent> }> {
  const c = await loadVisibleCase(deps, actor, caseId, ctx);
  const [events] = await Promise.all([
    deps.store.events.pageForCase(c.id, { visibility: seesInternalEvents(actor) ? undefined : 'public', limit: ctx.limit ?? 100, cursor: ctx.cursor ?? null }),
    logCaseRead(deps, actor, c, ctx),
  ]);
  return { case: c, events };
}
