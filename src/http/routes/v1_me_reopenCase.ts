import { createRoute, z } from '@hono/zod-openapi';
import { reopenMyCase } from '../../core/me/my-cases.js';
import { publicCase } from '../../core/me/public-view.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, Uuid } from '../schemas.js';
import { myCaseBody, MyCaseSchema, SESSION_SECURITY } from '../me-schemas.js';

export const ReopenRequest = z.object({ reason: z.string().trim().min(1).max(5000) }).strict().openapi('ReopenRequest');

export const route = createRoute({
  method: 'post',
  path: '/v1/me/cases/{id}/reopen',
  operationId: 'reopenMyCase',
  tags: ['Me'],
  summary: 'Reopen a resolved request, saying why',
  security: SESSION_SECURITY,
  request: {
    params: z.object({ id: Uuid }),
    body: { required: true, content: { 'application/json': { schema: ReopenRequest } } },
  },
  responses: {
    200: { description: 'Reopened', content: { 'application/json': { schema: MyCaseSchema } } },
    ...pickErrors(400, 401, 403, 404, 409, 415, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const updated = await reopenMyCase(deps.core, c.get('actor'), c.req.valid('param').id, c.req.valid('json'));
    return c.json(myCaseBody(await publicCase(deps.core, updated, { withDescription: true })), 200);
  });
}
