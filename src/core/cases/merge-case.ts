import { assertCan, assertCanSeeCase, type Actor } from '../actor.js';
import { DomainError, invalid } from '../errors.js';
import type { Case } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { caseEvent } from './case-event.js';
import { loadCaseForChange } from './load-case.js';
import { transitionCase } from './transition.js';

/** Links a duplicate case to its master: the duplicate ends `merged`, both timelines say so. */
export async function mergeCase(
  deps: CoreDeps,
  actor: Actor,
  caseId: string,
  input: { masterCaseId: string; expectedVersion?: number | undefined },
): Promise<Case> {
  assertCan(actor, 'cases:merge');
  if (input.masterCaseId === caseId) throw invalid('masterCaseId', 'A case cannot be merged into itself');
  return deps.store.transaction(async (tx) => {
    const c = await loadCaseForChange(tx, actor, caseId, input.expectedVersion);
    const master = await tx.cases.findById(input.masterCaseId, { forUpdate: true });
    try {
      assertCanSeeCase(actor, master);
    } catch {
      throw invalid('masterCaseId', 'Unknown master case');
    }
    if (master.status === 'merged') throw new DomainError('invalid_transition', `The master case is itself merged into ${master.mergedInto}`);
    const { case: updated } = await transitionCase(deps, tx, c, {
      to: 'merged',
      actor,
      eventType: 'case_merged',
      eventData: { masterCaseId: master.id, masterReference: master.reference },
      patch: { mergedInto: master.id },
    });
    await tx.events.append(caseEvent(deps, master.id, 'duplicate_linked', 'internal', actor, { duplicateCaseId: c.id, duplicateReference: c.reference }));
    return updated;
  });
}
