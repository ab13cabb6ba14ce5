import { assertCan, type Actor } from '../actor.js';
import { invalid } from '../errors.js';
import type { Case } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { caseEvent } from './case-event.js';
import { loadCaseForChange } from './load-case.js';

export async function assignCase(
  deps: CoreDeps,
  actor: Actor,
  caseId: string,
  input: { assigneeId: string | null; expectedVersion?: number | undefined },
): Promise<Case> {
  assertCan(actor, 'cases:work');
  return deps.store.transaction(async (tx) => {
    const c = await loadCaseForChange(tx, actor, caseId, input.expectedVersion);
    if (input.assigneeId) {
      const agent = await tx.agents.findById(input.assigneeId);
      if (!agent || !agent.active) throw invalid('assigneeId', 'Unknown or inactive agent');
      if (agent.role === 'directorate_agent' && agent.directorateId !== c.directorateId) {
        throw invalid('assigneeId', 'This agent belongs to another directorate; transfer the case first');
      }
    }
    const updated = await tx.cases.update({ ...c, assigneeId: input.assigneeId, updatedAt: deps.clock.now() });
    await tx.events.append(caseEvent(deps, c.id, 'case_assigned', 'internal', actor, { from: c.assigneeId, to: input.assigneeId }));
    return updated;
  });
}
