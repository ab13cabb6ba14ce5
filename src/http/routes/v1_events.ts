import { createRoute, z } from '@hono/zod-openapi';
import { readEventFeed } from '../../core/webhooks/event-feed.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/events',
  operationId: 'readEventFeed',
  tags: ['Webhooks'],
  summary: 'The events webhooks carry, read by polling (for receivers that cannot be called)',
  description:
    'Oldest first, the same payloads as the webhooks (case public fields only). Keep `nextCursor` and pass it as `after`: nothing is missed or read twice, even when transactions commit out of order — an event appears once every earlier transaction has finished. With nothing new, `nextCursor` is the cursor you sent. Integrators and admins.',
  security: [{ apiKey: [] }],
  request: {
    query: z.object({
      after: z.string().max(200).optional().openapi({ description: 'The `nextCursor` of the previous page; absent: from the oldest event kept' }),
      limit: z.coerce.number().int().min(1).max(1000).default(100),
    }),
  },
  responses: {
    200: {
      description: 'A page of events',
      content: {
        'application/json': {
          schema: z
            .object({
              items: z.array(z.object({ id: z.uuid(), type: z.string().openapi({ example: 'case.created' }), timestamp: z.string().openapi({ format: 'date-time' }), data: z.record(z.string(), z.unknown()) })),
              nextCursor: z.string().nullable(),
            })
            .openapi('EventFeedPage'),
        },
      },
    },
    ...pickErrors(401, 403, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const page = await readEventFeed(deps.core, c.get('actor'), { after: q.after, limit: q.limit });
    return c.json({ items: page.items.map((e) => ({ ...e, timestamp: e.timestamp.toISOString() })), nextCursor: page.nextCursor }, 200);
  });
}
