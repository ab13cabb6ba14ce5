import { createRoute, z } from '@hono/zod-openapi';
import { myAccessLog } from '../../core/me/my-access-log.js';
import type { App, HttpDeps } from '../context.js';
import { CursorQuery, LimitQuery, pickErrors, Timestamp } from '../schemas.js';
import { SESSION_SECURITY } from '../me-schemas.js';

const AccessEntrySchema = z
  .object({
    at: Timestamp,
    who: z.string().openapi({ example: 'Agent voirie (démo)' }),
    role: z.string(),
    roleLabel: z.string().openapi({ example: 'Agent de direction' }),
    purpose: z.string().nullable().openapi({ example: 'appel entrant' }),
    caseId: z.uuid().nullable(),
  })
  .openapi('AccessLogEntry');

export const route = createRoute({
  method: 'get',
  path: '/v1/me/access-log',
  operationId: 'myAccessLog',
  tags: ['Me'],
  summary: 'Who looked at my file',
  description: 'Every read of the resident’s record or cases by an agent or an application of the city, newest first (RGPD transparency).',
  security: SESSION_SECURITY,
  request: { query: z.object({ limit: LimitQuery, cursor: CursorQuery }) },
  responses: {
    200: { description: 'Newest first', content: { 'application/json': { schema: z.object({ items: z.array(AccessEntrySchema), nextCursor: z.string().nullable() }).openapi('AccessLogPage') } } },
    ...pickErrors(401, 403, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = await myAccessLog(deps.core, c.get('actor'), limit, cursor ?? null);
    return c.json({ items: page.items.map((e) => ({ ...e, at: e.at.toISOString() })), nextCursor: page.nextCursor }, 200);
  });
}
