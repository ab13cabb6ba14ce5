import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { CaseSignal } from '../src/core/ports.js';

/** A change to the case, committed in PostgreSQL, delivered by the outbox relay. */
export type CaseChange = CaseSignal & { at: string; outboxId: number };
export const caseChangedSignal = defineSignal<[CaseChange]>('caseChanged');

export interface CaseLifecycleState {
  phase: 'open' | 'resolved' | 'ended';
  accepted: boolean;
  deadlineState: 'on_track' | 'at_risk' | 'breached' | 'paused';
  dueAt: string | null;
  transfers: number;
  /** The kinds of the last changes taken in, in the order they came (for operators and tests). */
  seen?: string[];
}
export const lifecycleStateQuery = defineQuery<CaseLifecycleState>('lifecycleState');
