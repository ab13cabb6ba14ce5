import type { Actor } from '../actor.js';
import type { CaseStatus } from '../case-status.js';
import type { Case } from '../model.js';
import type { CoreDeps, Repositories } from '../ports.js';
import { transitionCase } from './transition.js';

/**
 * The resident answered (online, by email, on a social network): a case waiting for them goes back to whoever
 * had it — the directorate when escalated — and its paused deadline resumes. Writes the case (its status
 * when it changes) and returns it.
 */
export async function resumeOnResidentAnswer(deps: Pick<CoreDeps, 'newId' | 'clock' | 'calendar'>, tx: Repositories, c: Case, actor: Actor): Promise<Case> {
  if (c.status !== 'awaiting_resident') return tx.cases.update(c);
  const to: CaseStatus = c.escalatedAt ? 'escalated' : 'in_progress';
  // Missing items arrived (L114-5): the implicit decision's period starts now.
  const completed = c.missingItemsAskedAt ? { patch: { missingItemsAskedAt: null, completedAt: deps.clock.now() } } : {};
  return (await transitionCase(deps, tx, c, { to, actor, eventData: { residentAnswered: true, ...(c.missingItemsAskedAt ? { completed: true } : {}) }, ...completed })).case;
}
