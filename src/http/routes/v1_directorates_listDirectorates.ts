import { createRoute, z } from '@hono/zod-openapi';
import { listDirectorates } from '../../core/catalogue/catalogue.js';
import type { App, HttpDeps } from '../context.js';
import { directorateBody, DirectorateSchema, pickErrors } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/directorates',
  operationId: 'listDirectorates',
  tags: ['Catalogue'],
  summary: "The city's directorates",
  security: [{ apiKey: [] }],
  responses: {
    200: { description: 'All directorates, by name', content: { 'application/json': { schema: z.object({ items: z.array(DirectorateSchema) }) } } },
    ...pickErrors(401, 403),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const items = await listDirectorates(deps.core, c.get('actor'));
    return c.json({ items: items.map(directorateBody) }, 200);
  });
}
