import { createRoute, z } from '@hono/zod-openapi';
import type { ResidentMergeRecord } from '../../core/ports.js';
import { mergeResidents } from '../../core/residents/merge-residents.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, Timestamp, Uuid } from '../schemas.js';

export const ResidentMergeSchema = z
  .object({
    id: Uuid,
    survivorId: Uuid,
    mergedId: Uuid,
    movedCaseIds: z.array(Uuid),
    movedContactPointIds: z.array(Uuid),
    mergedBy: z.string(),
    createdAt: Timestamp,
    undoneAt: Timestamp.nullable(),
    undoneBy: z.string().nullable(),
  })
  .openapi('ResidentMerge');

export const residentMergeBody = (m: ResidentMergeRecord): z.infer<typeof ResidentMergeSchema> => ({
  ...m,
  createdAt: m.createdAt.toISOString(),
  undoneAt: m.undoneAt ? m.undoneAt.toISOString() : null,
});

export const route = createRoute({
  method: 'post',
  path: '/v1/residents/{id}/merge',
  operationId: 'mergeResidents',
  tags: ['Residents'],
  summary: 'Merge a duplicate record into this one',
  description: 'Cases and contact points of `duplicateId` move to this record. The answer is the audit entry; POST /v1/resident-merges/{id}/undo reverses it.',
  security: [{ apiKey: [] }],
  request: {
    params: z.object({ id: Uuid }),
    body: { required: true, content: { 'application/json': { schema: z.object({ duplicateId: Uuid }).strict() } } },
  },
  responses: {
    200: { description: 'The merge, as recorded', content: { 'application/json': { schema: ResidentMergeSchema } } },
    ...pickErrors(400, 401, 403, 404, 409, 413, 415, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const merge = await mergeResidents(deps.core, c.get('actor'), { survivorId: c.req.valid('param').id, duplicateId: c.req.valid('json').duplicateId });
    return c.json(residentMergeBody(merge), 200);
  });
}
