import type { Actor } from '../actor.js';
import { assertMailRoom } from '../postal/mail-room.js';
import { caseEvent } from '../cases/case-event.js';
import { getCase } from '../cases/read-case.js';
import { issueTrackingCode } from '../cases/tracking-code.js';
import { DomainError, notFound } from '../errors.js';
import type { Case } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { caseFacts } from './case-facts.js';
import { reachablePoints } from './recipients.js';
import { acknowledgementLetter, notificationEmail, type NotificationFacts } from './templates-fr.js';

const recipientOf = async (deps: CoreDeps, c: Case) => {
  const resident = c.residentId ? await deps.store.residents.findById(c.residentId) : null;
  return resident
    ? { name: `${resident.givenName} ${resident.familyName}`.trim(), address: reachablePoints(resident, c).find((p) => p.kind === 'postal_address')?.value ?? null }
    : null;
};

const sender = (deps: CoreDeps) => `${deps.city.name} — Guichet unique`;

/**
 * The acknowledgement as a printed page: the receipt handed over at the counter or the letter posted for a
 * postal request. Each print carries a fresh tracking code (only its hash is kept; earlier codes stay valid).
 */
export async function printAcknowledgement(deps: CoreDeps, actor: Actor, caseId: string): Promise<{ pdf: Uint8Array; reference: string }> {
  const c = await getCase(deps, actor, caseId, { purpose: 'accusé de réception' });
  const [facts, recipient, trackingCode] = await Promise.all([caseFacts(deps, c), recipientOf(deps, c), issueTrackingCode(deps, c.id, 'receipt')]);
  const letter = acknowledgementLetter({ ...facts, reference: c.reference, trackingCode, receivedAt: c.createdAt, recipient });
  return { pdf: await deps.printer.pdf({ ...letter, reference: c.reference, sender: sender(deps) }), reference: c.reference };
}

/** The mail room's print queue: letters for residents without email or mobile, oldest first. */
export async function lettersToPrint(deps: CoreDeps, actor: Actor) {
  assertMailRoom(actor);
  return deps.store.notifications.lettersToPrint(500);
}

/** A letter about a case the caller may not see answers like a missing letter. */
async function loadLetter(deps: CoreDeps, actor: Actor, id: string, purpose?: string) {
  assertMailRoom(actor);
  const n = await deps.store.notifications.findLetter(id);
  if (!n) throw notFound('Letter');
  const c = await getCase(deps, actor, n.caseId, { purpose, notFoundAs: 'Letter' });
  return { n, c };
}

/** One letter as a PDF, addressed to the resident; an acknowledgement carries a fresh tracking code. */
export async function printLetter(deps: CoreDeps, actor: Actor, id: string): Promise<Uint8Array> {
  const { n, c } = await loadLetter(deps, actor, id, 'courrier à imprimer');
  const [facts, recipient] = await Promise.all([caseFacts(deps, c), recipientOf(deps, c)]);
  const kind = n.kind as NotificationFacts['kind'];
  const letter =
    kind === 'acknowledgement'
      ? acknowledgementLetter({ ...facts, reference: c.reference, trackingCode: await issueTrackingCode(deps, c.id, 'letter'), receivedAt: c.createdAt, recipient })
      : (() => {
          const mail = notificationEmail({ ...facts, kind, reference: c.reference, serviceName: facts.service.name, receivedAt: c.createdAt, text: n.message?.text ?? null, missingItems: n.message?.missingItems ? { replyBy: n.message.replyBy ?? null } : null, erasureOn: n.message?.erasureOn ?? null });
          return { title: mail.subject.replace(/^\[[^\]]+\]\s*/, ''), lines: [...(recipient ? [recipient.name, ...(recipient.address ? [recipient.address] : []), ''] : []), ...mail.text.split('\n')] };
        })();
  return deps.printer.pdf({ ...letter, reference: c.reference, sender: sender(deps) });
}

export async function markLetterPosted(deps: CoreDeps, actor: Actor, id: string): Promise<void> {
  const { n } = await loadLetter(deps, actor, id);
  if (!(await deps.store.notifications.markPosted(n.id))) throw new DomainError('conflict', 'This letter was already posted');
  await deps.store.events.append(caseEvent(deps, n.caseId, 'notification_sent', 'public', actor, { kind: n.kind, channel: 'letter', status: 'posted' }));
}
