import { createRoute, z } from '@hono/zod-openapi';
import { changeCaseStatus } from '../../core/cases/change-case-status.js';
import { caseUpdateRequest, caseUpdateResponses, expectedVersion, updatedCase } from '../case-update.js';
import type { App, HttpDeps } from '../context.js';
import { StatusSchema } from '../schemas.js';

export const ChangeStatusRequest = z
  .object({
    status: StatusSchema,
    message: z.string().trim().max(20_000).optional().openapi({ description: 'For the resident: the answer when resolving, the reason when rejecting, the question when awaiting them' }),
    missingItems: z.boolean().optional().openapi({ description: 'With awaiting_resident: the message lists items missing from the request (CRPA L114-5). For a request expecting a decision, the resident is told that the implicit decision’s period starts only when they arrive, and it starts again then' }),
    replyBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().openapi({ format: 'date', description: 'With missingItems: the day to send them by (told to the resident)' }),
  })
  .strict()
  .openapi('ChangeStatusRequest');

export const route = createRoute({
  method: 'post',
  path: '/v1/cases/{id}/status',
  operationId: 'changeCaseStatus',
  tags: ['Cases'],
  summary: 'Move a case along its lifecycle',
  description:
    'An illegal transition answers 409 with the statuses allowed from the current one. Use /merge to merge and /escalate to hand a case to a directorate (both answer 409 here). On an escalated case, awaiting_resident pauses its deadline and going back to in_progress resumes it.',
  security: [{ apiKey: [] }],
  request: { ...caseUpdateRequest, body: { required: true, content: { 'application/json': { schema: ChangeStatusRequest } } } },
  responses: caseUpdateResponses,
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const body = c.req.valid('json');
    const updated = await changeCaseStatus(deps.core, c.get('actor'), c.req.valid('param').id, { ...body, expectedVersion: expectedVersion(c) });
    return c.json(updatedCase(c, updated), 200);
  });
}
