import { STATUS_LABELS_FR, type CaseStatus } from '../case-status.js';
import { decisionNoticeFr, incompleteNoticeFr } from '../deadlines/implicit-decision.js';
import { caseFacts } from '../notifications/case-facts.js';
import { expectedAnswerFr } from '../notifications/templates-fr.js';
import type { Case, CaseEvent } from '../model.js';
import type { CoreDeps } from '../ports.js';

/** What a resident (or anyone holding the tracking code) sees of a case: no internal note, no agent. */
export interface PublicCase {
  id: string;
  reference: string;
  status: CaseStatus;
  statusLabel: string;
  requestType: { code: string; label: string };
  directorate: { name: string; email: string | null; phone: string | null; address: string | null; openingHours: string | null };
  channel: Case['channel'];
  description: string | null;
  receivedAt: Date;
  updatedAt: Date;
  /** The expected answer date: the escalation's due date, else the request type's delay from receipt. */
  expectedAnswerAt: Date | null;
  /** While the city waits for the resident: the business days it will take once they answer. */
  remainingBusinessDays: number | null;
  /** The expected answer in a French sentence (a date, or the delay after the resident's answer). */
  expectedAnswerFr: string | null;
  /** While a decision is awaited: what silence will decide and when, and how to appeal a rejection (CRPA R112-5). */
  implicitDecisionFr: string[] | null;
  /** Whether the city waits for the resident's answer (and the deadline is paused). */
  awaitingResident: boolean;
}

export interface PublicEvent {
  id: string;
  type: string;
  at: Date;
  /** Only what is meant for the resident: the status reached, the message written to them. */
  statusLabel?: string;
  message?: string;
  byResident?: boolean;
  attachments?: { id: string; filename: string; contentType: string; size: number }[];
}

const OPEN: readonly CaseStatus[] = ['received', 'in_progress', 'escalated'];

export async function publicCase(deps: CoreDeps, c: Case, opts: { withDescription: boolean }): Promise<PublicCase> {
  const facts = await caseFacts(deps, c);
  return {
    id: c.id,
    reference: c.reference,
    status: c.status,
    statusLabel: STATUS_LABELS_FR[c.status],
    requestType: { code: c.requestTypeCode, label: facts.requestTypeLabel },
    directorate: facts.service,
    channel: c.channel,
    description: opts.withDescription ? c.description : null,
    receivedAt: c.createdAt,
    updatedAt: c.updatedAt,
    // An answered case has no date to wait for; one waiting for the resident has its clock paused.
    expectedAnswerAt: OPEN.includes(c.status) ? facts.expectedAnswerAt : null,
    remainingBusinessDays: c.status === 'awaiting_resident' ? facts.remainingBusinessDays : null,
    expectedAnswerFr:
      c.status === 'awaiting_resident' && facts.remainingBusinessDays != null
        ? expectedAnswerFr(facts)
        : OPEN.includes(c.status) && facts.expectedAnswerAt
          ? expectedAnswerFr({ expectedAnswerAt: facts.expectedAnswerAt })
          : null,
    awaitingResident: c.status === 'awaiting_resident',
    implicitDecisionFr:
      facts.decision && [...OPEN, 'awaiting_resident'].includes(c.status)
        ? facts.missingItemsAwaited
          ? [incompleteNoticeFr(facts.decision, '', null).at(-1)!]
          : decisionNoticeFr(facts.decision)
        : null,
  };
}

/** Public events only, reduced to what they say to the resident (no agent ids, no internal data). */
export function publicTimeline(events: CaseEvent[]): PublicEvent[] {
  return events
    .filter((e) => e.visibility === 'public')
    .map((e) => {
      const out: PublicEvent = { id: e.id, type: e.type, at: e.createdAt };
      const to = e.data.to ?? e.data.status;
      if (typeof to === 'string' && to in STATUS_LABELS_FR) out.statusLabel = STATUS_LABELS_FR[to as CaseStatus];
      const message = e.data.message ?? e.data.body ?? e.data.answer;
      if (typeof message === 'string') out.message = message;
      if (e.type === 'resident_message') out.byResident = true;
      if (Array.isArray(e.data.attachments)) out.attachments = e.data.attachments as PublicEvent['attachments'];
      // A file sent with the request as it was filed.
      else if (e.type === 'attachment_added' && typeof e.data.attachmentId === 'string') {
        out.attachments = [{ id: e.data.attachmentId, filename: String(e.data.filename), contentType: String(e.data.contentType), size: Number(e.data.size) }];
      }
      return out;
    });
}
