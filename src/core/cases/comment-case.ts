import { assertCan, type Actor } from '../actor.js';
import { DomainError } from '../errors.js';
import type { CaseEvent, EventVisibility } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { caseEvent } from './case-event.js';
import { replayOf } from '../idempotency.js';
import { loadCaseForChange } from './load-case.js';

/** An internal note (agents only) or a public message (the resident sees it on the timeline). */
export async function commentCase(
  deps: CoreDeps,
  actor: Actor,
  caseId: string,
  input: { visibility: EventVisibility; body: string },
  idempotencyKey?: string,
): Promise<{ event: CaseEvent; replayed: boolean }> {
  assertCan(actor, 'cases:work');
  return deps.store.transaction(async (tx) => {
    const c = await loadCaseForChange(tx, actor, caseId);
    const planned = { eventId: deps.newId() };
    const prior = await replayOf(tx, actor, idempotencyKey, 'addCaseEvent', { caseId: c.id, ...input }, planned);
    if (prior) {
      const first = (await tx.events.listForCase(c.id)).find((e) => e.id === prior.eventId);
      if (!first) throw new DomainError('conflict', 'The event written by the first request no longer exists');
      return { event: first, replayed: true };
    }
    if (c.status === 'merged') throw new DomainError('invalid_transition', `This case was merged into ${c.mergedInto}; write on the master case`);
    const event = { ...caseEvent(deps, c.id, input.visibility === 'public' ? 'message_sent' : 'note_added', input.visibility, actor, { body: input.body }), id: planned.eventId };
    await tx.events.append(event);
    await tx.cases.update({ ...c, updatedAt: deps.clock.now() });
    return { event, replayed: false };
  });
}
