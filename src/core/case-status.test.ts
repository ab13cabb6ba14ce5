import { describe, expect, it } from 'vitest';
import { assertTransition, canTransition, CASE_STATUSES, STATUS_LABELS_FR, TRANSITIONS, type CaseStatus } from './case-status.js';
import { DomainError } from './errors.js';

/** The lifecycle of shared/design/README.md, written out as the full 8×8 table. */
const EXPECTED: Record<CaseStatus, CaseStatus[]> = {
  received: ['in_progress', 'escalated', 'resolved', 'rejected', 'merged'],
  in_progress: ['escalated', 'awaiting_resident', 'resolved', 'rejected', 'merged'],
  escalated: ['in_progress', 'awaiting_resident', 'resolved', 'rejected', 'merged'],
  awaiting_resident: ['in_progress', 'escalated', 'resolved', 'rejected'],
  resolved: ['closed', 'in_progress'],
  closed: [],
  rejected: [],
  merged: [],
};

describe('case lifecycle transition table', () => {
  const pairs = CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to) => [from, to] as const));

  it('covers all 64 pairs', () => {
    expect(pairs).toHaveLength(64);
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...CASE_STATUSES].sort());
  });

  it.each(pairs)('%s → %s', (from, to) => {
    const allowed = EXPECTED[from].includes(to);
    expect(canTransition(from, to)).toBe(allowed);
    if (allowed) {
      expect(() => assertTransition(from, to)).not.toThrow();
    } else {
      let err: unknown;
      try {
        assertTransition(from, to);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).code).toBe('invalid_transition');
      expect((err as DomainError).extra.allowed).toEqual(EXPECTED[from]);
      expect((err as DomainError).message).toContain(`from ${from} to ${to}`);
    }
  });

  it('closed, rejected and merged are final', () => {
    for (const s of ['closed', 'rejected', 'merged'] as const) {
      expect(() => assertTransition(s, 'in_progress')).toThrow(/final/);
    }
  });

  it('gives every status a French label for residents', () => {
    expect(STATUS_LABELS_FR.awaiting_resident).toBe('En attente de votre réponse');
    expect(STATUS_LABELS_FR.merged).toBe('Regroupée avec une autre demande');
    for (const s of CASE_STATUSES) expect(STATUS_LABELS_FR[s].length).toBeGreaterThan(3);
  });
});
