import { assertCan, type Actor } from '../actor.js';
import { DomainError, notFound } from '../errors.js';
import type { CoreDeps, IdentityLinkCandidate } from '../ports.js';
import { mergeResidents } from '../residents/merge-residents.js';
import { logShown } from '../residents/access-log.js';

/** First logins that could be several residents, oldest first: an agent confirms who they are. */
export async function listLinkCandidates(deps: CoreDeps, actor: Actor, limit: number): Promise<IdentityLinkCandidate[]> {
  assertCan(actor, 'residents:merge');
  const candidates = await deps.store.identities.listOpenLinkCandidates(limit);
  await logShown(deps, actor, candidates.flatMap((c) => [{ residentId: c.residentId }, { residentId: c.identityResidentId }]), 'rapprochement FranceConnect');
  return candidates;
}

/**
 * Confirming folds the record created at the first login into the existing one (an ordinary, undoable
 * resident merge) and links the identity to it; rejecting leaves the resident on their own record.
 */
export async function decideLinkCandidate(
  deps: CoreDeps,
  actor: Actor,
  candidateId: string,
  decision: 'confirmed' | 'rejected',
): Promise<{ residentId: string | null }> {
  assertCan(actor, 'residents:merge');
  const candidate = await deps.store.identities.findLinkCandidate(candidateId);
  if (!candidate) throw notFound('Identity link candidate');
  if (candidate.decidedAt) throw new DomainError('conflict', 'This candidate was already decided');
  const by = actor.agentId ?? actor.principalId;
  if (decision === 'confirmed' && candidate.identityResidentId && candidate.identityResidentId !== candidate.residentId) {
    await mergeResidents(deps, actor, { survivorId: candidate.residentId, duplicateId: candidate.identityResidentId });
  }
  await deps.store.transaction(async (tx) => {
    const locked = await tx.identities.findLinkCandidate(candidateId, { forUpdate: true });
    if (!locked || locked.decidedAt) throw new DomainError('conflict', 'This candidate was already decided');
    const now = deps.clock.now();
    await tx.identities.decideLinkCandidate(candidateId, decision, by, now);
    if (decision === 'confirmed') {
      await tx.identities.setResident(candidate.identityId, candidate.residentId, 'linked');
      await tx.identities.closeOtherLinkCandidates(candidate.identityId, candidateId, by, now);
    }
  });
  return { residentId: decision === 'confirmed' ? candidate.residentId : candidate.identityResidentId };
}
