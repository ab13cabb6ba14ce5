import { createHash } from 'node:crypto';
import { assertCan, type Actor } from '../actor.js';
import { DomainError, invalid } from '../errors.js';
import type { Case, Channel, Location, Priority } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { generateReference, generateTrackingCode } from '../reference.js';
import { resolveInlineResident, type InlineResident, type ResidentOutcome } from '../residents/resolve-resident.js';
import { caseEvent } from './case-event.js';

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

export async function createCase(
  deps: CoreDeps,
  actor: Actor,
  input: CreateCaseInput,
  idempotencyKey?: string,
): Promise<CreateCaseResult> {
  assertCan(actor, 'cases:create');
  return deps.store.transaction(async (tx) => {
    if (idempotencyKey) {
      const claim = await tx.idempotency.claim<StoredResult>(actor.principalId, idempotencyKey, fingerprint(input));
      if (claim.state === 'mismatch') {
        throw new DomainError('idempotency_key_reused', 'This Idempotency-Key was already used with a different request body');
      }
      if (claim.state === 'replay') {
        const existing = await tx.cases.findById(claim.response.caseId);
        if (!existing) throw new DomainError('conflict', 'The case created by the first request no longer exists');
        return { case: existing, trackingCode: claim.response.trackingCode, residentOutcome: claim.response.residentOutcome, replayed: true };
      }
    }

    const requestType = await tx.catalogue.requestTypeByCode(input.requestTypeCode);
    if (!requestType || !requestType.active) throw invalid('requestTypeCode', `Unknown request type: ${input.requestTypeCode}`);
    for (const field of requestType.extraFields) {
      if (field.required && !input.extra?.[field.name]) throw invalid(`extra.${field.name}`, `Required for ${requestType.code}: ${field.label}`);
    }

    let article = null;
    if (input.resolution) {
      article = await tx.knowledge.findById(input.resolution.articleId);
      if (!article) throw invalid('resolution.articleId', 'Unknown knowledge article');
      if (requestType.complexity !== 'simple') {
        throw invalid('resolution', `A ${requestType.code} request is complex and goes to its directorate; it cannot be resolved at the counter`);
      }
    }

    let residentId: string | null = null;
    let residentOutcome: ResidentOutcome | null = null;
    if (input.resident && 'id' in input.resident) {
      const r = await tx.residents.findById(input.resident.id);
      if (!r) throw invalid('resident.id', 'Unknown resident');
      // A merged record forwards to its survivor so late integrations still land on the right person.
      residentId = r.mergedInto ?? r.id;
      residentOutcome = 'existing';
    } else if (input.resident) {
      const resolved = await resolveInlineResident(deps, tx, input.resident);
      residentId = resolved.residentId;
      residentOutcome = resolved.outcome;
    }

    const now = deps.clock.now();
    const trackingCode = generateTrackingCode();
    const base = {
      id: deps.newId(),
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
      createdAt: now,
      trackingCodeHash: hashTrackingCode(trackingCode),
    };
    let reference = '';
    for (let attempt = 0; ; attempt++) {
      reference = generateReference(now);
      if (await tx.cases.insert({ ...base, reference })) break;
      if (attempt >= 8) throw new DomainError('conflict', 'Could not allocate a case reference');
    }

    const events = [
      caseEvent(deps, base.id, 'case_created', 'public', actor, {
        channel: input.channel,
        requestTypeCode: requestType.code,
        status: 'received',
      }),
    ];
    if (article) {
      events.push(
        caseEvent(deps, base.id, 'status_changed', 'public', actor, {
          from: 'received',
          to: 'resolved',
          firstContactResolution: true,
          knowledgeArticleId: article.id,
          answer: input.resolution?.answer ?? article.title,
        }),
      );
    }
    await tx.events.appendMany(events);

    if (idempotencyKey) {
      await tx.idempotency.complete(actor.principalId, idempotencyKey, { caseId: base.id, trackingCode, residentOutcome } satisfies StoredResult);
    }
    const { trackingCodeHash: _hash, ...fields } = base;
    const created: Case = { ...fields, reference, requestTypeCode: requestType.code, version: 1, updatedAt: now };
    return { case: created, trackingCode, residentOutcome, replayed: false };
  });
}
