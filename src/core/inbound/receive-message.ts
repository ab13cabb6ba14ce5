import type { Actor } from '../actor.js';
import { storeAttachment, type StoredAttachment } from '../attachments/attach-file.js';
import { caseEvent } from '../cases/case-event.js';
import { resumeOnResidentAnswer } from '../cases/resident-answer.js';
import { recordCase } from '../cases/create-case.js';
import type { CaseStatus } from '../case-status.js';
import { DomainError } from '../errors.js';
import type { Case } from '../model.js';
import type { CoreDeps, Repositories } from '../ports.js';
import { parseReference } from '../reference.js';
import { normalizeContact } from '../contact.js';
import type { InboundMessage } from './inbound-message.js';

export type InboundOutcome =
  | { kind: 'created'; case: Case; trackingCode: string; autoReplyAllowed: boolean }
  | { kind: 'threaded'; case: Case; autoReplyAllowed: boolean }
  /** On the case for an agent to accept, as an internal "unverified message": nothing proves who sent it. */
  | { kind: 'held'; case: Case }
  | { kind: 'duplicate'; caseId: string };

const FINAL: readonly CaseStatus[] = ['closed', 'rejected', 'merged'];

/** `[26-K7M4-Q9XC]` anywhere in a subject, as our outgoing mail writes it. */
export function referenceInSubject(subject: string | null): string | null {
  const m = subject?.match(/\[\s*(\d{2}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4})\s*\]/i);
  return m ? parseReference(m[1]!) : null;
}

/**
 * Threading, in the order helpdesks learned: the per-case reply address, then the message ids this one
 * answers, then the reference in the subject. A merged case forwards to its master. `proved` says the path
 * itself is proof: the reply address is a secret only the case's correspondent was sent, and a network's
 * private conversation is with one account; ids and references are known to anyone who saw a message.
 */
async function findThread(tx: Repositories, msg: InboundMessage): Promise<{ case: Case; proved: boolean } | null> {
  let caseId = msg.thread.replyToken ? await tx.channelMessages.caseForReplyToken(msg.thread.replyToken) : null;
  let proved = !!caseId;
  caseId ??= await tx.channelMessages.caseFor(msg.channel, msg.thread.inReplyTo);
  if (!caseId && msg.thread.conversationKey) {
    caseId = await tx.channelMessages.caseFor(msg.channel, [`conversation:${msg.thread.conversationKey}`]);
    proved = !!caseId && !!msg.from.authenticated;
  }
  let c = caseId ? await tx.cases.findById(caseId, { forUpdate: true }) : null;
  if (!c) {
    const reference = referenceInSubject(msg.subject);
    const byRef = reference ? await tx.cases.findByReference(reference) : null;
    c = byRef ? await tx.cases.findById(byRef.id, { forUpdate: true }) : null;
  }
  for (let i = 0; c?.mergedInto && i < 5; i++) c = await tx.cases.findById(c.mergedInto, { forUpdate: true });
  return c ? { case: c, proved } : null;
}

/**
 * Without a proving path, a message threads only when its sender is proved (DMARC, the network) and is a
 * verified point of the case's resident, or the point the case was filed from — otherwise anyone who read a
 * reference could answer in the resident's name and restart the deadline.
 */
async function senderBelongsToCase(tx: Repositories, c: Case, msg: InboundMessage): Promise<boolean> {
  if (!msg.from.authenticated || !c.residentId) return false;
  const normalized = normalizeContact(msg.from.kind, msg.from.value);
  const resident = normalized ? await tx.residents.findById(c.residentId) : null;
  return !!resident?.contactPoints.some(
    (p) => p.kind === msg.from.kind && normalizeContact(p.kind, p.value) === normalized && (p.verified || c.contactPointIds.includes(p.id)),
  );
}

/**
 * One message from a channel becomes an event on its case, or a new case. Attachments that are not allowed
 * are kept out and said so on the timeline; the message itself is never lost.
 */
export async function receiveMessage(
  deps: CoreDeps,
  msg: InboundMessage,
  opts: { defaultRequestTypeCode: string; maxAttachmentBytes?: number },
): Promise<InboundOutcome> {
  // The channel itself files what arrived, and follows every case (a reply lands on the case it answers).
  const actor: Actor = { principalId: `channel:${msg.channel}`, role: 'integrator', agentId: null, directorateId: null, label: msg.channel, scopes: ['cases:create', 'cases:read:all', 'channels:ingest'] };
  // Files first (outside the transaction): the bytes are content-addressed, writing twice is harmless.
  const files: StoredAttachment[] = [];
  const refused: { filename: string; reason: string }[] = [];
  for (const f of msg.attachments) {
    try {
      files.push(await storeAttachment(deps, f, actor.principalId, opts.maxAttachmentBytes));
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      refused.push({ filename: (f.filename ?? 'sans nom').slice(0, 120), reason: err.extra.detailFr as string });
    }
  }
  const eventData = {
    channel: msg.channel,
    from: msg.from.value,
    ...(msg.from.displayName ? { fromName: msg.from.displayName } : {}),
    ...(msg.subject ? { subject: msg.subject } : {}),
    body: msg.body,
    ...(msg.externalId ? { externalId: msg.externalId } : {}),
    ...(msg.automated ? { automated: true } : {}),
    ...(files.length ? { attachments: files.map((f) => ({ id: f.id, filename: f.filename, contentType: f.contentType, size: f.size })) } : {}),
    ...(refused.length ? { refusedAttachments: refused } : {}),
  };
  const bind = async (tx: Repositories, caseId: string, eventId: string) => {
    for (const f of files) await tx.attachments.insert({ ...f, caseId, eventId });
  };

  const threaded = await deps.store.transaction(async (tx): Promise<InboundOutcome | null> => {
    if (msg.externalId) {
      const seen = await tx.channelMessages.caseFor(msg.channel, [msg.externalId]);
      if (seen) return { kind: 'duplicate', caseId: seen };
    }
    const thread = await findThread(tx, msg);
    if (!thread || FINAL.includes(thread.case.status)) return null;
    const c = thread.case;
    const now = deps.clock.now();
    if (!thread.proved && !(await senderBelongsToCase(tx, c, msg))) {
      // Kept where an agent will see it, resuming nothing; the agent accepts it or not.
      const held = caseEvent(deps, c.id, 'unverified_message', 'internal', actor, eventData);
      await tx.events.append(held);
      const saved = await tx.cases.update({ ...c, updatedAt: now });
      await bind(tx, c.id, held.id);
      if (msg.externalId) await tx.channelMessages.record(msg.channel, msg.externalId, c.id, 'in', now);
      return { kind: 'held', case: saved };
    }
    const event = caseEvent(deps, c.id, 'resident_message', 'public', actor, eventData);
    // An automatic reply (an out-of-office) is not the resident's answer: the case keeps waiting.
    await tx.events.append(event);
    const saved = msg.automated ? await tx.cases.update({ ...c, updatedAt: now }) : await resumeOnResidentAnswer(deps, tx, { ...c, updatedAt: now }, actor);
    await bind(tx, c.id, event.id);
    if (msg.externalId) await tx.channelMessages.record(msg.channel, msg.externalId, c.id, 'in', now);
    if (msg.thread.conversationKey) await tx.channelMessages.bindConversation(msg.channel, msg.thread.conversationKey, c.id, now);
    return { kind: 'threaded', case: saved, autoReplyAllowed: !msg.automated };
  });
  if (threaded) return threaded;

  // A new request. The sender is an unverified contact point, never an identity: a record is reused only when the
  // sender is proved and that address is verified on exactly one record; otherwise a new record, and an agent
  // sorts out the possible duplicate.
  const name = (msg.from.displayName ?? '').trim().split(/\s+/).filter(Boolean);
  const familyName = name.length > 1 ? name.slice(1).join(' ') : name[0] || msg.from.value.split('@')[0]!;
  const givenName = name.length > 1 ? name[0]! : '';
  const normalized = normalizeContact(msg.from.kind, msg.from.value);
  const holders =
    normalized && msg.from.authenticated
      ? (await deps.store.residents.findByContacts([{ kind: msg.from.kind, normalized }])).filter((r) =>
          r.contactPoints.some((p) => p.verified && p.kind === msg.from.kind && normalizeContact(p.kind, p.value) === normalized),
        )
      : [];
  const created = await recordCase(
    deps,
    actor,
    {
      channel: msg.channel,
      requestTypeCode: opts.defaultRequestTypeCode,
      description: [msg.subject, msg.body].filter(Boolean).join('\n\n').slice(0, 10_000) || '(message vide)',
      resident:
        holders.length === 1
          ? { id: holders[0]!.id }
          : {
              givenName,
              familyName: familyName.slice(0, 100),
              ...(msg.from.kind === 'email' ? { email: msg.from.value } : { socialHandle: msg.from.value }),
            },
      ...(msg.from.authenticated ? {} : { residentTrust: { reuse: 'never', provenance: msg.channel } as const }),
    },
    // The message id is the natural idempotency key: two deliveries racing make one case.
    msg.externalId ? `${msg.channel}:${msg.externalId}` : undefined,
    undefined,
    async (tx, c) => {
      const event = caseEvent(deps, c.id, 'resident_message', 'public', actor, eventData);
      await tx.events.append(event);
      await bind(tx, c.id, event.id);
      if (msg.externalId) await tx.channelMessages.record(msg.channel, msg.externalId, c.id, 'in', deps.clock.now());
      if (msg.thread.conversationKey) await tx.channelMessages.bindConversation(msg.channel, msg.thread.conversationKey, c.id, deps.clock.now());
    },
  );
  if (created.replayed) return { kind: 'duplicate', caseId: created.case.id };
  return { kind: 'created', case: created.case, trackingCode: created.trackingCode, autoReplyAllowed: !msg.automated };
}
