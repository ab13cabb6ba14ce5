import type { Actor } from '../actor.js';
import { DomainError, notFound } from '../errors.js';
import type { CoreDeps, QuarantinedMessage } from '../ports.js';
import { assertMailRoom } from '../postal/mail-room.js';

/**
 * What a channel received but could not read (invalid MIME, no sender, too many attachments…): the mail room
 * reads it, records a request by hand when there is one in it, then marks it handled — and the raw message,
 * personal data of someone who is perhaps not yet a resident of record, is then deleted.
 */
export async function listQuarantined(deps: CoreDeps, actor: Actor): Promise<QuarantinedMessage[]> {
  assertMailRoom(actor);
  return deps.store.channelMessages.listQuarantined(200);
}

/** One quarantined message and its raw bytes (null when they could not be stored). */
export async function readQuarantined(deps: CoreDeps, actor: Actor, id: string): Promise<{ message: QuarantinedMessage; content: Uint8Array | null }> {
  assertMailRoom(actor);
  const message = await deps.store.channelMessages.findQuarantined(id);
  if (!message) throw notFound('Quarantined message');
  return { message, content: message.storageKey ? await deps.files.read(message.storageKey) : null };
}

export async function releaseQuarantined(deps: CoreDeps, actor: Actor, id: string): Promise<void> {
  assertMailRoom(actor);
  if (!(await deps.store.channelMessages.findQuarantined(id))) throw notFound('Quarantined message');
  const released = await deps.store.channelMessages.releaseQuarantined(id, actor.agentId ?? actor.principalId, deps.clock.now());
  if (!released) throw new DomainError('conflict', 'This message was already handled');
  if (released.unusedKey) await deps.files.delete(released.unusedKey);
}
