import { sameSecret } from '../../secrets.js';
import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../core/errors.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors } from '../schemas.js';

export const verify = createRoute({
  method: 'get',
  path: '/webhooks/facebook',
  operationId: 'facebookWebhookVerify',
  tags: ['Channels'],
  summary: "Facebook's subscription check (hub.challenge)",
  security: [],
  request: { query: z.object({ 'hub.mode': z.string().optional(), 'hub.verify_token': z.string().optional(), 'hub.challenge': z.string().max(200).optional() }) },
  responses: { 200: { description: 'The challenge, echoed', content: { 'text/plain': { schema: z.string() } } }, ...pickErrors(403, 409) },
});

export const receive = createRoute({
  method: 'post',
  path: '/webhooks/facebook',
  operationId: 'facebookWebhook',
  tags: ['Channels'],
  summary: "Messages to the city's Facebook page",
  description: 'Checked with `X-Hub-Signature-256` (HMAC-SHA256 of the body with the app secret). Each message threads onto the conversation’s open case or opens one; the answer goes back through Messenger.',
  security: [],
  request: { body: { required: true, content: { 'application/json': { schema: z.record(z.string(), z.unknown()).openapi('FacebookWebhook') } } } },
  responses: { 200: { description: 'Received', content: { 'application/json': { schema: z.object({ received: z.number().int() }) } } }, ...pickErrors(401, 409, 415, 422) },
});


export function register(app: App, deps: HttpDeps) {
  app.openapi(verify, (c) => {
    const fb = deps.social?.facebook;
    if (!fb) throw new DomainError('conflict', 'No Facebook page is configured');
    const q = c.req.valid('query');
    if (q['hub.mode'] !== 'subscribe' || !sameSecret(q['hub.verify_token'] ?? '', fb.verifyToken)) throw new DomainError('forbidden', 'Unknown verify token');
    return c.text(q['hub.challenge'] ?? '', 200);
  });
  app.openapi(receive, async (c) => {
    const social = deps.social;
    if (!social?.facebook) throw new DomainError('conflict', 'No Facebook page is configured');
    const raw = await c.req.text();
    if (!social.facebook.verify(raw, c.req.header('x-hub-signature-256'))) {
      throw new DomainError('unauthenticated', 'Bad or missing X-Hub-Signature-256');
    }
    const messages = social.facebook.parse(c.req.valid('json'), new Date());
    for (const m of messages) await social.channel.ingest(m);
    return c.json({ received: messages.length }, 200);
  });
}
