import { assertCan, assertCanSeeCase, type Actor } from '../actor.js';
import { assertTransition, STATUS_LABELS_FR } from '../case-status.js';
import { DomainError, invalid } from '../errors.js';
import type { Case } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { caseEvent } from './case-event.js';
import { loadCaseForChange } from './load-case.js';

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
    assertTransition(c.status, 'merged');
    const now = deps.clock.now();
    const updated = await tx.cases.update({ ...c, status: 'merged', mergedInto: master.id, updatedAt: now });
    if (c.escalatedAt) await tx.outbox.add(c.id, { kind: 'ended' }, now);
    await tx.events.appendMany([
      caseEvent(deps, c.id, 'case_merged', 'public', actor, {
        from: c.status,
        to: 'merged',
        labelFr: STATUS_LABELS_FR.merged,
        masterCaseId: master.id,
        masterReference: master.reference,
      }),
      caseEvent(deps, master.id, 'duplicate_linked', 'internal', actor, { duplicateCaseId: c.id, duplicateReference: c.reference }),
    ]);
    return updated;
  });
}
