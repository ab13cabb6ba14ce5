import { DomainError } from './errors.js';

export const CASE_STATUSES = [
  'received',
  'in_progress',
  'escalated',
  'awaiting_resident',
  'resolved',
  'closed',
  'rejected',
  'merged',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * The one transition table of the case lifecycle (see shared/design/README.md).
 * `received → resolved` is the counter's first-contact resolution; `resolved → in_progress` is a reopening.
 * `merged` is only reached through the merge operation, which records the master case.
 */
export const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  received: ['in_progress', 'escalated', 'resolved', 'rejected', 'merged'],
  in_progress: ['escalated', 'awaiting_resident', 'resolved', 'rejected', 'merged'],
  escalated: ['in_progress', 'awaiting_resident', 'resolved', 'rejected', 'merged'],
  awaiting_resident: ['in_progress', 'escalated', 'resolved', 'rejected'],
  resolved: ['closed', 'in_progress'],
  closed: [],
  rejected: [],
  merged: [],
};

export const OPEN_STATUSES: readonly CaseStatus[] = ['received', 'in_progress', 'escalated', 'awaiting_resident'];

/** What a resident reads for each state. */
export const STATUS_LABELS_FR: Readonly<Record<CaseStatus, string>> = {
  received: 'Reçue',
  in_progress: 'En cours de traitement',
  escalated: 'Transmise au service compétent',
  awaiting_resident: 'En attente de votre réponse',
  resolved: 'Traitée',
  closed: 'Clôturée',
  rejected: 'Non recevable',
  merged: 'Regroupée avec une autre demande',
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: CaseStatus, to: CaseStatus): void {
  if (canTransition(from, to)) return;
  const allowed = TRANSITIONS[from];
  const why =
    from === to
      ? `The case is already ${from}.`
      : allowed.length === 0
        ? `A ${from} case is final and cannot change status.`
        : `From ${from} a case may go to: ${allowed.join(', ')}.`;
  throw new DomainError('invalid_transition', `Cannot move a case from ${from} to ${to}. ${why}`, {
    from,
    to,
    allowed: [...allowed],
  });
}
