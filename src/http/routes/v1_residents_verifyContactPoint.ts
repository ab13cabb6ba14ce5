import { createRoute, z } from '@hono/zod-openapi';
import { verifyContactPoint } from '../../core/residents/contact-verification.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, residentBody, ResidentSchema, Uuid } from '../schemas.js';

export const route = createRoute({
  method: 'post',
  path: '/v1/residents/{id}/contact-points/{contactPointId}/verify',
  operationId: 'verifyContactPoint',
  tags: ['Residents'],
  summary: 'Confirm a contact point with the resident (counter, phone)',
  description:
    'The agent checked with the resident that this address or number is theirs: it becomes verified (`verifiedBy: agent`) and receives news of all their requests. 409 when it is verified already.',
  security: [{ apiKey: [] }],
  request: { params: z.object({ id: Uuid, contactPointId: Uuid }) },
  responses: {
    200: { description: 'The record, with the point verified', content: { 'application/json': { schema: ResidentSchema } } },
    ...pickErrors(401, 403, 404, 409),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { id, contactPointId } = c.req.valid('param');
    return c.json(residentBody(await verifyContactPoint(deps.core, c.get('actor'), id, contactPointId)), 200);
  });
}
