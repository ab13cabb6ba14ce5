import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../core/errors.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors } from '../schemas.js';

const Report = z.object({ id: z.string().min(1).max(200), status: z.enum(['delivered', 'failed']) }).openapi('SmsDeliveryReport');

export const route = createRoute({
  method: 'post',
  path: '/webhooks/sms-gateway',
  operationId: 'smsDeliveryReport',
  tags: ['Channels'],
  summary: "The SMS gateway's delivery report",
  description: 'Signed by the gateway: `X-Signature: sha256=<HMAC-SHA256 of the body with SMS_GATEWAY_SECRET>`. The status goes on the case timeline.',
  security: [],
  request: { body: { required: true, content: { 'application/json': { schema: Report } } } },
  responses: {
    204: { description: 'Recorded (or already known)' },
    ...pickErrors(401, 409, 415, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    if (!deps.smsWebhook) throw new DomainError('conflict', 'No SMS gateway is configured');
    const raw = await c.req.text();
    if (!deps.smsWebhook.verify(raw, c.req.header('x-signature'))) {
      throw new DomainError('unauthenticated', 'Bad or missing X-Signature');
    }
    const report = c.req.valid('json');
    await deps.notifications.deliveryReport(report.id, report.status);
    return c.body(null, 204);
  });
}
