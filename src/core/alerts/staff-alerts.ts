import type { Actor } from '../actor.js';
import { DomainError, notFound } from '../errors.js';
import type { CoreDeps, Page, StaffAlert } from '../ports.js';

/**
 * Who reads which alerts: a directorate agent those of their directorate; a supervisor those of the
 * directorates they supervise (every directorate for a city-wide supervisor, one supervising none in
 * particular); an admin all. Counter agents and integrators have no inbox.
 */
async function alertScope(deps: CoreDeps, actor: Actor): Promise<{ agentId: string; directorateIds: string[] | 'all' }> {
  if (!actor.agentId || !['directorate_agent', 'supervisor', 'admin'].includes(actor.role)) {
    throw new DomainError('forbidden', 'Only directorate agents, supervisors and admins signed in as an agent have an alert inbox');
  }
  if (actor.role === 'directorate_agent') return { agentId: actor.agentId, directorateIds: [actor.directorateId ?? '-'] };
  if (actor.role === 'supervisor') {
    const supervised = await deps.store.agents.supervisedBy(actor.agentId);
    return { agentId: actor.agentId, directorateIds: supervised.length ? supervised : 'all' };
  }
  return { agentId: actor.agentId, directorateIds: 'all' };
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
