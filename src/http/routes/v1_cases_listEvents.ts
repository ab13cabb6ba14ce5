import { createRoute, z } from '@hono/zod-openapi';
import { getCaseTimeline } from '../../core/cases/read-case.js';
import type { App, HttpDeps } from '../context.js';
import { caseEventBody, CaseEventSchema, CursorQuery, pickErrors, Uuid } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/cases/{id}/events',
  operationId: 'listCaseEvents',
  tags: ['Cases'],
  summary: "Read a case's full timeline",
  description:
    'Every change to a case writes an immutable event; `public` events are what the resident sees. Oldest first, a page at a time (`limit`, default 100, at most 500): follow `nextCursor` until it is null.',
  security: [{ apiKey: [] }],
  request: {
    params: z.object({ id: Uuid }),
    query: z.object({
      limit: z.coerce.number().int().min(1).max(500).default(100).openapi({ description: 'Page size (1-500)' }),
      cursor: CursorQuery,
    }),
    headers: z.object({ 'x-access-purpose': z.string().max(200).optional() }),
  },
  responses: {
    200: {
      description: 'Oldest first',
      content: { 'application/json': { schema: z.object({ items: z.array(CaseEventSchema), nextCursor: z.string().nullable() }).openapi('CaseEventList') } },
    },
    ...pickErrors(401, 403, 404, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = await getCaseTimeline(deps.core, c.get('actor'), c.req.valid('param').id, { purpose: c.req.valid('header')['x-access-purpose'], limit, cursor: cursor ?? null });
    return c.json({ items: page.items.map(caseEventBody), nextCursor: page.nextCursor }, 200);
  });
}
