import type { Actor } from '../actor.js';
import { STATUS_LABELS_FR, type CaseStatus } from '../case-status.js';
import type { Case, CaseEvent } from '../model.js';
import type { CoreDeps, Repositories } from '../ports.js';
import { caseEvent } from './case-event.js';
import { signalForStatusChange } from './case-signals.js';

/**
 * The resident answered (online, by email, on a social network): a case waiting for them goes back to whoever
 * had it — the directorate when escalated — and its paused deadline resumes. Returns the case to save and the
 * status event to append, if the status changes.
 */
export async function resumeOnResidentAnswer(
  deps: Pick<CoreDeps, 'newId' | 'clock'>,
  tx: Repositories,
  c: Case,
  actor: Actor,
): Promise<{ updated: Case; event: CaseEvent | null }> {
  if (c.status !== 'awaiting_resident') return { updated: c, event: null };
  const to: CaseStatus = c.escalatedAt ? 'escalated' : 'in_progress';
  const signal = signalForStatusChange(c, to);
  if (signal) await tx.outbox.add(c.id, signal, deps.clock.now());
  return {
    updated: { ...c, status: to },
    event: caseEvent(deps, c.id, 'status_changed', 'public', actor, { from: c.status, to, labelFr: STATUS_LABELS_FR[to], residentAnswered: true }),
  };
}
