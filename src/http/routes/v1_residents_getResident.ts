import { createRoute, z } from '@hono/zod-openapi';
import { getResidentRecord } from '../../core/residents/resident-record.js';
import type { App, HttpDeps } from '../context.js';
import { caseBody, CaseSchema, pickErrors, residentBody, ResidentSchema, Uuid } from '../schemas.js';

export const ResidentRecordSchema = ResidentSchema.extend({
  cases: z.array(CaseSchema).openapi({ description: 'Every case of the resident across channels, newest first' }),
}).openapi('ResidentRecord');

export const route = createRoute({
  method: 'get',
  path: '/v1/residents/{id}',
  operationId: 'getResident',
  tags: ['Residents'],
  summary: "A resident's record with all their cases (360° view)",
  description: 'Each read is recorded in the resident\'s access log. Send `X-Access-Purpose` to say why (e.g. "appel entrant").',
  security: [{ apiKey: [] }],
  request: {
    params: z.object({ id: Uuid }),
    headers: z.object({ 'x-access-purpose': z.string().max(200).optional() }),
    query: z.object({ caseLimit: z.coerce.number().int().min(1).max(500).default(100) }),
  },
  responses: {
    200: { description: 'The record', content: { 'application/json': { schema: ResidentRecordSchema } } },
    ...pickErrors(401, 403, 404, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const record = await getResidentRecord(deps.core, c.get('actor'), c.req.valid('param').id, {
      purpose: c.req.valid('header')['x-access-purpose'],
      caseLimit: c.req.valid('query').caseLimit,
    });
    return c.json({ ...residentBody(record.resident), cases: record.cases.map(caseBody) }, 200);
  });
}
