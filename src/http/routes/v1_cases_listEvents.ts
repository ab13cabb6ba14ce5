import { createRoute, z } from '@hono/zod-openapi';
import { getCaseTimeline } from '../../core/cases/read-case.js';
import type { App, HttpDeps } from '../context.js';
import { caseEventBody, CaseEventSchema, pickErrors, Uuid } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/cases/{id}/events',
  operationId: 'listCaseEvents',
  tags: ['Cases'],
  summary: "Read a case's full timeline",
  description: 'Every change to a case writes an immutable event; `public` events are what the resident sees.',
  security: [{ apiKey: [] }],
  request: { params: z.object({ id: Uuid }), headers: z.object({ 'x-access-purpose': z.string().max(200).optional() }) },
  responses: {
    200: { description: 'Oldest first', content: { 'application/json': { schema: z.object({ items: z.array(CaseEventSchema) }) } } },
    ...pickErrors(401, 403, 404, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const events = await getCaseTimeline(deps.core, c.get('actor'), c.req.valid('param').id, { purpose: c.req.valid('header')['x-access-purpose'] });
    return c.json({ items: events.map(caseEventBody) }, 200);
  });
}
