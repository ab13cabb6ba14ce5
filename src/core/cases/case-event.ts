import type { Actor } from '../actor.js';
import type { CaseEvent, EventVisibility } from '../model.js';
import type { CoreDeps } from '../ports.js';

export function caseEvent(
  deps: Pick<CoreDeps, 'newId' | 'clock'>,
  caseId: string,
  type: string,
  visibility: EventVisibility,
  actor: Actor | null,
  data: Record<string, unknown>,
): CaseEvent {
  return {
    id: deps.newId(),
    caseId,
    type,
    visibility,
    actorId: actor ? (actor.agentId ?? actor.principalId) : null,
    data,
    createdAt: deps.clock.now(),
  };
}
