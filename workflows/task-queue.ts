/** The one task queue of case workflows: named once, used by the worker, the relay and the tests. */
export const CASE_TASK_QUEUE = 'guichet-cases';

export const caseWorkflowId = (caseId: string) => `case-${caseId}`;
