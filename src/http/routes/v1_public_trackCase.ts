import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../core/errors.js';
import { trackPublicCase } from '../../core/public/public-cases.js';
import { clientKey } from '../client-address.js';
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
    const caller = clientKey(c, deps.trustProxyHops);
    const max = deps.limits.trackingFailuresPer15Min;
    const limiter = deps.identity.limiter;
    // Counted before the look-up, in one atomic statement: a burst from one address gets at most `max` tries.
    const byAddress = `track-fail:${caller}`;
    // Per reference only as a slow backstop (many addresses guessing one code), so that strangers cannot lock
    // the owner out of their own request.
    const byReference = `track-fail-ref:${reference.toUpperCase().replace(/[^0-9A-Z]/g, '')}`;
    const [counted, backstop] = await Promise.all([limiter.hit(byAddress, max, 900), limiter.exceeded(byReference, max * 10, 3600)]);
    if (!counted.allowed || !backstop.allowed) {
      throw new DomainError('rate_limited', 'Too many wrong tracking codes; try again later', {
        detailFr: 'Trop de tentatives avec un code de suivi erroné. Réessayez dans quelques minutes.',
        retryAfterSeconds: counted.allowed ? backstop.retryAfterSeconds : counted.retryAfterSeconds,
      });
    }
    try {
      const tracked = await trackPublicCase(deps.core, reference, c.req.valid('query').code);
      // The right code: this attempt was no failure.
      await limiter.undo(byAddress, 900);
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
    } catch (err) {
      if (err instanceof DomainError && err.code === 'not_found') await limiter.hit(byReference, max * 10, 3600);
      throw err;
    }
  });
}
