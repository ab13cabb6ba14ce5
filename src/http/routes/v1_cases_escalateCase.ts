import { createRoute, z } from '@hono/zod-openapi';
import { escalateCase } from '../../core/cases/escalate-case.js';
import { caseUpdateRequest, caseUpdateResponses, expectedVersion, updatedCase } from '../case-update.js';
import type { App, HttpDeps } from '../context.js';

export const EscalateCaseRequest = z
  .object({
    directorateId: z.string().min(1).max(64).optional().openapi({ description: "Defaults to the request type's owning directorate" }),
    reason: z.string().trim().max(5000).optional(),
  })
  .strict()
  .openapi('EscalateCaseRequest');

export const route = createRoute({
  method: 'post',
  path: '/v1/cases/{id}/escalate',
  operationId: 'escalateCase',
  tags: ['Cases'],
  summary: 'Hand a case to the competent directorate',
  security: [{ apiKey: [] }],
  request: { ...caseUpdateRequest, body: { required: false, content: { 'application/json': { schema: EscalateCaseRequest } } } },
  responses: caseUpdateResponses,
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const body = c.req.valid('json');
    const updated = await escalateCase(deps.core, c.get('actor'), c.req.valid('param').id, { ...body, expectedVersion: expectedVersion(c) });
    return c.json(updatedCase(c, updated), 200);
  });
}
