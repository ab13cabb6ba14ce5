import { createRoute, z } from '@hono/zod-openapi';
import { listRequestTypes } from '../../core/catalogue/catalogue.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, requestTypeBody, RequestTypeSchema } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/request-types',
  operationId: 'listRequestTypes',
  tags: ['Catalogue'],
  summary: 'The catalogue of request types',
  description: 'The catalogue is small (tens of entries): it is returned whole, ordered by category and label.',
  security: [{ apiKey: [] }],
  request: {
    query: z.object({
      category: z.string().max(100).optional(),
      directorateId: z.string().max(64).optional(),
      complexity: z.enum(['simple', 'complex']).optional(),
    }),
  },
  responses: {
    200: { description: 'Active request types', content: { 'application/json': { schema: z.object({ items: z.array(RequestTypeSchema) }) } } },
    ...pickErrors(401, 403, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const items = await listRequestTypes(deps.core, c.get('actor'), c.req.valid('query'));
    return c.json({ items: items.map(requestTypeBody) }, 200);
  });
}
