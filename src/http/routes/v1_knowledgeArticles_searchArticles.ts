import { createRoute, z } from '@hono/zod-openapi';
import { searchKnowledge } from '../../core/catalogue/catalogue.js';
import type { App, HttpDeps } from '../context.js';
import { KnowledgeArticleSchema, knowledgeArticleBody, pickErrors } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/knowledge-articles',
  operationId: 'searchKnowledgeArticles',
  tags: ['Knowledge base'],
  summary: 'Search the knowledge base (French full text)',
  description: 'French stemming, accents ignored ("ecole" finds "école", "inscrire" finds "inscription"). Without `q`, lists articles by title.',
  security: [{ apiKey: [] }],
  request: {
    query: z.object({
      q: z.string().max(200).optional().openapi({ example: "acte de naissance" }),
      requestTypeCode: z.string().max(64).optional(),
      limit: z.coerce.number().int().min(1).max(50).default(10),
    }),
  },
  responses: {
    200: {
      description: 'Best matches first',
      content: { 'application/json': { schema: z.object({ items: z.array(KnowledgeArticleSchema.extend({ rank: z.number() })) }) } },
    },
    ...pickErrors(401, 403, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { q, requestTypeCode, limit } = c.req.valid('query');
    const items = await searchKnowledge(deps.core, c.get('actor'), q ?? null, requestTypeCode ? { requestTypeCode } : {}, limit);
    return c.json({ items: items.map((a) => ({ ...knowledgeArticleBody(a), rank: a.rank })) }, 200);
  });
}
