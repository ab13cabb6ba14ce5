import { createRoute, z } from '@hono/zod-openapi';
import { setAgentAbsence } from '../../core/agents/set-absence.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors } from '../schemas.js';

export const route = createRoute({
  method: 'put',
  path: '/v1/agents/{id}/absence',
  operationId: 'setAgentAbsence',
  tags: ['Escalation'],
  summary: 'Mark an agent absent or present',
  description: 'Escalations are assigned to the least-loaded present agent of the directorate; absent agents get none.',
  security: [{ apiKey: [] }],
  request: {
    params: z.object({ id: z.string().min(1).max(64) }),
    body: { required: true, content: { 'application/json': { schema: z.object({ absent: z.boolean() }).strict() } } },
  },
  responses: {
    204: { description: 'Recorded' },
    ...pickErrors(400, 401, 403, 404, 413, 415, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    await setAgentAbsence(deps.core, c.get('actor'), c.req.valid('param').id, c.req.valid('json').absent);
    return c.body(null, 204);
  });
}
