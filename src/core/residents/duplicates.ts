import { assertCan, type Actor } from '../actor.js';
import { invalid } from '../errors.js';
import type { CoreDeps, DuplicatePair, Page } from '../ports.js';

export async function listDuplicateResidents(deps: CoreDeps, actor: Actor, limit: number, cursor: string | null): Promise<Page<DuplicatePair>> {
  assertCan(actor, 'residents:merge');
  return deps.store.residents.listDuplicateCandidates(limit, cursor);
}

/** "Not the same person": the pair stops being proposed. */
export async function dismissDuplicateResidents(deps: CoreDeps, actor: Actor, a: string, b: string): Promise<void> {
  assertCan(actor, 'residents:merge');
  if (a === b) throw invalid('otherId', 'The two records must differ');
  await deps.store.residents.dismissDuplicateCandidates(a, b, deps.clock.now());
}
