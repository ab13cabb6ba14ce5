import { createRoute, z } from '@hono/zod-openapi';
import { dismissDuplicateResidents } from '../../core/residents/duplicates.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, Uuid } from '../schemas.js';

export const route = createRoute({
  method: 'post',
  path: '/v1/residents/{id}/not-duplicate',
  operationId: 'dismissDuplicateResidents',
  tags: ['Residents'],
  summary: 'Say that two records are different people',
  description: 'The pair stops being proposed as a possible duplicate.',
  security: [{ apiKey: [] }],
  request: {
    params: z.object({ id: Uuid }),
    body: { required: true, content: { 'application/json': { schema: z.object({ otherId: Uuid }).strict() } } },
  },
  responses: {
    204: { description: 'Dismissed' },
    ...pickErrors(400, 401, 403, 413, 415, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    await dismissDuplicateResidents(deps.core, c.get('actor'), c.req.valid('param').id, c.req.valid('json').otherId);
    return c.body(null, 204);
  });
}
