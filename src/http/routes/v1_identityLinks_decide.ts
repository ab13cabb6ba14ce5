import { createRoute, z } from '@hono/zod-openapi';
import { decideLinkCandidate } from '../../core/identity/link-candidates.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, Uuid } from '../schemas.js';

export const route = createRoute({
  method: 'post',
  path: '/v1/identity-links/{id}/decision',
  operationId: 'decideIdentityLink',
  tags: ['Residents'],
  summary: 'Confirm or reject that a sign-in is this resident',
  description: 'Confirming merges the record created at sign-in into the existing one (undoable like any merge) and links the identity to it.',
  security: [{ apiKey: [] }],
  request: {
    params: z.object({ id: Uuid }),
    body: { required: true, content: { 'application/json': { schema: z.object({ decision: z.enum(['confirmed', 'rejected']) }).strict().openapi('IdentityLinkDecision') } } },
  },
  responses: {
    200: { description: 'Decided', content: { 'application/json': { schema: z.object({ residentId: z.uuid().nullable() }) } } },
    ...pickErrors(400, 401, 403, 404, 409, 415, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const result = await decideLinkCandidate(deps.core, c.get('actor'), c.req.valid('param').id, c.req.valid('json').decision);
    return c.json(result, 200);
  });
}
