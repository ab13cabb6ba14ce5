import { createRoute, z } from '@hono/zod-openapi';
import { assignCase } from '../../core/cases/assign-case.js';
import { caseUpdateRequest, caseUpdateResponses, expectedVersion, updatedCase } from '../case-update.js';
import type { App, HttpDeps } from '../context.js';

export const AssignCaseRequest = z
  .object({ assigneeId: z.string().min(1).max(64).nullable().openapi({ description: 'An agent id, or null to put the case back in the queue' }) })
  .strict()
  .openapi('AssignCaseRequest');

export const route = createRoute({
  method: 'post',
  path: '/v1/cases/{id}/assign',
  operationId: 'assignCase',
  tags: ['Cases'],
  summary: 'Assign a case to an agent (or unassign it)',
  security: [{ apiKey: [] }],
  request: { ...caseUpdateRequest, body: { required: true, content: { 'application/json': { schema: AssignCaseRequest } } } },
  responses: caseUpdateResponses,
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { assigneeId } = c.req.valid('json');
    const updated = await assignCase(deps.core, c.get('actor'), c.req.valid('param').id, { assigneeId, expectedVersion: expectedVersion(c) });
    return c.json(updatedCase(c, updated), 200);
  });
}
