import { createHash } from 'node:crypto';
import { assertCan, filedBy, type Actor } from '../actor.js';
import { DomainError, invalid } from '../errors.js';
import type { Case, Channel, KnowledgeArticle, Location, Priority, RequestType } from '../model.js';
import type { CoreDeps, IdempotencyClaim, Repositories } from '../ports.js';
import { generateReference, generateTrackingCode } from '../reference.js';
import { resolveInlineResident, trustOf, type InlineResident, type ResidentOutcome, type ResidentTrust } from '../residents/resolve-resident.js';
import { caseEvent } from './case-event.js';
import { escalateInTransaction } from './escalate-case.js';
import { acknowledgedByNotification, queueResidentNotification } from '../notifications/resident-notifications.js';

export interface CreateCaseInput {
  channel: Channel;
  requestTypeCode: string;
  description: string;
  resident?: { id: string } | InlineResident | undefined;
  location?: Location | undefined;
  priority?: Priority | undefined;
  extra?: Record<string, string> | undefined;
  /** First-contact resolution: the knowledge article that answered the request at once. */
  resolution?: { articleId: string; answer?: string | undefined } | undefined;
  /** Set by a channel that knows better than the caller's role how far its sender is proved (a forged From). */
  residentTrust?: ResidentTrust | undefined;
}

export interface CreateCaseResult {
  case: Case;
  trackingCode: string;
  residentOutcome: ResidentOutcome | null;
  replayed: boolean;
}

interface StoredResult {
  caseId: string;
  trackingCode: string;
  residentOutcome: ResidentOutcome | null;
}

export function hashTrackingCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

function fingerprint(input: CreateCaseInput): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}

const NO_CLAIM: IdempotencyClaim<StoredResult> = { state: 'new' };

export async function createCase(
  deps: CoreDeps,
  actor: Actor,
  input: CreateCaseInput,
  idempotencyKey?: string,
): Promise<CreateCaseResult> {
  assertCan(actor, 'cases:create');
  return recordCase(deps, actor, input, idempotencyKey);
}

/**
 * Records a case without the agent permission check: the callers are createCase (agents, integrators),
 * a signed-in resident's own request and an anonymous web form, each checking its own rights first.
 */
export async function recordCase(
  deps: CoreDeps,
  actor: Actor,
  input: CreateCaseInput,
  idempotencyKey?: string,
  check?: (requestType: RequestType) => void,
  /** More writes that must land with the case or not at all (a postal letter's scan). */
  alsoWrite?: (tx: Repositories, created: Case) => Promise<void>,
): Promise<CreateCaseResult> {
  return deps.store.transaction(async (tx) => {
    // The look-ups do not depend on each other: issued together, they share one round trip.
    const knownResidentId = input.resident && 'id' in input.resident ? input.resident.id : null;
    const inlineResident = input.resident && !('id' in input.resident) ? input.resident : null;
    const id = deps.newId();
    const trackingCode = generateTrackingCode();
    // What a retry will get back; an inline resident's outcome is only known later and completed then.
    const planned: StoredResult = { caseId: id, trackingCode, residentOutcome: knownResidentId ? 'existing' : null };
    const [claim, requestType, knownResident, article] = await Promise.all([
      idempotencyKey ? tx.idempotency.claim<StoredResult>(actor.principalId, idempotencyKey, fingerprint(input), planned) : NO_CLAIM,
      tx.catalogue.requestTypeByCode(input.requestTypeCode),
      knownResidentId ? tx.residents.findRef(knownResidentId) : null,
      input.resolution ? tx.knowledge.findById(input.resolution.articleId) : null,
    ]);
    if (claim.state === 'mismatch') {
      throw new DomainError('idempotency_key_reused', 'This Idempotency-Key was already used with a different request body');
    }
    if (claim.state === 'replay') {
      const existing = await tx.cases.findById(claim.response.caseId);
      if (!existing) throw new DomainError('conflict', 'The case created by the first request no longer exists');
      return { case: existing, trackingCode: claim.response.trackingCode, residentOutcome: claim.response.residentOutcome, replayed: true };
    }

    if (!requestType || !requestType.active) throw invalid('requestTypeCode', `Unknown request type: ${input.requestTypeCode}`);
    check?.(requestType);
    for (const field of requestType.extraFields) {
      if (field.required && !input.extra?.[field.name]) throw invalid(`extra.${field.name}`, `Required for ${requestType.code}: ${field.label}`);
    }
    if (input.resolution) checkFirstContactResolution(article, requestType.complexity, requestType.code);

    let residentId: string | null = null;
    let residentOutcome: ResidentOutcome | null = null;
    let contactPointIds: string[] = [];
    if (knownResidentId) {
      if (!knownResident) throw invalid('resident.id', 'Unknown resident');
      // A merged record forwards to its survivor so late integrations still land on the right person.
      residentId = knownResident.mergedInto ?? knownResident.id;
      residentOutcome = 'existing';
    } else if (inlineResident) {
      const resolved = await resolveInlineResident(deps, tx, inlineResident, input.residentTrust ?? trustOf(actor));
      residentId = resolved.residentId;
      residentOutcome = resolved.outcome;
      contactPointIds = resolved.contactPointIds;
    }

    const now = deps.clock.now();
    // What is stored at creation; the escalation fields start empty and are derived below.
    const row = {
      id,
      channel: input.channel,
      requestTypeId: requestType.id,
      directorateId: requestType.directorateId,
      residentId,
      description: input.description,
      location: input.location ?? null,
      priority: input.priority ?? 'normal',
      status: article ? ('resolved' as const) : ('received' as const),
      assigneeId: article ? actor.agentId : null,
      mergedInto: null,
      answeredByArticleId: article?.id ?? null,
      extra: input.extra ?? {},
      contactPointIds,
      filedBy: filedBy(actor),
      createdAt: now,
    };
    const events = [
      caseEvent(deps, id, 'case_created', 'public', actor, { channel: input.channel, requestTypeCode: requestType.code, status: 'received' }),
    ];
    if (article) {
      events.push(
        caseEvent(deps, id, 'status_changed', 'public', actor, {
          from: 'received',
          to: 'resolved',
          firstContactResolution: true,
          knowledgeArticleId: article.id,
          answer: input.resolution?.answer ?? article.title,
        }),
      );
    }

    const completed =
      idempotencyKey && inlineResident
      ? tx.idempotency.complete(actor.principalId, idempotencyKey, { caseId: id, trackingCode, residentOutcome } satisfies StoredResult)
      : Promise.resolve();
    let reference = '';
    for (let attempt = 0; ; attempt++) {
      reference = generateReference(now);
      if (await tx.cases.insert({ ...row, reference, trackingCodeHash: hashTrackingCode(trackingCode) }, events)) break;
      if (attempt >= 8) throw new DomainError('conflict', 'Could not allocate a case reference');
    }
    await completed;
    let created: Case = {
      ...row,
      reference,
      requestTypeCode: requestType.code,
      escalatedAt: null,
      acceptedAt: null,
      dueAt: null,
      deadlineState: null,
      remainingMinutes: null,
      transferCount: 0,
      version: 1,
      updatedAt: now,
    };
    await alsoWrite?.(tx, created);
    // Answered on the spot: the reopening window runs, then the case closes (its workflow keeps the time).
    if (article) await tx.outbox.add(created.id, { kind: 'resolved' }, now);
    if (created.residentId && acknowledgedByNotification(created.channel)) {
      await queueResidentNotification(deps, tx, created, 'acknowledgement', 'created');
    }
    if (requestType.autoEscalate && !article) {
      created = await escalateInTransaction(deps, tx, actor, created, { reason: 'Transmission automatique' });
    }
    return { case: created, trackingCode, residentOutcome, replayed: false };
  });
}

function checkFirstContactResolution(article: KnowledgeArticle | null, complexity: 'simple' | 'complex', code: string): asserts article is KnowledgeArticle {
  if (!article) throw invalid('resolution.articleId', 'Unknown knowledge article');
  if (complexity !== 'simple') {
    throw invalid('resolution', `A ${code} request is complex and goes to its directorate; it cannot be resolved at the counter`);
  }
}
