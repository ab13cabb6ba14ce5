import { createRoute, z } from '@hono/zod-openapi';
import { listAudit } from '../../core/admin/audit.js';
import { AUDITED_ENTITIES } from '../../core/model.js';
import { auditBody, AuditEntrySchema } from '../admin-schemas.js';
import type { App, HttpDeps } from '../context.js';
import { CursorQuery, LimitQuery, pickErrors } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/admin/audit',
  operationId: 'listAudit',
  tags: ['Administration'],
  summary: 'The audit trail of administrative changes: who changed what, when, before and after',
  description: 'Newest first; append-only (the database refuses to change or delete a line). Filter by `entity` and `entityId`.',
  security: [{ apiKey: [] }],
  request: {
    query: z.object({ entity: z.enum(AUDITED_ENTITIES).optional(), entityId: z.string().max(64).optional(), limit: LimitQuery, cursor: CursorQuery }),
  },
  responses: {
    200: { description: 'Newest first', content: { 'application/json': { schema: z.object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() }) } } },
    ...pickErrors(401, 403, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const page = await listAudit(deps.core, c.get('actor'), { entity: q.entity, entityId: q.entityId }, q.limit, q.cursor ?? null);
    return c.json({ items: page.items.map(auditBody), nextCursor: page.nextCursor }, 200);
  });
}
