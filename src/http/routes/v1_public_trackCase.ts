import { createRoute, z } from '@hono/zod-openapi';
import { trackWithLimit } from '../public-limits.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors } from '../schemas.js';
import { MyCaseSchema, PublicEventSchema, publicEventBody } from '../me-schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/public/cases/{reference}',
  operationId: 'trackPublicCase',
  tags: ['Public'],
  summary: 'Follow a request with its reference and tracking code',
  description:
    'Status, expected answer date, the service in charge and the dated steps; no personal data. A wrong code answers the same 404 as an unknown reference; repeated failures from one address answer 429.',
  security: [],
  request: {
    params: z.object({ reference: z.string().max(20).openapi({ example: '26-K7M4-Q9XC' }) }),
    query: z.object({ code: z.string().min(1).max(20).openapi({ description: 'The tracking code', example: 'K7M4-Q9XC-2B3D' }) }),
  },
  responses: {
    200: {
      description: 'The case',
      content: {
        'application/json': {
          schema: MyCaseSchema.omit({ id: true, description: true })
            .extend({ timeline: z.array(PublicEventSchema.omit({ message: true })) })
            .openapi('TrackedCase'),
        },
      },
    },
    ...pickErrors(404, 422, 429),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { reference } = c.req.valid('param');
    const tracked = await trackWithLimit(c, deps, reference, c.req.valid('query').code);
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        ...tracked,
        receivedAt: tracked.receivedAt.toISOString(),
        updatedAt: tracked.updatedAt.toISOString(),
        expectedAnswerAt: tracked.expectedAnswerAt?.toISOString() ?? null,
        timeline: tracked.timeline.map(publicEventBody),
      },
      200,
    );
  });
}
