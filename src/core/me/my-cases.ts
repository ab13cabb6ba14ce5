import { replayOf } from '../idempotency.js';
import type { Actor } from '../actor.js';
import { attachOnFiling, storeAttachment, type IncomingFile } from '../attachments/attach-file.js';
import { acrSatisfies } from '../identity/assurance.js';
import { caseEvent } from '../cases/case-event.js';
import { resumeOnResidentAnswer } from '../cases/resident-answer.js';
import { transitionCase } from '../cases/transition.js';
import { recordCase, type CreateCaseResult } from '../cases/create-case.js';
import { STATUS_LABELS_FR, type CaseStatus } from '../case-status.js';
import { DomainError, invalid, notFound } from '../errors.js';
import type { Case, CaseEvent, Location } from '../model.js';
import type { CoreDeps, Page, Repositories } from '../ports.js';
import { residentOf } from './resident-actor.js';

/** Every case of the signed-in resident, whatever the channel it came through, newest first. */
export async function listMyCases(deps: CoreDeps, actor: Actor, limit: number, cursor: string | null): Promise<Page<Case>> {
  const residentId = residentOf(actor);
  if (!residentId) return { items: [], nextCursor: null };
  return deps.store.cases.list({ residentId }, limit, cursor);
}

/** The public steps shown with a case to its resident or an anonymous follower. */
export const PUBLIC_TIMELINE_LIMIT = 500;

/** Another resident's case answers exactly like a missing one. */
function assertMine(actor: Actor, c: Case | null): asserts c is Case {
  const residentId = residentOf(actor);
  if (!c || !residentId || c.residentId !== residentId) throw notFound('Case');
}

export async function getMyCase(deps: CoreDeps, actor: Actor, caseId: string): Promise<{ case: Case; events: CaseEvent[] }> {
  const c = await deps.store.cases.findById(caseId);
  assertMine(actor, c);
  // Bounded like every timeline shown; a case with more public steps than this is one no person could read.
  return { case: c, events: (await deps.store.events.pageForCase(c.id, { visibility: 'public', limit: PUBLIC_TIMELINE_LIMIT, cursor: null })).items };
}

export interface MyCaseInput {
  requestTypeCode: string;
  description: string;
  location?: Location | undefined;
  extra?: Record<string, string> | undefined;
}

export async function createMyCase(
  deps: CoreDeps,
  actor: Actor,
  input: MyCaseInput,
  idempotencyKey?: string,
  attachment?: { file: IncomingFile; maxBytes?: number | undefined },
): Promise<CreateCaseResult> {
  const residentId = residentOf(actor);
  if (!residentId) {
    throw new DomainError('conflict', 'Your identity is being checked by an agent; you can follow your requests once it is confirmed', {
      detailFr: 'Votre identité est en cours de vérification par un agent de la ville. Vous pourrez déposer une demande en ligne dès sa confirmation.',
    });
  }
  const stored = attachment ? await storeAttachment(deps, attachment.file, actor.principalId, attachment.maxBytes) : null;
  return recordCase(
    deps,
    actor,
    { channel: 'web', requestTypeCode: input.requestTypeCode, description: input.description, location: input.location, extra: input.extra, resident: { id: residentId } },
    idempotencyKey,
    (rt) => {
      if (rt.minAcr && !acrSatisfies(actor.acr, rt.minAcr)) {
        throw new DomainError('insufficient_assurance', `A ${rt.code} request needs a login of level ${rt.minAcr} (FranceConnect+)`, {
          detailFr: 'Cette démarche demande une identification renforcée : connectez-vous avec FranceConnect+.',
          requiredAcr: rt.minAcr,
        });
      }
    },
    stored ? attachOnFiling(deps, actor, stored) : undefined,
  );
}

async function loadMine(tx: Repositories, actor: Actor, caseId: string): Promise<Case> {
  const c = await tx.cases.findById(caseId, { forUpdate: true });
  assertMine(actor, c);
  return c;
}

const FINAL: readonly CaseStatus[] = ['closed', 'rejected', 'merged'];

/**
 * The resident writes on their case: an answer to a question (which resumes the paused deadline and
 * hands the case back to whoever was working on it) or more information.
 */
export async function postMyMessage(
  deps: CoreDeps,
  actor: Actor,
  caseId: string,
  input: { body: string; attachmentIds?: string[] | undefined },
  idempotencyKey?: string,
): Promise<{ case: Case; event: CaseEvent; replayed: boolean }> {
  return deps.store.transaction(async (tx) => {
    const c = await loadMine(tx, actor, caseId);
    const planned = { eventId: deps.newId() };
    const prior = await replayOf(tx, actor, idempotencyKey, 'postMyMessage', { caseId: c.id, ...input }, planned);
    if (prior) {
      const first = (await tx.events.listForCase(c.id, 'public')).find((e) => e.id === prior.eventId);
      if (!first) throw new DomainError('conflict', 'The message written by the first request no longer exists');
      return { case: c, event: first, replayed: true };
    }
    if (FINAL.includes(c.status)) {
      throw new DomainError('invalid_transition', `A ${c.status} case takes no more messages; file a new request`, {
        detailFr: `Cette demande est ${STATUS_LABELS_FR[c.status].toLowerCase()} : déposez une nouvelle demande si besoin.`,
      });
    }
    const now = deps.clock.now();
    // Only files this resident uploaded to this case and not yet sent with another message.
    const attachments = await Promise.all(
      [...new Set(input.attachmentIds ?? [])].map(async (id) => {
        const a = await tx.attachments.findById(id);
        if (!a || a.caseId !== c.id || a.uploadedBy !== actor.principalId || a.eventId) throw invalid('attachmentIds', `Unknown or already sent attachment ${id}`);
        return { id: a.id, filename: a.filename, contentType: a.contentType, size: a.size };
      }),
    );
    const event = {
      ...caseEvent(deps, c.id, 'resident_message', 'public', actor, {
        body: input.body,
        ...(attachments.length ? { attachments } : {}),
      }),
      id: planned.eventId,
    };
    await tx.events.append(event);
    const saved = await resumeOnResidentAnswer(deps, tx, { ...c, updatedAt: now }, actor);
    await tx.attachments.bindToEvent(attachments.map((a) => a.id), event.id);
    return { case: saved, event, replayed: false };
  });
}

/** A resident not satisfied with the answer reopens the case while it is resolved (before it is closed). */
export async function reopenMyCase(deps: CoreDeps, actor: Actor, caseId: string, input: { reason: string }): Promise<Case> {
  return deps.store.transaction(async (tx) => {
    const c = await loadMine(tx, actor, caseId);
    if (c.status !== 'resolved') {
      throw new DomainError('invalid_transition', `Only a resolved case can be reopened; this one is ${c.status}`, {
        detailFr: 'Seule une demande traitée peut être rouverte.',
      });
    }
    return (await transitionCase(deps, tx, c, { to: 'in_progress', actor, message: input.reason, eventData: { byResident: true } })).case;
  });
}
