import { createRoute, z } from '@hono/zod-openapi';
import { transferCase } from '../../core/cases/transfer-case.js';
import { caseUpdateRequest, caseUpdateResponses, expectedVersion, updatedCase } from '../case-update.js';
import type { App, HttpDeps } from '../context.js';

export const TransferCaseRequest = z
  .object({
    directorateId: z.string().min(1).max(64),
    reason: z.string().trim().min(1).max(5000).openapi({ description: 'Why the case belongs elsewhere (internal)' }),
  })
  .strict()
  .openapi('TransferCaseRequest');

export const route = createRoute({
  method: 'post',
  path: '/v1/cases/{id}/transfer',
  operationId: 'transferCase',
  tags: ['Escalation'],
  summary: 'Transfer an escalated case to another directorate, with a reason',
  description: 'The deadline keeps running. Beyond the configured number of transfers, supervisors are alerted.',
  security: [{ apiKey: [] }],
  request: { ...caseUpdateRequest, body: { required: true, content: { 'application/json': { schema: TransferCaseRequest } } } },
  responses: caseUpdateResponses,
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const body = c.req.valid('json');
    const updated = await transferCase(deps.core, c.get('actor'), c.req.valid('param').id, { ...body, expectedVersion: expectedVersion(c) });
    return c.json(updatedCase(c, updated), 200);
  });
}
