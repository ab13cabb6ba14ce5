import { createRoute, z } from '@hono/zod-openapi';
import { getCase } from '../../core/cases/read-case.js';
import type { App, HttpDeps } from '../context.js';
import { caseBody, CaseSchema, etagOf, pickErrors, Uuid } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/cases/{id}',
  operationId: 'getCase',
  tags: ['Cases'],
  summary: 'Read a case',
  security: [{ apiKey: [] }],
  request: { params: z.object({ id: Uuid }), headers: z.object({ 'x-access-purpose': z.string().max(200).optional() }) },
  responses: {
    200: { description: 'The case; its ETag goes in If-Match on updates', content: { 'application/json': { schema: CaseSchema } } },
    ...pickErrors(401, 403, 404, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const found = await getCase(deps.core, c.get('actor'), c.req.valid('param').id, { purpose: c.req.valid('header')['x-access-purpose'] });
    c.header('ETag', etagOf(found));
    return c.json(caseBody(found), 200);
  });
}
