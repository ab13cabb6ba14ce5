import { createRoute, z } from '@hono/zod-openapi';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { assertCan } from '../../core/actor.js';
import { exportCatalogue, importCatalogue } from '../../core/admin/catalogue.js';
import { DomainError, invalid } from '../../core/errors.js';
import type { KnowledgeArticle, RequestType } from '../../core/model.js';
import { ArticleInputSchema, RequestTypeInputSchema } from '../admin-schemas.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors } from '../schemas.js';

/**
 * Request types and knowledge articles as CSV, for the spreadsheet a city's services already keep. Same rules as
 * the JSON import (validated row by row, one transaction, audited as `imported`); a CSV names what it changes and
 * leaves the rest of the catalogue alone.
 */
const RT_COLUMNS = ['code', 'label', 'category', 'directorateId', 'complexity', 'deadlineDays', 'active', 'autoEscalate', 'minAcr', 'publicReport', 'retentionDays', 'implicitDecision', 'implicitDecisionMonths', 'appealRoutes', 'extraFields'] as const;
const ARTICLE_COLUMNS = ['slug', 'title', 'body', 'requestTypeCode', 'status'] as const;

const csvBody = { required: true, content: { 'text/csv': { schema: z.string().openapi({ description: 'UTF-8, comma-separated, a header row naming the columns' }) } } };
const csvAnswer = { description: 'UTF-8 CSV with a header row', content: { 'text/csv': { schema: z.string() } } };
const counts = { description: 'What changed', content: { 'application/json': { schema: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }) } } };
const tags = ['Administration'];
const security = [{ apiKey: [] }];

export const routes = {
  exportRequestTypes: createRoute({ method: 'get', path: '/v1/admin/catalogue/request-types.csv', operationId: 'exportRequestTypesCsv', tags, security, summary: `Request types as CSV (${RT_COLUMNS.join(', ')})`, responses: { 200: csvAnswer, ...pickErrors(401, 403) } }),
  importRequestTypes: createRoute({ method: 'put', path: '/v1/admin/catalogue/request-types.csv', operationId: 'importRequestTypesCsv', tags, security, summary: 'Import request types from CSV', request: { body: csvBody }, responses: { 200: counts, ...pickErrors(401, 403, 413, 415, 422) } }),
  exportArticles: createRoute({ method: 'get', path: '/v1/admin/catalogue/knowledge-articles.csv', operationId: 'exportArticlesCsv', tags, security, summary: `Knowledge articles as CSV (${ARTICLE_COLUMNS.join(', ')})`, responses: { 200: csvAnswer, ...pickErrors(401, 403) } }),
  importArticles: createRoute({ method: 'put', path: '/v1/admin/catalogue/knowledge-articles.csv', operationId: 'importArticlesCsv', tags, security, summary: 'Import knowledge articles from CSV', request: { body: csvBody }, responses: { 200: counts, ...pickErrors(401, 403, 413, 415, 422) } }),
};

/** The file's rows by column name; its header must name the key column and no column this import does not know. */
function rows(text: string, known: readonly string[]): Record<string, string>[] {
  let header: string[] = [];
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      columns: (h: string[]) => (header = h),
      skip_empty_lines: true,
      trim: true,
      bom: true,
    }) as Record<string, string>[];
  } catch (err) {
    throw invalid('body', `Not a readable CSV: ${(err as Error).message.slice(0, 200)}`);
  }
  // (A file that is not this table — another export, a stray word — says nothing to import.)
  const unknown = header.filter((h) => !known.includes(h));
  if (!header.includes(known[0]!) || unknown.length) {
    throw invalid('body', `The header row names the columns: ${known.join(', ')} (at least ${known[0]})${unknown.length ? `; unknown: ${unknown.slice(0, 5).join(', ')}` : ''}`);
  }
  return records;
}

/** Each row through the same schema as the JSON import; the first bad one is named with its line. */
function validated<T extends z.ZodType>(schema: T, records: Record<string, unknown>[]): z.infer<T>[] {
  return records.map((r, i) => {
    const parsed = schema.safeParse(r);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw invalid(`line ${i + 2}.${issue.path.join('.')}`, issue.message);
    }
    return parsed.data;
  });
}

const bool = (v: string | undefined) => (v === undefined || v === '' ? undefined : ['true', 'oui', '1', 'yes'].includes(v.toLowerCase()));
const nullable = (v: string | undefined) => (v === undefined || v === '' ? null : v);

export function register(app: App, deps: HttpDeps) {
  const csv = (c: Parameters<Parameters<App['openapi']>[1]>[0], body: string) => {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    return c.body(body, 200);
  };
  const text = async (c: Parameters<Parameters<App['openapi']>[1]>[0]) => {
    if (!c.req.header('content-type')?.toLowerCase().startsWith('text/csv')) throw new DomainError('unsupported_media_type', 'Send the file as Content-Type: text/csv');
    return c.req.text();
  };

  app.openapi(routes.exportRequestTypes, async (c) => {
    const { requestTypes } = await exportCatalogue(deps.core, c.get('actor'));
    const records = requestTypes.map((rt) => ({ ...rt, minAcr: rt.minAcr ?? '', retentionDays: rt.retentionDays ?? '', implicitDecision: rt.implicitDecision ?? 'none', implicitDecisionMonths: rt.implicitDecisionMonths ?? 2, appealRoutes: rt.appealRoutes ?? '', extraFields: JSON.stringify(rt.extraFields) }));
    return csv(c, stringify(records, { header: true, columns: [...RT_COLUMNS] })) as never;
  });
  app.openapi(routes.importRequestTypes, async (c) => {
    assertCan(c.get('actor'), 'administration');
    const records = rows(await text(c), RT_COLUMNS).map((r) => {
      let extraFields: unknown = [];
      try {
        extraFields = r.extraFields ? JSON.parse(r.extraFields) : [];
      } catch {
        extraFields = 'not JSON';
      }
      return {
        ...r,
        deadlineDays: r.deadlineDays === undefined ? undefined : Number(r.deadlineDays),
        active: bool(r.active),
        autoEscalate: bool(r.autoEscalate),
        publicReport: bool(r.publicReport),
        minAcr: nullable(r.minAcr),
        retentionDays: r.retentionDays ? Number(r.retentionDays) : null,
        implicitDecision: r.implicitDecision || undefined,
        implicitDecisionMonths: r.implicitDecisionMonths ? Number(r.implicitDecisionMonths) : undefined,
        appealRoutes: nullable(r.appealRoutes),
        extraFields,
      };
    });
    const types = validated(RequestTypeInputSchema, records).map((rt) => ({ ...rt, id: rt.code.toLowerCase() }) as RequestType);
    return c.json(await importCatalogue(deps.core, c.get('actor'), { directorates: [], requestTypes: types, knowledgeArticles: [] }), 200);
  });
  app.openapi(routes.exportArticles, async (c) => {
    const { knowledgeArticles } = await exportCatalogue(deps.core, c.get('actor'));
    return csv(c, stringify(knowledgeArticles.map((a) => ({ ...a, requestTypeCode: a.requestTypeCode ?? '', status: a.status ?? 'published' })), { header: true, columns: [...ARTICLE_COLUMNS] })) as never;
  });
  app.openapi(routes.importArticles, async (c) => {
    assertCan(c.get('actor'), 'administration');
    // Without a status, an existing article keeps its own and a new one is a draft: a spreadsheet publishes nothing by omission.
    const current = new Map((await exportCatalogue(deps.core, c.get('actor'))).knowledgeArticles.map((a) => [a.slug, a.status]));
    const records = rows(await text(c), ARTICLE_COLUMNS).map((r) => ({ ...r, requestTypeCode: nullable(r.requestTypeCode), status: r.status || current.get(r.slug ?? '') || undefined }));
    const articles = validated(ArticleInputSchema, records).map((a) => ({ ...a, id: a.slug, updatedAt: new Date() }) as KnowledgeArticle);
    return c.json(await importCatalogue(deps.core, c.get('actor'), { directorates: [], requestTypes: [], knowledgeArticles: articles }), 200);
  });
}
