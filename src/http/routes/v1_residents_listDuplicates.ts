import { createRoute, z } from '@hono/zod-openapi';
import { listDuplicateResidents } from '../../core/residents/duplicates.js';
import type { App, HttpDeps } from '../context.js';
import { CursorQuery, pickErrors, residentBody, ResidentSchema, Timestamp } from '../schemas.js';

export const DuplicateListSchema = z
  .object({
    items: z.array(
      z.object({
        residentA: ResidentSchema,
        residentB: ResidentSchema,
        reasons: z.array(z.string()).openapi({ example: ['shared_phone'] }),
        detectedAt: Timestamp,
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi('DuplicateResidentList');

export const route = createRoute({
  method: 'get',
  path: '/v1/residents/duplicates',
  operationId: 'listDuplicateResidents',
  tags: ['Residents'],
  summary: 'Possible duplicate resident records, for an agent to merge or dismiss',
  description: 'Pairs with similar names that share a contact point or a birth date.',
  security: [{ apiKey: [] }],
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20), cursor: CursorQuery }) },
  responses: {
    200: { description: 'Newest first', content: { 'application/json': { schema: DuplicateListSchema } } },
    ...pickErrors(401, 403, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = await listDuplicateResidents(deps.core, c.get('actor'), limit, cursor ?? null);
    return c.json(
      {
        items: page.items.map((p) => ({
          residentA: residentBody(p.residentA),
          residentB: residentBody(p.residentB),
          reasons: p.reasons,
          detectedAt: p.detectedAt.toISOString(),
        })),
        nextCursor: page.nextCursor,
      },
      200,
    );
  });
}
