import { createRoute, z } from '@hono/zod-openapi';
import { postMyMessage } from '../../core/me/my-cases.js';
import { publicCase, publicTimeline } from '../../core/me/public-view.js';
import type { App, HttpDeps } from '../context.js';
import { limitResidentWrite } from '../resident-limits.js';
import { IdempotencyHeaders, pickErrors, ReplayedHeader, Uuid } from '../schemas.js';
import { myCaseBody, MyCaseSchema, PublicEventSchema, publicEventBody, SESSION_SECURITY } from '../me-schemas.js';

export const MyMessage = z
  .object({
    body: z.string().trim().min(1).max(10_000),
    attachmentIds: z.array(z.uuid()).max(10).optional().openapi({ description: 'Files uploaded first with POST /v1/me/cases/{id}/attachments' }),
  })
  .strict()
  .openapi('MyMessage');

export const route = createRoute({
  method: 'post',
  path: '/v1/me/cases/{id}/messages',
  operationId: 'postMyMessage',
  tags: ['Me'],
  summary: 'Answer a question or add information',
  description:
    'When the city waits for the resident (`awaitingResident`), the answer hands the case back and resumes the paused deadline. Closed, rejected or merged cases take no more messages (409).',
  security: SESSION_SECURITY,
  request: {
    params: z.object({ id: Uuid }),
    headers: IdempotencyHeaders,
    body: { required: true, content: { 'application/json': { schema: MyMessage } } },
  },
  responses: {
    201: { description: 'Added', headers: ReplayedHeader, content: { 'application/json': { schema: z.object({ case: MyCaseSchema, event: PublicEventSchema }).openapi('MyMessagePosted') } } },
    ...pickErrors(400, 401, 403, 404, 409, 413, 415, 422, 429),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    await limitResidentWrite(deps, c.get('actor'), 'message');
    const { case: updated, event, replayed } = await postMyMessage(deps.core, c.get('actor'), c.req.valid('param').id, c.req.valid('json'), c.req.valid('header')['idempotency-key']);
    if (replayed) c.header('Idempotent-Replayed', 'true');
    const view = await publicCase(deps.core, updated, { withDescription: true });
    return c.json({ case: myCaseBody(view), event: publicEventBody(publicTimeline([event])[0]!) }, 201);
  });
}
