import type { Actor } from '../actor.js';
import { DomainError, notFound } from '../errors.js';
import type { CoreDeps, Page, StaffAlert } from '../ports.js';
import { overseenDirectorates } from '../agents/directorate-scope.js';

/** Who reads which alerts: the directorates an agent oversees (one rule, agents/directorate-scope.ts). */
async function alertScope(deps: CoreDeps, actor: Actor): Promise<{ agentId: string; directorateIds: string[] | 'all' }> {
  if (!actor.agentId || !['directorate_agent', 'supervisor', 'admin'].includes(actor.role)) {
    throw new DomainError('forbidden', 'Only directorate agents, supervisors and admins signed in as an agent have an alert inbox');
  }
  return { agentId: actor.agentId, directorateIds: await overseenDirectorates(deps, actor, 'alert inbox') };
}

/** The signed-in agent's alert inbox, newest first. */
export async function listAlerts(deps: CoreDeps, actor: Actor, q: { unreadOnly: boolean; limit: number; cursor: string | null }): Promise<Page<StaffAlert>> {
  const scope = await alertScope(deps, actor);
  return deps.store.notifications.staffAlerts({ ...scope, audiences: ['directorate', 'supervisor'], unreadOnly: q.unreadOnly }, q.limit, q.cursor);
}

/** Marks an alert read for this agent; another directorate's alert answers like a missing one. */
export async function markAlertRead(deps: CoreDeps, actor: Actor, alertId: string): Promise<void> {
  const scope = await alertScope(deps, actor);
  const alert = await deps.store.notifications.findStaffAlert(alertId);
  if (!alert || (scope.directorateIds !== 'all' && !scope.directorateIds.includes(alert.directorateId))) throw notFound('Alert');
  await deps.store.notifications.markAlertRead(alert.id, scope.agentId, deps.clock.now());
}
