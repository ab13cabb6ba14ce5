import { createRoute, z } from '@hono/zod-openapi';
import {
  createArticle,
  createDirectorate,
  createRequestType,
  exportCatalogue,
  importCatalogue,
  listAllArticles,
  listAllRequestTypes,
  listRoutingRules,
  replaceRoutingRules,
  updateArticle,
  updateDirectorate,
  updateRequestType,
  type DirectorateInput,
} from '../../core/admin/catalogue.js';
import type { Directorate, KnowledgeArticle, RequestType } from '../../core/model.js';
import {
  adminArticleBody,
  AdminArticleSchema,
  adminDirectorateBody,
  AdminDirectorateSchema,
  adminRequestTypeBody,
  AdminRequestTypeSchema,
  ArticleInputSchema,
  ArticlePatchSchema,
  CatalogueDocumentSchema,
  DirectorateInputSchema,
  DirectoratePatchSchema,
  RequestTypeInputSchema,
  RequestTypePatchSchema,
} from '../admin-schemas.js';
import type { App, HttpDeps } from '../context.js';
import { etagOf, pickErrors, versionFromIfMatch } from '../schemas.js';

const tags = ['Administration'];
const RoutingRuleSchema = z
  .object({
    postcodePrefix: z.string().min(1).max(5).openapi({ example: '69003' }),
    requestTypeCode: z.string().max(64).nullable().openapi({ description: 'null: every request type' }),
    directorateId: z.string().max(64),
  })
  .strict()
  .openapi('RoutingRule');
const security = [{ apiKey: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });
const ifMatch = z.object({ 'if-match': z.string().max(100).optional().openapi({ description: 'The ETag you read; a stale one answers 412' }) });
const writeErrors = pickErrors(400, 401, 403, 409, 413, 415, 422);
const patchErrors = pickErrors(400, 401, 403, 404, 409, 412, 413, 415, 422);
const list = <T extends z.ZodType>(schema: T) => ({ description: 'All of them', content: { 'application/json': { schema: z.object({ items: z.array(schema) }) } } });
const one = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

export const routes = {
  listDirectorates: createRoute({ method: 'get', path: '/v1/admin/directorates', operationId: 'adminListDirectorates', tags, security, summary: 'Directorates with every administered field', responses: { 200: list(AdminDirectorateSchema), ...pickErrors(401, 403) } }),
  createDirectorate: createRoute({ method: 'post', path: '/v1/admin/directorates', operationId: 'createDirectorate', tags, security, summary: 'Create a directorate', request: { body: json(DirectorateInputSchema) }, responses: { 201: one(AdminDirectorateSchema, 'Created'), ...writeErrors } }),
  updateDirectorate: createRoute({
    method: 'patch',
    path: '/v1/admin/directorates/{id}',
    operationId: 'updateDirectorate',
    tags,
    security,
    summary: 'Change a directorate: contact, hours, alert mailbox, closure days',
    description: 'Closure days are counted out of the deadlines of cases escalated afterwards (and of the dates shown).',
    request: { params: z.object({ id: z.string().max(64) }), headers: ifMatch, body: json(DirectoratePatchSchema) },
    responses: { 200: one(AdminDirectorateSchema, 'Changed (ETag: its new version)'), ...patchErrors },
  }),
  listRequestTypes: createRoute({ method: 'get', path: '/v1/admin/request-types', operationId: 'adminListRequestTypes', tags, security, summary: 'Request types, inactive ones included', responses: { 200: list(AdminRequestTypeSchema), ...pickErrors(401, 403) } }),
  createRequestType: createRoute({ method: 'post', path: '/v1/admin/request-types', operationId: 'createRequestType', tags, security, summary: 'Create a request type', request: { body: json(RequestTypeInputSchema) }, responses: { 201: one(AdminRequestTypeSchema, 'Created'), ...writeErrors } }),
  updateRequestType: createRoute({
    method: 'patch',
    path: '/v1/admin/request-types/{code}',
    operationId: 'updateRequestType',
    tags,
    security,
    summary: 'Change a request type (deactivate it rather than delete it: its cases keep it)',
    request: { params: z.object({ code: z.string().max(64) }), headers: ifMatch, body: json(RequestTypePatchSchema) },
    responses: { 200: one(AdminRequestTypeSchema, 'Changed (ETag: its new version)'), ...patchErrors },
  }),
  listArticles: createRoute({ method: 'get', path: '/v1/admin/knowledge-articles', operationId: 'adminListArticles', tags, security, summary: 'Knowledge articles, drafts and retired ones included', responses: { 200: list(AdminArticleSchema), ...pickErrors(401, 403) } }),
  createArticle: createRoute({ method: 'post', path: '/v1/admin/knowledge-articles', operationId: 'createArticle', tags, security, summary: 'Write a knowledge article (a draft unless said otherwise)', request: { body: json(ArticleInputSchema) }, responses: { 201: one(AdminArticleSchema, 'Created'), ...writeErrors } }),
  updateArticle: createRoute({
    method: 'patch',
    path: '/v1/admin/knowledge-articles/{id}',
    operationId: 'updateArticle',
    tags,
    security,
    summary: 'Edit, publish or retire a knowledge article',
    description: 'Search finds published articles only, and their new text at once (French full text).',
    request: { params: z.object({ id: z.string().max(64) }), headers: ifMatch, body: json(ArticlePatchSchema) },
    responses: { 200: one(AdminArticleSchema, 'Changed (ETag: its new version)'), ...patchErrors },
  }),
  listRoutingRules: createRoute({
    method: 'get',
    path: '/v1/admin/routing-rules',
    operationId: 'listRoutingRules',
    tags,
    security,
    summary: 'Routing rules: postcode sector → directorate',
    responses: { 200: { description: 'The rules', content: { 'application/json': { schema: z.object({ rules: z.array(RoutingRuleSchema) }) } } }, ...pickErrors(401, 403) },
  }),
  replaceRoutingRules: createRoute({
    method: 'put',
    path: '/v1/admin/routing-rules',
    operationId: 'replaceRoutingRules',
    tags,
    security,
    summary: 'Replace the routing rules',
    description:
      'Escalating a case with a postcode follows the most specific rule (one for its type before one for every type, the longest prefix first), else the type’s owner. The whole set is replaced in one transaction and audited.',
    request: { body: json(z.object({ rules: z.array(RoutingRuleSchema).max(5000) }).strict()) },
    responses: { 200: { description: 'The rules now', content: { 'application/json': { schema: z.object({ rules: z.array(RoutingRuleSchema) }) } } }, ...writeErrors },
  }),
  exportCatalogue: createRoute({ method: 'get', path: '/v1/admin/catalogue', operationId: 'exportCatalogue', tags, security, summary: 'The whole catalogue as one JSON document', responses: { 200: one(CatalogueDocumentSchema, 'The catalogue'), ...pickErrors(401, 403) } }),
  importCatalogue: createRoute({
    method: 'put',
    path: '/v1/admin/catalogue',
    operationId: 'importCatalogue',
    tags,
    security,
    summary: 'Import a catalogue document: new entries created, changed ones updated, in one transaction',
    description: 'Nothing is deleted. Every change is in the audit trail as `imported`. A document with one bad entry changes nothing.',
    request: { body: json(CatalogueDocumentSchema) },
    responses: { 200: one(z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }), 'What changed'), ...writeErrors },
  }),
};

export function register(app: App, deps: HttpDeps) {
  const versioned = <T extends { version?: number }>(c: { header(name: string, value: string): void }, x: T) => (c.header('ETag', etagOf({ id: '', version: x.version ?? 1 })), x);
  const expected = (h: string | undefined) => versionFromIfMatch(h);
  app.openapi(routes.listDirectorates, async (c) => c.json({ items: (await exportCatalogue(deps.core, c.get('actor'))).directorates.map(adminDirectorateBody) }, 200));
  app.openapi(routes.createDirectorate, async (c) => {
    const d = versioned(c, await createDirectorate(deps.core, c.get('actor'), c.req.valid('json') as DirectorateInput));
    return c.json(adminDirectorateBody(d), 201);
  });
  app.openapi(routes.updateDirectorate, async (c) => {
    const d = versioned(c, await updateDirectorate(deps.core, c.get('actor'), c.req.valid('param').id, c.req.valid('json') as Partial<Directorate>, expected(c.req.header('if-match'))));
    return c.json(adminDirectorateBody(d), 200);
  });
  app.openapi(routes.listRequestTypes, async (c) => c.json({ items: (await listAllRequestTypes(deps.core, c.get('actor'))).map(adminRequestTypeBody) }, 200));
  app.openapi(routes.createRequestType, async (c) => c.json(adminRequestTypeBody(versioned(c, await createRequestType(deps.core, c.get('actor'), c.req.valid('json') as Omit<RequestType, 'id'>))), 201));
  app.openapi(routes.updateRequestType, async (c) => {
    const rt = versioned(c, await updateRequestType(deps.core, c.get('actor'), c.req.valid('param').code, c.req.valid('json') as Partial<RequestType>, expected(c.req.header('if-match'))));
    return c.json(adminRequestTypeBody(rt), 200);
  });
  app.openapi(routes.listArticles, async (c) => c.json({ items: (await listAllArticles(deps.core, c.get('actor'))).map(adminArticleBody) }, 200));
  app.openapi(routes.createArticle, async (c) => c.json(adminArticleBody(versioned(c, await createArticle(deps.core, c.get('actor'), c.req.valid('json')))), 201));
  app.openapi(routes.updateArticle, async (c) => {
    const a = versioned(c, await updateArticle(deps.core, c.get('actor'), c.req.valid('param').id, c.req.valid('json') as Partial<KnowledgeArticle>, expected(c.req.header('if-match'))));
    return c.json(adminArticleBody(a), 200);
  });
  app.openapi(routes.listRoutingRules, async (c) => c.json({ rules: await listRoutingRules(deps.core, c.get('actor')) }, 200));
  app.openapi(routes.replaceRoutingRules, async (c) => c.json({ rules: await replaceRoutingRules(deps.core, c.get('actor'), c.req.valid('json').rules) }, 200));
  app.openapi(routes.exportCatalogue, async (c) => {
    const doc = await exportCatalogue(deps.core, c.get('actor'));
    return c.json(
      {
        directorates: doc.directorates.map(adminDirectorateBody),
        requestTypes: doc.requestTypes.map(adminRequestTypeBody),
        knowledgeArticles: doc.knowledgeArticles.map(adminArticleBody),
      },
      200,
    );
  });
  app.openapi(routes.importCatalogue, async (c) => {
    const body = c.req.valid('json');
    const doc: Parameters<typeof importCatalogue>[2] = {
      directorates: body.directorates as DirectorateInput[],
      requestTypes: body.requestTypes.map((rt) => ({ ...rt, id: rt.code.toLowerCase() }) as RequestType),
      knowledgeArticles: body.knowledgeArticles.map((a) => ({ ...a, id: a.slug, updatedAt: new Date() }) as KnowledgeArticle),
    };
    return c.json(await importCatalogue(deps.core, c.get('actor'), doc), 200);
  });
}
