import { createRoute, z } from '@hono/zod-openapi';
import { listMyCases } from '../../core/me/my-cases.js';
import { publicCase } from '../../core/me/public-view.js';
import type { App, HttpDeps } from '../context.js';
import { CursorQuery, LimitQuery, pickErrors } from '../schemas.js';
import { myCaseBody, MyCaseSchema, SESSION_SECURITY } from '../me-schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/me/cases',
  operationId: 'listMyCases',
  tags: ['Me'],
  summary: 'Every request of the signed-in resident, whatever the channel',
  description: 'Cases filed by letter, phone, email, at the counter, on the website or a social network, once the identity is linked to the resident record.',
  security: SESSION_SECURITY,
  request: { query: z.object({ limit: LimitQuery, cursor: CursorQuery }) },
  responses: {
    200: { description: 'Newest first', content: { 'application/json': { schema: z.object({ items: z.array(MyCaseSchema), nextCursor: z.string().nullable() }).openapi('MyCasePage') } } },
    ...pickErrors(401, 403, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = await listMyCases(deps.core, c.get('actor'), limit, cursor ?? null);
    const items = await Promise.all(page.items.map((x) => publicCase(deps.core, x, { withDescription: true })));
    return c.json({ items: items.map(myCaseBody), nextCursor: page.nextCursor }, 200);
  });
}
