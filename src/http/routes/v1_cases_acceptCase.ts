import { createRoute } from '@hono/zod-openapi';
import { acceptCase } from '../../core/cases/accept-case.js';
import { caseUpdateRequest, caseUpdateResponses, expectedVersion, updatedCase } from '../case-update.js';
import type { App, HttpDeps } from '../context.js';

export const route = createRoute({
  method: 'post',
  path: '/v1/cases/{id}/accept',
  operationId: 'acceptCase',
  tags: ['Escalation'],
  summary: 'Take an escalated case in charge (directorate)',
  description: 'Moves the case from escalated to in_progress and stops the acceptance reminders. 409 if the case is not escalated.',
  security: [{ apiKey: [] }],
  request: caseUpdateRequest,
  responses: caseUpdateResponses,
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const updated = await acceptCase(deps.core, c.get('actor'), c.req.valid('param').id, { expectedVersion: expectedVersion(c) });
    return c.json(updatedCase(c, updated), 200);
  });
}
