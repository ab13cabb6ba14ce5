import { assertCanSeeCase, type Actor } from '../actor.js';
import { DomainError } from '../errors.js';
import type { Case } from '../model.js';
import type { Repositories } from '../ports.js';

/** Loads a case for a change: locked, visible to the actor, at the version the caller saw. */
export async function loadCaseForChange(tx: Repositories, actor: Actor, caseId: string, expectedVersion?: number): Promise<Case> {
  const c = await tx.cases.findById(caseId, { forUpdate: true });
  assertCanSeeCase(actor, c);
  if (expectedVersion !== undefined && c.version !== expectedVersion) {
    throw new DomainError('precondition_failed', `The case changed since you read it (version ${c.version}, you sent ${expectedVersion})`);
  }
  return c;
}
