import { closeResolvedCase, notifyFromWorkflow, recordDeadline, recordOutcome, type WorkflowNotice } from '../src/core/cases/deadline-record.js';
import type { CoreDeps } from '../src/core/ports.js';

/**
 * Activities of the case workflow, built from the core's dependencies: each calls a core use case, so the
 * workflow's changes follow the same rules as everyone's. Each is idempotent: a retried activity changes
 * nothing twice and never queues a notification twice.
 */
export function createCaseActivities(deps: { core: CoreDeps }) {
  const { core } = deps;
  return {
    /** Writes the expected answer date and deadline state on the case; an event only when they change. */
    async recordDeadline(input: { caseId: string; dueAt: string | null; state: string; reason: string; remainingMinutes?: number }): Promise<void> {
      await recordDeadline(core, input as Parameters<typeof recordDeadline>[1]);
    },
    /** Queues a notification (the resident) or an alert (the directorate, its supervisors) once per key. */
    async notify(input: { caseId: string; kind: string; dedupKey: string; to: 'resident' | 'directorate' | 'supervisor' }): Promise<void> {
      await notifyFromWorkflow(core, input as { caseId: string; dedupKey: string } & WorkflowNotice);
    },
    async recordOutcome(input: { caseId: string; answeredAt: string; dueAt: string | null; consumedMinutes: number; budgetMinutes: number; deadlineDays?: number }): Promise<void> {
      await recordOutcome(core, input);
    },
    /** Closes a case still resolved when its reopening window ends. */
    async closeResolvedCase(input: { caseId: string }): Promise<void> {
      await closeResolvedCase(core, input);
    },
  };
}

export type CaseActivities = ReturnType<typeof createCaseActivities>;
