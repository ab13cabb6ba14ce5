import type { CaseStatus } from '../case-status.js';
import type { Case } from '../model.js';
import type { CaseSignal } from '../ports.js';

/**
 * What a status change means for the escalation workflow of a case, if it has one:
 * waiting for the resident pauses the deadline, their answer resumes it, resolving stops it.
 */
export function signalForStatusChange(c: Case, to: CaseStatus): CaseSignal | null {
  if (!c.escalatedAt) return null;
  const from = c.status;
  if (to === 'awaiting_resident') return { kind: 'paused' };
  if (from === 'awaiting_resident' && (to === 'in_progress' || to === 'escalated')) return { kind: 'resumed' };
  if (to === 'resolved') return { kind: 'resolved' };
  if (from === 'resolved' && to === 'in_progress') return { kind: 'reopened' };
  if (to === 'closed' || to === 'rejected' || to === 'merged') return { kind: 'ended' };
  return null;
}
