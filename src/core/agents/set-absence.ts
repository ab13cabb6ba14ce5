import { assertCan, type Actor } from '../actor.js';
import { notFound } from '../errors.js';
import type { CoreDeps } from '../ports.js';

/** An absent agent gets no new escalations; their open cases stay theirs. */
export async function setAgentAbsence(deps: CoreDeps, actor: Actor, agentId: string, absent: boolean): Promise<void> {
  assertCan(actor, 'agents:manage');
  if (!(await deps.store.agents.setAbsent(agentId, absent))) throw notFound('Agent');
}
