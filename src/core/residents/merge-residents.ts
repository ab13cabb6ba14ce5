import { assertCan, type Actor } from '../actor.js';
import { caseEvent } from '../cases/case-event.js';
import { DomainError, invalid, notFound } from '../errors.js';
import type { CoreDeps, ResidentMergeRecord } from '../ports.js';
import { sameCertifiedPerson } from '../identity/certified-identity.js';

/**
 * Merges a duplicate record into the surviving one: cases and contact points move,
 * each moved case's timeline says so, and the audit entry lists exactly what moved
 * so the merge can be undone.
 */
export async function mergeResidents(
  deps: CoreDeps,
  actor: Actor,
  input: { survivorId: string; duplicateId: string },
): Promise<ResidentMergeRecord> {
  assertCan(actor, 'residents:merge');
  if (input.survivorId === input.duplicateId) throw invalid('duplicateId', 'A resident cannot be merged into itself');
  return deps.store.transaction(async (tx) => {
    const survivor = await tx.residents.findById(input.survivorId);
    if (!survivor) throw notFound('Resident');
    const duplicate = await tx.residents.findById(input.duplicateId);
    if (!duplicate) throw invalid('duplicateId', 'Unknown resident');
    if (survivor.mergedInto) throw new DomainError('conflict', `The surviving record is itself merged into ${survivor.mergedInto}`);
    if (duplicate.mergedInto) throw new DomainError('conflict', `This record was already merged into ${duplicate.mergedInto}`);
    // Two records each certified by FranceConnect as different people stay apart: merged, each would see the other's cases.
    const [survivorIds, duplicateIds] = await Promise.all([tx.identities.forResident(survivor.id), tx.identities.forResident(duplicate.id)]);
    const certifiedA = survivorIds.flatMap((i) => (i.certified ? [i.certified] : []));
    const certifiedB = duplicateIds.flatMap((i) => (i.certified ? [i.certified] : []));
    if (certifiedA.length && certifiedB.length && !certifiedA.some((a) => certifiedB.some((b) => sameCertifiedPerson(a, b)))) {
      throw new DomainError('conflict', 'Both records carry identities certified by FranceConnect, and they are different people: they cannot be merged', {
        detailFr: 'Ces deux dossiers portent chacun une identité certifiée par FranceConnect, et ce sont deux personnes différentes : ils ne peuvent pas être fusionnés.',
        reason: 'different_certified_identities',
      });
    }
    const now = deps.clock.now();
    const movedCaseIds = await tx.cases.reassignResident('all', duplicate.id, survivor.id);
    const movedContactPointIds = await tx.residents.moveContactPoints('all', duplicate.id, survivor.id);
    await tx.residents.setMergedInto(duplicate.id, survivor.id, now);
    await tx.residents.touch(survivor.id, now);
    await tx.residents.dismissDuplicateCandidates(survivor.id, duplicate.id, now);
    const record: ResidentMergeRecord = {
      id: deps.newId(),
      survivorId: survivor.id,
      mergedId: duplicate.id,
      movedCaseIds,
      movedContactPointIds,
      mergedBy: actor.agentId ?? actor.principalId,
      createdAt: now,
      undoneAt: null,
      undoneBy: null,
    };
    await tx.residentMerges.insert(record);
    await tx.events.appendMany(
      movedCaseIds.map((caseId) =>
        caseEvent(deps, caseId, 'resident_merged', 'internal', actor, { fromResidentId: duplicate.id, toResidentId: survivor.id, mergeId: record.id }),
      ),
    );
    return record;
  });
}

export async function undoResidentMerge(deps: CoreDeps, actor: Actor, mergeId: string): Promise<ResidentMergeRecord> {
  assertCan(actor, 'residents:merge');
  return deps.store.transaction(async (tx) => {
    const m = await tx.residentMerges.findById(mergeId, { forUpdate: true });
    if (!m) throw notFound('Resident merge');
    if (m.undoneAt) throw new DomainError('conflict', 'This merge was already undone');
    const now = deps.clock.now();
    // Only what the merge moved goes back; cases created on the survivor since then stay there.
    await tx.cases.reassignResident(m.movedCaseIds, m.survivorId, m.mergedId);
    await tx.residents.moveContactPoints(m.movedContactPointIds, m.survivorId, m.mergedId);
    await tx.residents.setMergedInto(m.mergedId, null, now);
    await tx.residents.touch(m.survivorId, now);
    await tx.residentMerges.markUndone(m.id, actor.agentId ?? actor.principalId, now);
    await tx.events.appendMany(
      m.movedCaseIds.map((caseId) =>
        caseEvent(deps, caseId, 'resident_merge_undone', 'internal', actor, { fromResidentId: m.survivorId, toResidentId: m.mergedId, mergeId: m.id }),
      ),
    );
    return { ...m, undoneAt: now, undoneBy: actor.agentId ?? actor.principalId };
  });
}
