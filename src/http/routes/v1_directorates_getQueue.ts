import { createRoute, z } from '@hono/zod-openapi';
import { directorateQueue } from '../../core/cases/directorate-queue.js';
import type { App, HttpDeps } from '../context.js';
import { caseBody, CaseSchema, CursorQuery, pickErrors } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/directorates/{id}/queue',
  operationId: 'getDirectorateQueue',
  tags: ['Escalation'],
  summary: "A directorate's queue of open escalated cases, soonest deadline first",
  description: 'Each case carries `dueAt` and `deadlineState` (`on_track`, `at_risk`, `breached`, or `paused` while waiting for the resident).',
  security: [{ apiKey: [] }],
  request: {
    params: z.object({ id: z.string().min(1).max(64) }),
    query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), cursor: CursorQuery }),
  },
  responses: {
    200: { description: 'A page of the queue', content: { 'application/json': { schema: z.object({ items: z.array(CaseSchema), nextCursor: z.string().nullable() }) } } },
    ...pickErrors(401, 403, 404, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = await directorateQueue(deps.core, c.get('actor'), c.req.valid('param').id, limit, cursor ?? null);
    return c.json({ items: page.items.map(caseBody), nextCursor: page.nextCursor }, 200);
  });
}
