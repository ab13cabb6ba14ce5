import { assertCan, type Actor } from '../actor.js';
import { storeAttachment, type IncomingFile } from '../attachments/attach-file.js';
import { caseEvent } from '../cases/case-event.js';
import { recordCase, type CreateCaseResult } from '../cases/create-case.js';
import type { Priority } from '../model.js';
import type { CoreDeps } from '../ports.js';
import type { InlineResident } from '../residents/resolve-resident.js';

export interface PostalLetter {
  requestTypeCode: string;
  description: string;
  priority?: Priority | undefined;
  /** The sender as written on the letter. */
  resident?: InlineResident | { id: string } | undefined;
}

/**
 * The mail room records a scanned letter: a case with channel `postal` and the scan attached, together or not
 * at all. The scan is checked (type from its bytes, size) before anything is written.
 */
export async function recordPostalLetter(
  deps: CoreDeps,
  actor: Actor,
  letter: PostalLetter,
  scan: IncomingFile,
  opts: { maxBytes?: number; idempotencyKey?: string | undefined } = {},
): Promise<CreateCaseResult & { attachmentId: string | null }> {
  assertCan(actor, 'cases:create');
  assertCan(actor, 'cases:work');
  const stored = await storeAttachment(deps, scan, actor.agentId ?? actor.principalId, opts.maxBytes);
  let attachmentId: string | null = null;
  const result = await recordCase(
    deps,
    actor,
    { channel: 'postal', requestTypeCode: letter.requestTypeCode, description: letter.description, priority: letter.priority, resident: letter.resident },
    opts.idempotencyKey,
    undefined,
    async (tx, created) => {
      attachmentId = stored.id;
      const event = caseEvent(deps, created.id, 'attachment_added', 'internal', actor, {
        attachmentId,
        filename: stored.filename,
        contentType: stored.contentType,
        size: stored.size,
        scannedLetter: true,
      });
      await tx.events.append(event);
      await tx.attachments.insert({ ...stored, caseId: created.id, eventId: event.id });
    },
  );
  return { ...result, attachmentId };
}
