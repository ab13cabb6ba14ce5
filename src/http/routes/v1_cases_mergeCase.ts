import { createRoute, z } from '@hono/zod-openapi';
import { mergeCase } from '../../core/cases/merge-case.js';
import { caseUpdateRequest, caseUpdateResponses, expectedVersion, updatedCase } from '../case-update.js';
import type { App, HttpDeps } from '../context.js';
import { Uuid } from '../schemas.js';

export const MergeCaseRequest = z.object({ masterCaseId: Uuid }).strict().openapi('MergeCaseRequest');

export const route = createRoute({
  method: 'post',
  path: '/v1/cases/{id}/merge',
  operationId: 'mergeCase',
  tags: ['Cases'],
  summary: 'Merge a duplicate case into its master case',
  description: 'The duplicate ends `merged` with `mergedInto` set; both timelines record the link.',
  security: [{ apiKey: [] }],
  request: { ...caseUpdateRequest, body: { required: true, content: { 'application/json': { schema: MergeCaseRequest } } } },
  responses: caseUpdateResponses,
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { masterCaseId } = c.req.valid('json');
    const updated = await mergeCase(deps.core, c.get('actor'), c.req.valid('param').id, { masterCaseId, expectedVersion: expectedVersion(c) });
    return c.json(updatedCase(c, updated), 200);
  });
}
