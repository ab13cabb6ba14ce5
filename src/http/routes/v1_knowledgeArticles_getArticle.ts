import { createRoute, z } from '@hono/zod-openapi';
import { getKnowledgeArticle } from '../../core/catalogue/catalogue.js';
import type { App, HttpDeps } from '../context.js';
import { KnowledgeArticleSchema, knowledgeArticleBody, pickErrors } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/knowledge-articles/{id}',
  operationId: 'getKnowledgeArticle',
  tags: ['Knowledge base'],
  summary: 'Read a knowledge article',
  security: [{ apiKey: [] }],
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: {
    200: { description: 'The article', content: { 'application/json': { schema: KnowledgeArticleSchema } } },
    ...pickErrors(401, 403, 404),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const a = await getKnowledgeArticle(deps.core, c.get('actor'), c.req.valid('param').id);
    return c.json(knowledgeArticleBody(a), 200);
  });
}
