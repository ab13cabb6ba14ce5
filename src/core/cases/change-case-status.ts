import { assertCan, type Actor } from '../actor.js';
import type { CaseStatus } from '../case-status.js';
import { DomainError, invalid } from '../errors.js';
import type { Case } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { loadCaseForChange } from './load-case.js';
import { transitionCase } from './transition.js';
import { cityDay } from '../city-day.js';

export interface ChangeStatusInput {
  status: CaseStatus;
  /** Shown to the resident on the public timeline (the answer when resolving, the reason when rejecting). */
  message?: string | undefined;
  expectedVersion?: number | undefined;
  /**
   * Asking the resident for missing items (CRPA L114-5): the message lists them, `replyBy` is the day to send them
   * by; a request expecting a decision has its implicit decision's period start again when they arrive.
   */
  missingItems?: boolean | undefined;
  replyBy?: string | undefined;
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
  if ((input.missingItems || input.replyBy) && input.status !== 'awaiting_resident') throw invalid('missingItems', 'Missing items are asked for with the awaiting_resident status');
  if (input.replyBy && (!/^\d{4}-\d{2}-\d{2}$/.test(input.replyBy) || input.replyBy < cityDay(deps.clock.now()))) throw invalid('replyBy', 'A day (YYYY-MM-DD), today or later');
  const missing = input.status === 'awaiting_resident' && (input.missingItems || !!input.replyBy);
  return deps.store.transaction(async (tx) => {
    const c = await loadCaseForChange(tx, actor, caseId, input.expectedVersion);
    return (
      await transitionCase(deps, tx, c, {
        to: input.status,
        actor,
        message: input.message,
        ...(missing
          ? { patch: { missingItemsAskedAt: deps.clock.now() }, eventData: { missingItems: true, ...(input.replyBy ? { replyBy: input.replyBy } : {}) }, notification: { missingItems: true, replyBy: input.replyBy ?? null } }
          : {}),
      })
    ).case;
  });
}
