import type { Actor } from '../actor.js';
import { DomainError, invalid, notFound } from '../errors.js';
import { normalizeContact } from '../contact.js';
import type { ContactPoint } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { newContactConfirmation } from '../residents/contact-verification.js';
import { residentOf } from './resident-actor.js';

/**
 * Rectification (RGPD art. 16) by the resident: they add an address or a number — unverified until they follow the
 * link sent to it, so adding a point never grants it trust — or remove one of theirs.
 */
export async function addMyContactPoint(deps: CoreDeps, actor: Actor, input: { kind: 'email' | 'phone'; value: string }): Promise<{ contactPoint: ContactPoint; confirmUrl: string }> {
  const residentId = residentOf(actor);
  if (!residentId) throw notFound('Resident record');
  const normalized = normalizeContact(input.kind, input.value);
  if (!normalized) throw invalid('value', input.kind === 'email' ? 'Not an email address' : 'Not a phone number');
  return deps.store.transaction(async (tx) => {
    const resident = await tx.residents.findById(residentId);
    if (!resident) throw notFound('Resident record');
    if (resident.contactPoints.some((p) => p.kind === input.kind && normalizeContact(p.kind, p.value) === normalized)) {
      throw new DomainError('conflict', 'This contact point is on the record already', { detailFr: 'Cette coordonnée figure déjà dans votre dossier.' });
    }
    const contactPoint: ContactPoint = { id: deps.newId(), kind: input.kind, value: input.value.trim(), verified: false, provenance: 'resident' };
    await tx.residents.addContactPoints(residentId, [{ ...contactPoint, normalized }]);
    const confirmation = newContactConfirmation(deps, contactPoint.id, null);
    await tx.contactConfirmations.insertMany([confirmation.row]);
    return { contactPoint, confirmUrl: confirmation.url };
  });
}

export async function removeMyContactPoint(deps: CoreDeps, actor: Actor, contactPointId: string): Promise<void> {
  const residentId = residentOf(actor);
  if (!residentId) throw notFound('Resident record');
  const removed = await deps.store.residents.removeContactPoint(residentId, contactPointId);
  if (!removed) throw notFound('Contact point');
}
