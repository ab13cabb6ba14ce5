import { createRoute, z } from '@hono/zod-openapi';
import { getMyCase } from '../../core/me/my-cases.js';
import { publicCase, publicTimeline } from '../../core/me/public-view.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, Uuid } from '../schemas.js';
import { myCaseBody, MyCaseSchema, PublicEventSchema, publicEventBody, SESSION_SECURITY } from '../me-schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/me/cases/{id}',
  operationId: 'getMyCase',
  tags: ['Me'],
  summary: 'One of my requests with its public timeline',
  description: 'Never internal notes. Another resident’s case answers 404, like a missing one.',
  security: SESSION_SECURITY,
  request: { params: z.object({ id: Uuid }) },
  responses: {
    200: { description: 'The case', content: { 'application/json': { schema: MyCaseSchema.extend({ timeline: z.array(PublicEventSchema) }).openapi('MyCaseDetail') } } },
    ...pickErrors(401, 403, 404, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { case: found, events } = await getMyCase(deps.core, c.get('actor'), c.req.valid('param').id);
    const view = await publicCase(deps.core, found, { withDescription: true });
    return c.json({ ...myCaseBody(view), timeline: publicTimeline(events).map(publicEventBody) }, 200);
  });
}
