import type { CaseStatus } from '../case-status.js';
import type { Case } from '../model.js';
import type { CaseSignal } from '../ports.js';

/**
 * What a status change means for the case's workflow: waiting for the resident pauses the deadline, their
 * answer resumes it, resolving stops it. A case never escalated has a workflow only from its resolution
 * (the reopening window before it closes by itself), so only resolving, reopening and ending concern it.
 */
export function signalForStatusChange(c: Case, to: CaseStatus): CaseSignal | null {
  const from = c.status;
  if (to === 'resolved') return { kind: 'resolved' };
  if (from === 'resolved' && to === 'in_progress') return { kind: 'reopened' };
  if (to === 'closed' || to === 'rejected' || to === 'merged') return { kind: 'ended' };
  if (!c.escalatedAt) return null;
  if (to === 'awaiting_resident') return { kind: 'paused' };
  if (from === 'awaiting_resident' && (to === 'in_progress' || to === 'escalated')) return { kind: 'resumed' };
  return null;
}
