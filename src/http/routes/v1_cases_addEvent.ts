import { createRoute, z } from '@hono/zod-openapi';
import { commentCase } from '../../core/cases/comment-case.js';
import type { App, HttpDeps } from '../context.js';
import { caseEventBody, CaseEventSchema, IdempotencyHeaders, pickErrors, ReplayedHeader, Uuid } from '../schemas.js';

export const AddCaseEventRequest = z
  .object({
    kind: z.enum(['note', 'message']).openapi({ description: '`note`: internal, agents only. `message`: public, the resident sees it.' }),
    body: z.string().trim().min(1).max(20_000),
  })
  .strict()
  .openapi('AddCaseEventRequest');

export const route = createRoute({
  method: 'post',
  path: '/v1/cases/{id}/events',
  operationId: 'addCaseEvent',
  tags: ['Cases'],
  summary: 'Add an internal note or a public message to a case',
  security: [{ apiKey: [] }],
  request: {
    params: z.object({ id: Uuid }),
    headers: IdempotencyHeaders,
    body: { required: true, content: { 'application/json': { schema: AddCaseEventRequest } } },
  },
  responses: {
    201: { description: 'The event written', headers: ReplayedHeader, content: { 'application/json': { schema: CaseEventSchema } } },
    ...pickErrors(400, 401, 403, 404, 409, 413, 415, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { kind, body } = c.req.valid('json');
    const { event, replayed } = await commentCase(
      deps.core,
      c.get('actor'),
      c.req.valid('param').id,
      { visibility: kind === 'message' ? 'public' : 'internal', body },
      c.req.valid('header')['idempotency-key'],
    );
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(caseEventBody(event), 201);
  });
}
