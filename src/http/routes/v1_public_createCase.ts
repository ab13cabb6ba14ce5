import { createRoute, z } from '@hono/zod-openapi';
import { publicCase } from '../../core/me/public-view.js';
import { submitWithLimit } from '../public-limits.js';
import type { App, HttpDeps } from '../context.js';
import { ReplayedHeader, pickErrors } from '../schemas.js';
import { MyCaseRequest } from './v1_me_createCase.js';
import { myCaseBody, MyCaseSchema } from '../me-schemas.js';

const Name = z.string().trim().min(1).max(100);

export const PublicCaseRequest = MyCaseRequest.extend({
    resident: z
      .object({ givenName: Name, familyName: Name, email: z.string().max(254).optional(), phone: z.string().max(40).optional() })
      .strict()
      .optional()
      .openapi({ description: 'Optional: who to answer. Kept as unverified contact points.' }),
  })
  .strict()
  .openapi('PublicCaseRequest');

export const route = createRoute({
  method: 'post',
  path: '/v1/public/cases',
  operationId: 'createPublicCase',
  tags: ['Public'],
  summary: 'File a request without signing in (city website form)',
  description:
    'Answers the reference and the tracking code, the two things needed to follow the request at `GET /v1/public/cases/{reference}`. Limited per address (429 with Retry-After). Request types that need a FranceConnect+ sign-in answer 403.',
  security: [],
  request: {
    headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
    body: { required: true, content: { 'application/json': { schema: PublicCaseRequest } } },
  },
  responses: {
    201: {
      headers: ReplayedHeader,
      description: 'Filed',
      content: {
        'application/json': {
          schema: MyCaseSchema.omit({ id: true, description: true }).extend({ trackingCode: z.string() }).openapi('PublicCaseCreated'),
        },
      },
    },
    ...pickErrors(400, 403, 413, 415, 422, 429),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const result = await submitWithLimit(c, deps, c.req.valid('json'), c.req.valid('header')['idempotency-key']);
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    c.header('Location', `/v1/public/cases/${result.case.reference}`);
    const { id: _id, description: _d, ...view } = myCaseBody(await publicCase(deps.core, result.case, { withDescription: false }));
    return c.json({ ...view, trackingCode: result.trackingCode }, 201);
  });
}
