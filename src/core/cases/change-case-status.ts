import { assertCan, type Actor } from '../actor.js';
import type { CaseStatus } from '../case-status.js';
import { DomainError, invalid } from '../errors.js';
import type { Case } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { loadCaseForChange } from './load-case.js';
import { transitionCase } from './transition.js';

export interface ChangeStatusInput {
  status: CaseStatus;
  /** Shown to the resident on the public timeline (the answer when resolving, the reason when rejecting). */
  message?: string | undefined;
  expectedVersion?: number | undefined;
}

export async function changeCaseStatus(deps: CoreDeps, actor: Actor, caseId: string, input: ChangeStatusInput): Promise<Case> {
  assertCan(actor, 'cases:work');
  if (input.status === 'merged') {
    throw new DomainError('invalid_transition', 'A case is merged through POST /v1/cases/{id}/merge, which names the master case');
  }
  if (input.status === 'escalated') {
    // Escalating routes the case, assigns it and starts its deadline: only the escalate operation does that.
    throw new DomainError('invalid_transition', 'A case is escalated through POST /v1/cases/{id}/escalate, which routes it and starts its deadline');
  }
  if ((input.status === 'resolved' || input.status === 'rejected' || input.status === 'awaiting_resident') && !input.message?.trim()) {
    throw invalid('message', `Moving a case to ${input.status} needs a message for the resident`);
  }
  return deps.store.transaction(async (tx) => {
    const c = await loadCaseForChange(tx, actor, caseId, input.expectedVersion);
    return (await transitionCase(deps, tx, c, { to: input.status, actor, message: input.message })).case;
  });
}
