import { replayOf } from '../idempotency.js';
import { assertCan, assertCanSeeCase, hasScope, type Actor } from '../actor.js';
import { DomainError, notFound } from '../errors.js';
import { residentOf } from '../me/resident-actor.js';
import { caseEvent } from '../cases/case-event.js';
import { getCase } from '../cases/read-case.js';
import type { Case } from '../model.js';
import type { AttachmentRecord, CoreDeps, Repositories } from '../ports.js';
import { checkAttachment, checkAttachmentCount, safeFilename } from './attachment-policy.js';

export interface IncomingFile {
  filename: string | undefined;
  bytes: Uint8Array;
  /** Detected from the bytes by the edge (adapters/storage/content-type.ts). */
  detectedType: string | null;
}

/** An attachment stored but not yet written to a case. */
export type StoredAttachment = Omit<AttachmentRecord, 'caseId' | 'eventId'>;

/**
 * Checks a file (type from its bytes, size) and stores its bytes; the caller records it on a case. Stored
 * first: a failed insert leaves at most an unreferenced, content-addressed file. Every channel goes through here.
 */
export async function storeAttachment(deps: Pick<CoreDeps, 'files' | 'newId' | 'clock'>, file: IncomingFile, uploadedBy: string, maxBytes?: number): Promise<StoredAttachment> {
  const contentType = checkAttachment(file.detectedType, file.bytes.byteLength, maxBytes);
  const { key, sha256 } = await deps.files.put(file.bytes);
  return {
    id: deps.newId(),
    filename: safeFilename(file.filename, contentType),
    contentType,
    size: file.bytes.byteLength,
    sha256,
    storageKey: key,
    uploadedBy,
    createdAt: deps.clock.now(),
  };
}

/**
 * A file sent with a request as it is filed (the website's form, a signed-in resident's request): written with the
 * case or not at all, on the public timeline so the resident sees what they sent.
 */
export function attachOnFiling(deps: Pick<CoreDeps, 'newId' | 'clock'>, actor: Actor, stored: StoredAttachment) {
  return async (tx: Repositories, created: Case): Promise<void> => {
    const event = caseEvent(deps, created.id, 'attachment_added', 'public', actor, { attachmentId: stored.id, filename: stored.filename, contentType: stored.contentType, size: stored.size });
    await tx.events.append(event);
    await tx.attachments.insert({ ...stored, caseId: created.id, eventId: event.id });
  };
}

/**
 * A resident uploads a file to one of their cases; it joins the timeline with the message that mentions it.
 * Another resident's case answers like a missing one.
 */
export async function attachToMyCase(deps: CoreDeps, actor: Actor, caseId: string, file: IncomingFile, maxBytes?: number, idempotencyKey?: string): Promise<{ record: AttachmentRecord; replayed: boolean }> {
  const residentId = residentOf(actor);
  const c = await deps.store.cases.findById(caseId);
  if (!c || !residentId || c.residentId !== residentId) throw notFound('Case');
  // The bytes first, outside the transaction: content-addressed, stored twice they are stored once.
  const stored = await storeAttachment(deps, file, actor.principalId, maxBytes);
  return deps.store.transaction(async (tx) => {
    const prior = await replayOf(tx, actor, idempotencyKey, 'uploadMyAttachment', { caseId: c.id, sha256: stored.sha256, filename: stored.filename }, { attachmentId: stored.id });
    if (prior) return { record: await firstUpload(tx, prior.attachmentId), replayed: true };
    checkAttachmentCount((await tx.attachments.listForCase(c.id)).length);
    const record: AttachmentRecord = { ...stored, caseId: c.id, eventId: null };
    await tx.attachments.insert(record);
    return { record, replayed: false };
  });
}

async function firstUpload(tx: Repositories, id: string): Promise<AttachmentRecord> {
  const first = await tx.attachments.findById(id);
  if (!first) throw new DomainError('conflict', 'The file sent by the first request no longer exists');
  return first;
}

/** An agent (or the mail room) attaches a file: recorded at once on the internal timeline. */
export async function attachToCase(deps: CoreDeps, actor: Actor, caseId: string, file: IncomingFile, maxBytes?: number, idempotencyKey?: string): Promise<{ record: AttachmentRecord; replayed: boolean }> {
  assertCan(actor, 'cases:work');
  const c = await deps.store.cases.findById(caseId);
  assertCanSeeCase(actor, c);
  const stored = await storeAttachment(deps, file, actor.agentId ?? actor.principalId, maxBytes);
  return deps.store.transaction(async (tx) => {
    const prior = await replayOf(tx, actor, idempotencyKey, 'uploadCaseAttachment', { caseId: c.id, sha256: stored.sha256, filename: stored.filename }, { attachmentId: stored.id });
    if (prior) return { record: await firstUpload(tx, prior.attachmentId), replayed: true };
    checkAttachmentCount((await tx.attachments.listForCase(c.id)).length);
    const record: AttachmentRecord = { ...stored, caseId: c.id, eventId: null };
    const event = caseEvent(deps, c.id, 'attachment_added', 'internal', actor, { attachmentId: record.id, filename: record.filename, contentType: record.contentType, size: record.size });
    await tx.events.append(event);
    await tx.attachments.insert({ ...record, eventId: event.id });
    return { record: { ...record, eventId: event.id }, replayed: false };
  });
}

/** The bytes of an attachment, for whoever may see its case (residents: their own, public ones only). */
export async function readAttachment(
  deps: CoreDeps,
  actor: Actor,
  caseId: string,
  attachmentId: string,
): Promise<{ record: AttachmentRecord; bytes: Uint8Array }> {
  const c = await deps.store.cases.findById(caseId);
  if (actor.role === 'resident') {
    if (!c || !actor.residentId || c.residentId !== actor.residentId) throw notFound('Attachment');
  } else {
    if (!c) throw notFound('Attachment');
    // Scans and photos are the most personal data of a case: an application reads them only when its key says so.
    if (actor.role === 'integrator' && !hasScope(actor, 'attachments:read')) {
      throw new DomainError('forbidden', 'This API key does not have the attachments:read scope');
    }
    // Through getCase: the read is checked and logged like any read of the resident's case.
    await getCase(deps, actor, c.id, { purpose: 'pièce jointe', notFoundAs: 'Attachment' });
  }
  const record = await deps.store.attachments.findById(attachmentId);
  if (!record || record.caseId !== c.id) throw notFound('Attachment');
  if (actor.role === 'resident' && record.uploadedBy !== actor.principalId) {
    // A resident reads what they sent and what an agent put on a public message, not internal scans.
    const events = await deps.store.events.listForCase(c.id, 'public');
    if (!events.some((e) => e.id === record.eventId)) throw notFound('Attachment');
  }
  const bytes = await deps.files.read(record.storageKey);
  if (!bytes) throw notFound('Attachment');
  return { record, bytes };
}
