import { createHash, randomBytes } from 'node:crypto';
import { assertCan, type Actor } from '../actor.js';
import { DomainError, notFound } from '../errors.js';
import type { Resident } from '../model.js';
import type { CoreDeps, Repositories } from '../ports.js';

/** How long a confirmation link sent to a contact point stays valid. */
export const CONFIRMATION_DAYS = 30;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * An agent confirms a contact point with the resident in front of them (at the counter, reading it back on the
 * phone): from then on it is a verified point and receives news of all their requests.
 */
export async function verifyContactPoint(deps: CoreDeps, actor: Actor, residentId: string, contactPointId: string): Promise<Resident> {
  assertCan(actor, 'residents:merge');
  return deps.store.transaction(async (tx) => {
    const resident = await tx.residents.findById(residentId);
    const point = resident?.contactPoints.find((p) => p.id === contactPointId);
    if (!resident || resident.mergedInto || !point) throw notFound('Contact point');
    if (point.verified) throw new DomainError('conflict', 'This contact point is verified already');
    await tx.residents.verifyContactPoint(resident.id, point.id, 'agent', deps.clock.now());
    return (await tx.residents.findById(resident.id))!;
  });
}

/** A confirmation to store, and the address of the link that carries its token. */
export interface NewConfirmation {
  row: { tokenHash: string; contactPointId: string; caseId: string | null; createdAt: Date; expiresAt: Date };
  url: string;
}

/**
 * A link sent to an unverified point ("is this address yours?"): following it proves the resident reads it. Only
 * the token's hash is kept; the link is good once, for CONFIRMATION_DAYS. Made in memory, so a dispatcher's
 * batch stores all of its confirmations in one statement.
 */
export function newContactConfirmation(deps: Pick<CoreDeps, 'clock' | 'city'>, contactPointId: string, caseId: string | null): NewConfirmation {
  const token = randomBytes(24).toString('base64url');
  const now = deps.clock.now();
  return {
    row: { tokenHash: hashToken(token), contactPointId, caseId, createdAt: now, expiresAt: new Date(now.getTime() + CONFIRMATION_DAYS * 86_400_000) },
    url: `${deps.city.publicBaseUrl}/confirmer/${token}`,
  };
}

/** One confirmation, stored now; returns the link to put in the message. */
export async function issueContactConfirmation(deps: Pick<CoreDeps, 'clock' | 'city'>, tx: Repositories, contactPointId: string, caseId: string | null): Promise<string> {
  const c = newContactConfirmation(deps, contactPointId, caseId);
  await tx.contactConfirmations.insertMany([c.row]);
  return c.url;
}

/** The resident followed the link: the point is verified by confirmation. An unknown, used or expired link says so. */
export async function confirmContactPoint(deps: CoreDeps, token: string): Promise<{ kind: string }> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) throw unknownLink();
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    const used = await tx.contactConfirmations.use(hashToken(token), now);
    if (!used) throw unknownLink();
    await tx.residents.verifyContactPoint(used.residentId, used.contactPointId, 'confirmation', now);
    const resident = await tx.residents.findById(used.residentId);
    return { kind: resident?.contactPoints.find((p) => p.id === used.contactPointId)?.kind ?? 'email' };
  });
}

const unknownLink = () =>
  new DomainError('not_found', 'This confirmation link is unknown, used or expired', {
    detailFr: 'Ce lien de confirmation n’est plus valable : il a déjà servi ou a expiré.',
  });
