import { createRoute, z } from '@hono/zod-openapi';
import type { WebhookSubscription } from '../../core/ports.js';
import {
  listWebhooks,
  replayWebhooks,
  rotateWebhookSecret,
  subscribeWebhook,
  unsubscribeWebhook,
  WEBHOOK_EVENT_TYPES,
  webhookDeliveries,
} from '../../core/webhooks/subscriptions.js';
import type { App, HttpDeps } from '../context.js';
import { IdempotencyHeaders, ReplayedHeader, pickErrors } from '../schemas.js';

const tags = ['Webhooks'];
const params = z.object({ id: z.uuid() });

const SubscriptionSchema = z
  .object({
    id: z.uuid(),
    url: z.string().openapi({ example: 'https://portail.ville.example/guichet/webhooks' }),
    eventTypes: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
    directorateId: z.string().nullable().openapi({ description: 'Only the cases of this directorate' }),
    requestTypeCode: z.string().nullable().openapi({ description: 'Only the cases of this request type' }),
    contactEmail: z.string().nullable().openapi({ description: 'Who to tell when deliveries fail for days' }),
    createdAt: z.iso.datetime(),
    disabledAt: z.iso.datetime().nullable().openapi({ description: 'Set when deliveries failed for more than 3 days; a replay resumes it' }),
    disabledReason: z.string().nullable(),
  })
  .openapi('WebhookSubscription');

const body = (w: WebhookSubscription) => ({
  id: w.id,
  url: w.url,
  eventTypes: w.eventTypes as (typeof WEBHOOK_EVENT_TYPES)[number][],
  directorateId: w.directorateId,
  requestTypeCode: w.requestTypeCode,
  contactEmail: w.contactEmail,
  createdAt: w.createdAt.toISOString(),
  disabledAt: w.disabledAt?.toISOString() ?? null,
  disabledReason: w.disabledReason,
});

const DeliverySchema = z
  .object({
    id: z.uuid().openapi({ description: 'The `webhook-id` header: the same on every attempt of this delivery' }),
    eventId: z.uuid(),
    eventType: z.enum(WEBHOOK_EVENT_TYPES),
    caseId: z.uuid(),
    sequence: z.number().int().openapi({ description: 'The event’s position: increasing along each case’s events' }),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    lastStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: z.iso.datetime().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('WebhookDelivery');

export const createRoute_ = createRoute({
  method: 'post',
  path: '/v1/webhook-subscriptions',
  operationId: 'createWebhookSubscription',
  tags,
  summary: 'Subscribe to case events (the signing secret is in this answer only)',
  description:
    'Deliveries are signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature` with HMAC-SHA256 `v1`): verify them with the secret (`whsec_…`) and any Standard Webhooks library. Body: `{type, timestamp, data: {eventId, sequence, case: {…public fields}, change: {from, to, message, answer}}}`. Retried with exponential backoff for 3 days; each case’s events arrive in order; deduplicate on `webhook-id`.',
  security: [{ apiKey: [] }],
  request: {
    headers: IdempotencyHeaders,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              url: z.string().min(1).max(2000),
              eventTypes: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1).max(WEBHOOK_EVENT_TYPES.length),
              directorateId: z.string().max(64).nullable().optional(),
              requestTypeCode: z.string().max(64).nullable().optional(),
              contactEmail: z.email().max(254).nullable().optional(),
            })
            .strict(),
        },
      },
    },
  },
  responses: {
    201: { description: 'Subscribed', headers: ReplayedHeader, content: { 'application/json': { schema: SubscriptionSchema.extend({ secret: z.string().openapi({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }) }) } } },
    ...pickErrors(400, 401, 403, 413, 415, 422),
  },
});

export const listRoute = createRoute({
  method: 'get',
  path: '/v1/webhook-subscriptions',
  operationId: 'listWebhookSubscriptions',
  tags,
  summary: 'Your subscriptions (an admin sees every one); never their secrets',
  security: [{ apiKey: [] }],
  responses: {
    200: { description: 'Oldest first', content: { 'application/json': { schema: z.object({ items: z.array(SubscriptionSchema) }) } } },
    ...pickErrors(401, 403),
  },
});

export const deleteRoute = createRoute({
  method: 'delete',
  path: '/v1/webhook-subscriptions/{id}',
  operationId: 'deleteWebhookSubscription',
  tags,
  summary: 'Unsubscribe: nothing more is sent, pending deliveries included',
  security: [{ apiKey: [] }],
  request: { params },
  responses: { 204: { description: 'Gone' }, ...pickErrors(401, 403, 404) },
});

export const rotateRoute = createRoute({
  method: 'post',
  path: '/v1/webhook-subscriptions/{id}/rotate-secret',
  operationId: 'rotateWebhookSecret',
  tags,
  summary: 'A new signing secret; for 24 hours deliveries carry both signatures',
  security: [{ apiKey: [] }],
  request: { params },
  responses: {
    201: { description: 'The new secret, shown this once', content: { 'application/json': { schema: z.object({ secret: z.string(), previousValidUntil: z.iso.datetime() }) } } },
    ...pickErrors(401, 403, 404),
  },
});

export const deliveriesRoute = createRoute({
  method: 'get',
  path: '/v1/webhook-subscriptions/{id}/deliveries',
  operationId: 'listWebhookDeliveries',
  tags,
  summary: 'The delivery log, newest first',
  security: [{ apiKey: [] }],
  request: { params, query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), cursor: z.string().max(200).optional() }) },
  responses: {
    200: { description: 'A page', content: { 'application/json': { schema: z.object({ items: z.array(DeliverySchema), nextCursor: z.string().nullable() }) } } },
    ...pickErrors(400, 401, 403, 404, 422),
  },
});

export const replayRoute = createRoute({
  method: 'post',
  path: '/v1/webhook-subscriptions/{id}/replay',
  operationId: 'replayWebhooks',
  tags,
  summary: 'Send again one delivery, or every delivery since a time (a disabled subscription resumes)',
  security: [{ apiKey: [] }],
  request: {
    params,
    body: {
      required: true,
      content: { 'application/json': { schema: z.union([z.object({ deliveryId: z.uuid() }).strict(), z.object({ since: z.iso.datetime({ offset: true }) }).strict()]) } },
    },
  },
  responses: {
    202: { description: 'Queued again', content: { 'application/json': { schema: z.object({ queued: z.number().int() }) } } },
    ...pickErrors(400, 401, 403, 404, 413, 415, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(createRoute_, async (c) => {
    const created = await subscribeWebhook(deps.core, c.get('actor'), c.req.valid('json'), c.req.valid('header')['idempotency-key']);
    c.header('Cache-Control', 'no-store');
    if (created.replayed) c.header('Idempotent-Replayed', 'true');
    return c.json({ ...body(created), secret: created.secret }, 201);
  });
  app.openapi(listRoute, async (c) => c.json({ items: (await listWebhooks(deps.core, c.get('actor'))).map(body) }, 200));
  app.openapi(deleteRoute, async (c) => {
    await unsubscribeWebhook(deps.core, c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(rotateRoute, async (c) => {
    const r = await rotateWebhookSecret(deps.core, c.get('actor'), c.req.valid('param').id);
    c.header('Cache-Control', 'no-store');
    return c.json({ secret: r.secret, previousValidUntil: r.previousValidUntil.toISOString() }, 201);
  });
  app.openapi(deliveriesRoute, async (c) => {
    const q = c.req.valid('query');
    const page = await webhookDeliveries(deps.core, c.get('actor'), c.req.valid('param').id, q.limit, q.cursor ?? null);
    return c.json(
      {
        items: page.items.map((d) => ({
          ...d,
          eventType: d.eventType as (typeof WEBHOOK_EVENT_TYPES)[number],
          nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
          deliveredAt: d.deliveredAt?.toISOString() ?? null,
          createdAt: d.createdAt.toISOString(),
        })),
        nextCursor: page.nextCursor,
      },
      200,
    );
  });
  app.openapi(replayRoute, async (c) => {
    const what = c.req.valid('json');
    const queued = await replayWebhooks(deps.core, c.get('actor'), c.req.valid('param').id, 'deliveryId' in what ? { deliveryId: what.deliveryId } : { since: new Date(what.since) });
    return c.json({ queued }, 202);
  });
}
