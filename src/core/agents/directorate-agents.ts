import { assertCan, caseScope, type Actor } from '../actor.js';
import { notFound } from '../errors.js';
import type { CoreDeps } from '../ports.js';

export interface DirectorateAgent {
  id: string;
  displayName: string;
  absent: boolean;
}

/**
 * The agents a directorate's cases can be handed to (its active directorate agents), by name: for the queue's
 * assignee filter and the case page's "assign to". Another directorate's agents answer 404 to a directorate agent.
 */
export async function directorateAgents(deps: CoreDeps, actor: Actor, directorateId: string): Promise<DirectorateAgent[]> {
  assertCan(actor, 'cases:work');
  const scope = caseScope(actor);
  if (scope && scope.directorateId !== directorateId) throw notFound('Directorate');
  const agents = await deps.store.agents.list();
  return agents
    .filter((a) => a.active && a.role === 'directorate_agent' && a.directorateId === directorateId)
    .map((a) => ({ id: a.id, displayName: a.displayName, absent: a.absent }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
}
