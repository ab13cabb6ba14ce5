import type { Actor } from '../actor.js';
import { DomainError } from '../errors.js';
import type { CoreDeps } from '../ports.js';

/**
 * Which directorates' work an agent oversees: a directorate agent their directorate; a supervisor the directorates
 * they supervise (every one for a city-wide supervisor, one supervising none in particular); an admin all. Counter
 * agents and integrators oversee none. The one rule for the alert inbox and the statistics.
 */
export async function overseenDirectorates(deps: CoreDeps, actor: Actor, what: string): Promise<string[] | 'all'> {
  if (actor.role === 'admin') return 'all';
  if (actor.role === 'directorate_agent') return [actor.directorateId ?? '-'];
  if (actor.role === 'supervisor') {
    if (!actor.agentId) {
      if (actor.directorateId) return [actor.directorateId];
      throw new DomainError('forbidden', `A supervisor's key without an agent or a directorate has no ${what}`);
    }
    const supervised = await deps.store.agents.supervisedBy(actor.agentId);
    return supervised.length ? supervised : 'all';
  }
  throw new DomainError('forbidden', `Only directorate agents, supervisors and admins have ${what}`);
}
