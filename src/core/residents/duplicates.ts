import { assertCan, type Actor } from '../actor.js';
import { invalid } from '../errors.js';
import type { CoreDeps, DuplicatePair, Page } from '../ports.js';
import { logShown } from './access-log.js';

export async function listDuplicateResidents(deps: CoreDeps, actor: Actor, limit: number, cursor: string | null): Promise<Page<DuplicatePair>> {
  assertCan(actor, 'residents:merge');
  const page = await deps.store.residents.listDuplicateCandidates(limit, cursor);
  await logShown(deps, actor, page.items.flatMap((p) => [{ residentId: p.residentA.id }, { residentId: p.residentB.id }]), 'doublons à examiner');
  return page;
}

/** "Not the same person": the pair stops being proposed. */
export async function dismissDuplicateResidents(deps: CoreDeps, actor: Actor, a: string, b: string): Promise<void> {
  assertCan(actor, 'residents:merge');
  if (a === b) throw invalid('otherId', 'The two records must differ');
  await deps.store.residents.dismissDuplicateCandidates(a, b, deps.clock.now());
}
