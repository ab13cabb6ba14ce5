import { assertCan, type Actor } from '../actor.js';
import { DomainError, invalid, notFound } from '../errors.js';
import type { Directorate, KnowledgeArticle, RequestType, RoutingRule } from '../model.js';
import type { CoreDeps, Repositories } from '../ports.js';
import { audit } from './audit.js';

/**
 * The city's own catalogue — directorates, request types, knowledge articles — created and changed by its admins,
 * each change with If-Match and a line in the audit trail. This process forgets its cached catalogue at once,
 * and the database's triggers tell the others.
 */

/** A new directorate: what is not given is empty (no contact yet, the city's hours, no closure). */
export type DirectorateInput = Pick<Directorate, 'id' | 'name'> & Partial<Omit<Directorate, 'id' | 'name' | 'version'>>;
export type DirectoratePatch = Partial<Omit<Directorate, 'id' | 'code' | 'version'>>;
export type RequestTypeInput = Omit<RequestType, 'id' | 'version'>;
export type RequestTypePatch = Partial<Omit<RequestType, 'id' | 'code' | 'version'>>;
export type ArticleInput = Pick<KnowledgeArticle, 'slug' | 'title' | 'body' | 'requestTypeCode'> & { status?: KnowledgeArticle['status'] };
export type ArticlePatch = Partial<Pick<KnowledgeArticle, 'title' | 'body' | 'requestTypeCode' | 'status'>>;

const ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
const CODE = /^[A-Z0-9][A-Z0-9-]{1,63}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkVersion(what: string, current: number | undefined, expected: number | undefined): void {
  if (expected !== undefined && current !== expected) {
    throw new DomainError('precondition_failed', `The ${what} changed since you read it (version ${current}, you sent ${expected})`);
  }
}

function checkDirectorateFields(d: Directorate): void {
  for (const day of d.closedDays ?? []) if (!DAY.test(day) || Number.isNaN(Date.parse(day))) throw invalid('closedDays', `Not a date (YYYY-MM-DD): ${day}`);
  for (const [wd, intervals] of Object.entries(d.businessHours ?? {})) {
    for (const [from, to] of intervals ?? []) {
      if (!(from >= 0 && to <= 24 * 60 && from < to)) throw invalid(`businessHours.${wd}`, 'Intervals are [from, to] minutes after midnight, from < to ≤ 1440');
    }
  }
}

async function checkRequestType(tx: Repositories, rt: RequestType): Promise<void> {
  if (!(await tx.catalogue.directorateById(rt.directorateId))) throw invalid('directorateId', `Unknown directorate: ${rt.directorateId}`);
  const names = rt.extraFields.map((f) => f.name);
  if (new Set(names).size !== names.length) throw invalid('extraFields', 'Each extra field has its own name');
}

async function checkArticle(tx: Repositories, a: KnowledgeArticle): Promise<void> {
  if (a.requestTypeCode && !(await tx.catalogue.requestTypeByCode(a.requestTypeCode))) throw invalid('requestTypeCode', `Unknown request type: ${a.requestTypeCode}`);
}

async function changed<T>(deps: CoreDeps, fn: (tx: Repositories) => Promise<T>): Promise<T> {
  const result = await deps.store.transaction(fn);
  deps.store.catalogue.forget?.();
  return result;
}

type Deps = Pick<CoreDeps, 'newId' | 'clock'>;

async function createDirectorateIn(deps: Deps, tx: Repositories, actor: Actor, input: DirectorateInput, action = 'created'): Promise<Directorate> {
  if (!ID.test(input.id)) throw invalid('id', 'Lower-case letters, digits and dashes (2 to 64)');
  const d: Directorate = {
    email: null,
    phone: null,
    address: null,
    openingHours: null,
    businessHours: null,
    staffEmail: null,
    ...input,
    code: input.code ?? input.id,
    closedDays: input.closedDays ?? [],
  };
  checkDirectorateFields(d);
  if (!(await tx.catalogue.insertDirectorate(d))) throw new DomainError('conflict', `A directorate ${d.id} exists already`);
  const created = (await tx.catalogue.directorateById(d.id))!;
  await audit(deps, tx, actor, { entity: 'directorate', entityId: d.id, action, before: null, after: created });
  return created;
}

async function updateDirectorateIn(deps: Deps, tx: Repositories, actor: Actor, id: string, patch: DirectoratePatch, expectedVersion?: number, action = 'updated'): Promise<Directorate> {
  tx.catalogue.forget?.();
  const before = await tx.catalogue.directorateById(id);
  if (!before) throw notFound('Directorate');
  checkVersion('directorate', before.version, expectedVersion);
  const next: Directorate = { ...before, ...patch };
  checkDirectorateFields(next);
  await tx.catalogue.updateDirectorate(next);
  tx.catalogue.forget?.();
  const after = (await tx.catalogue.directorateById(id))!;
  await audit(deps, tx, actor, { entity: 'directorate', entityId: id, action, before, after });
  return after;
}

export async function createDirectorate(deps: CoreDeps, actor: Actor, input: DirectorateInput): Promise<Directorate> {
  assertCan(actor, 'administration');
  return changed(deps, (tx) => createDirectorateIn(deps, tx, actor, input));
}

export async function updateDirectorate(deps: CoreDeps, actor: Actor, id: string, patch: DirectoratePatch, expectedVersion?: number): Promise<Directorate> {
  assertCan(actor, 'administration');
  return changed(deps, (tx) => updateDirectorateIn(deps, tx, actor, id, patch, expectedVersion));
}

export async function listAllRequestTypes(deps: CoreDeps, actor: Actor): Promise<RequestType[]> {
  assertCan(actor, 'administration');
  return deps.store.catalogue.listAllRequestTypes();
}

async function createRequestTypeIn(deps: Deps, tx: Repositories, actor: Actor, input: RequestTypeInput, action = 'created'): Promise<RequestType> {
  if (!CODE.test(input.code)) throw invalid('code', 'Upper-case letters, digits and dashes (2 to 64), e.g. VOI-NID-POULE');
  const rt: RequestType = { ...input, id: input.code.toLowerCase() };
  await checkRequestType(tx, rt);
  if (!(await tx.catalogue.insertRequestType(rt))) throw new DomainError('conflict', `A request type ${rt.code} exists already`);
  const created = (await tx.catalogue.requestTypeByCode(rt.code))!;
  await audit(deps, tx, actor, { entity: 'request_type', entityId: rt.code, action, before: null, after: created });
  return created;
}

async function updateRequestTypeIn(deps: Deps, tx: Repositories, actor: Actor, code: string, patch: RequestTypePatch, expectedVersion?: number, action = 'updated'): Promise<RequestType> {
  tx.catalogue.forget?.();
  const before = await tx.catalogue.requestTypeByCode(code);
  if (!before) throw notFound('Request type');
  checkVersion('request type', before.version, expectedVersion);
  const next: RequestType = { ...before, ...patch };
  await checkRequestType(tx, next);
  await tx.catalogue.updateRequestType(next);
  tx.catalogue.forget?.();
  const after = (await tx.catalogue.requestTypeByCode(code))!;
  await audit(deps, tx, actor, { entity: 'request_type', entityId: code, action, before, after });
  return after;
}

export async function createRequestType(deps: CoreDeps, actor: Actor, input: RequestTypeInput): Promise<RequestType> {
  assertCan(actor, 'administration');
  return changed(deps, (tx) => createRequestTypeIn(deps, tx, actor, input));
}

export async function updateRequestType(deps: CoreDeps, actor: Actor, code: string, patch: RequestTypePatch, expectedVersion?: number): Promise<RequestType> {
  assertCan(actor, 'administration');
  return changed(deps, (tx) => updateRequestTypeIn(deps, tx, actor, code, patch, expectedVersion));
}

export async function listAllArticles(deps: CoreDeps, actor: Actor): Promise<KnowledgeArticle[]> {
  assertCan(actor, 'administration');
  return deps.store.knowledge.listAll();
}

async function createArticleIn(deps: Deps, tx: Repositories, actor: Actor, input: ArticleInput, action = 'created'): Promise<KnowledgeArticle> {
  if (!ID.test(input.slug)) throw invalid('slug', 'Lower-case letters, digits and dashes (2 to 64)');
  const a: KnowledgeArticle = { ...input, id: input.slug, status: input.status ?? 'draft', updatedAt: deps.clock.now() };
  await checkArticle(tx, a);
  if (!(await tx.knowledge.insert(a))) throw new DomainError('conflict', `An article ${a.slug} exists already`);
  const created = (await tx.knowledge.findById(a.id))!;
  await audit(deps, tx, actor, { entity: 'knowledge_article', entityId: a.id, action, before: null, after: created });
  return created;
}

async function updateArticleIn(deps: Deps, tx: Repositories, actor: Actor, id: string, patch: ArticlePatch, expectedVersion?: number, action?: string): Promise<KnowledgeArticle> {
  const before = await tx.knowledge.findById(id);
  if (!before) throw notFound('Knowledge article');
  checkVersion('article', before.version, expectedVersion);
  const next: KnowledgeArticle = { ...before, ...patch, updatedAt: deps.clock.now() };
  await checkArticle(tx, next);
  await tx.knowledge.update(next);
  const after = (await tx.knowledge.findById(id))!;
  const verb = action ?? (before.status !== after.status ? (after.status === 'published' ? 'published' : after.status === 'retired' ? 'retired' : 'unpublished') : 'updated');
  await audit(deps, tx, actor, { entity: 'knowledge_article', entityId: id, action: verb, before, after });
  return after;
}

export async function createArticle(deps: CoreDeps, actor: Actor, input: ArticleInput): Promise<KnowledgeArticle> {
  assertCan(actor, 'administration');
  return changed(deps, (tx) => createArticleIn(deps, tx, actor, input));
}

/** Edit, publish (found by search from then on), retire (no longer found; kept for the cases it answered). */
export async function updateArticle(deps: CoreDeps, actor: Actor, id: string, patch: ArticlePatch, expectedVersion?: number): Promise<KnowledgeArticle> {
  assertCan(actor, 'administration');
  return changed(deps, (tx) => updateArticleIn(deps, tx, actor, id, patch, expectedVersion));
}

/** The whole catalogue as one JSON document: what another installation imports. */
export interface CatalogueDocument {
  directorates: Directorate[];
  requestTypes: RequestType[];
  knowledgeArticles: KnowledgeArticle[];
}

export async function exportCatalogue(deps: CoreDeps, actor: Actor): Promise<CatalogueDocument> {
  assertCan(actor, 'administration');
  const [directorates, requestTypes, knowledgeArticles] = await Promise.all([
    deps.store.catalogue.listDirectorates(),
    deps.store.catalogue.listAllRequestTypes(),
    deps.store.knowledge.listAll(),
  ]);
  return { directorates, requestTypes, knowledgeArticles };
}

/** Keys in one order at every depth: the database hands JSON objects back with its own key order. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' && !(v instanceof Date) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)])) : v;

const strip = <T extends object>(o: T) => {
  const { version: _v, updatedAt: _u, ...rest } = o as T & { version?: number; updatedAt?: Date };
  return JSON.stringify(canonical(rest));
};

/**
 * Imports a catalogue document: what is new is created, what differs is updated, what is the same is left alone
 * — each change in the audit trail as "imported". Directorates first, then request types, then articles, so each
 * finds what it refers to. Nothing is deleted (a request type no longer wanted is deactivated instead).
 */
export async function importCatalogue(deps: CoreDeps, actor: Actor, doc: Omit<CatalogueDocument, 'directorates'> & { directorates: DirectorateInput[] }): Promise<{ created: number; updated: number; unchanged: number }> {
  assertCan(actor, 'administration');
  const current = await exportCatalogue(deps, actor);
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  const [ds, rts, as] = [byId(current.directorates), byId(current.requestTypes), byId(current.knowledgeArticles)];
  // One transaction: a document with one bad entry changes nothing.
  return changed(deps, async (tx) => {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const d of doc.directorates) {
      const old = ds.get(d.id);
      if (!old) await createDirectorateIn(deps, tx, actor, d, 'imported'), counts.created++;
      else if (strip(old) !== strip({ ...old, ...d })) await updateDirectorateIn(deps, tx, actor, d.id, d, undefined, 'imported'), counts.updated++;
      else counts.unchanged++;
    }
    for (const rt of doc.requestTypes) {
      const old = rts.get(rt.code.toLowerCase());
      const { id: _id, ...fields } = rt;
      if (!old) await createRequestTypeIn(deps, tx, actor, fields, 'imported'), counts.created++;
      else if (strip(old) !== strip({ ...old, ...fields })) await updateRequestTypeIn(deps, tx, actor, rt.code, fields, undefined, 'imported'), counts.updated++;
      else counts.unchanged++;
    }
    for (const a of doc.knowledgeArticles) {
      const old = as.get(a.slug);
      const fields = { title: a.title, body: a.body, requestTypeCode: a.requestTypeCode, status: a.status ?? 'published' };
      if (!old) await createArticleIn(deps, tx, actor, { slug: a.slug, ...fields }, 'imported'), counts.created++;
      else if (strip({ title: old.title, body: old.body, requestTypeCode: old.requestTypeCode, status: old.status }) !== strip(fields)) {
        await updateArticleIn(deps, tx, actor, old.id, fields, undefined, 'imported');
        counts.updated++;
      } else counts.unchanged++;
    }
    return counts;
  });
}

export async function listRoutingRules(deps: CoreDeps, actor: Actor): Promise<RoutingRule[]> {
  assertCan(actor, 'administration');
  return deps.store.catalogue.listRoutingRules();
}

/**
 * Replaces the routing rules (postcode sector → directorate, for every type or one): what escalation follows when a
 * case has a postcode. The most specific rule wins (a type's before all types', the longest prefix first).
 */
export async function replaceRoutingRules(deps: CoreDeps, actor: Actor, rules: RoutingRule[]): Promise<RoutingRule[]> {
  assertCan(actor, 'administration');
  rules.forEach((r, i) => {
    if (!/^(\d|2A|2B)\d{0,4}$/i.test(r.postcodePrefix)) throw invalid(`rules.${i}.postcodePrefix`, 'The start of a French postcode (1 to 5 characters, Corsica 2A/2B)');
  });
  return changed(deps, async (tx) => {
    for (const [i, r] of rules.entries()) {
      if (!(await tx.catalogue.directorateById(r.directorateId))) throw invalid(`rules.${i}.directorateId`, `Unknown directorate: ${r.directorateId}`);
      if (r.requestTypeCode && !(await tx.catalogue.requestTypeByCode(r.requestTypeCode))) throw invalid(`rules.${i}.requestTypeCode`, `Unknown request type: ${r.requestTypeCode}`);
    }
    const before = await tx.catalogue.listRoutingRules();
    await tx.catalogue.replaceRoutingRules(rules.map((r) => ({ ...r, postcodePrefix: r.postcodePrefix.toUpperCase() })));
    const after = await tx.catalogue.listRoutingRules();
    await audit(deps, tx, actor, { entity: 'routing_rules', entityId: 'all', action: 'replaced', before: { rules: before }, after: { rules: after } });
    return after;
  });
}
