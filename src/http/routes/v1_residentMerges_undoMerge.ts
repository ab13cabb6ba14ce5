import { createRoute, z } from '@hono/zod-openapi';
import { undoResidentMerge } from '../../core/residents/merge-residents.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, Uuid } from '../schemas.js';
import { residentMergeBody, ResidentMergeSchema } from './v1_residents_mergeResidents.js';

export const route = createRoute({
  method: 'post',
  path: '/v1/resident-merges/{id}/undo',
  operationId: 'undoResidentMerge',
  tags: ['Residents'],
  summary: 'Undo a resident merge',
  description: 'Moves back exactly the cases and contact points the merge moved, and reactivates the merged record.',
  security: [{ apiKey: [] }],
  request: { params: z.object({ id: Uuid }) },
  responses: {
    200: { description: 'The merge, now undone', content: { 'application/json': { schema: ResidentMergeSchema } } },
    ...pickErrors(401, 403, 404, 409, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const merge = await undoResidentMerge(deps.core, c.get('actor'), c.req.valid('param').id);
    return c.json(residentMergeBody(merge), 200);
  });
}
