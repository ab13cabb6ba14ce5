import { assertCan, type Actor } from '../actor.js';
import { notFound } from '../errors.js';
import type { Directorate, KnowledgeArticle, RequestType } from '../model.js';
import type { CoreDeps } from '../ports.js';

export async function listRequestTypes(
  deps: CoreDeps,
  actor: Actor,
  filter: { category?: string; directorateId?: string; complexity?: 'simple' | 'complex' },
): Promise<RequestType[]> {
  assertCan(actor, 'catalogue:read');
  return deps.store.catalogue.listRequestTypes(filter);
}

export async function listDirectorates(deps: CoreDeps, actor: Actor): Promise<Directorate[]> {
  assertCan(actor, 'catalogue:read');
  return deps.store.catalogue.listDirectorates();
}

export async function searchKnowledge(
  deps: CoreDeps,
  actor: Actor,
  q: string | null,
  filter: { requestTypeCode?: string },
  limit: number,
): Promise<(KnowledgeArticle & { rank: number })[]> {
  assertCan(actor, 'knowledge:read');
  return deps.store.knowledge.search(q && q.trim() ? q.trim() : null, filter, limit);
}

export async function getKnowledgeArticle(deps: CoreDeps, actor: Actor, id: string): Promise<KnowledgeArticle> {
  assertCan(actor, 'knowledge:read');
  const a = await deps.store.knowledge.findById(id);
  if (!a) throw notFound('Knowledge article');
  return a;
}
