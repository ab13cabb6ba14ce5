import { createRoute, z } from '@hono/zod-openapi';
import { addMyContactPoint, removeMyContactPoint } from '../../core/me/my-contact-points.js';
import { normalizeContact } from '../../core/contact.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, Uuid } from '../schemas.js';
import { SESSION_SECURITY } from '../me-schemas.js';

/** Rectification by the resident: add an address or a number (confirmed by a link sent to it), remove one. */
export const add = createRoute({
  method: 'post',
  path: '/v1/me/contact-points',
  operationId: 'addMyContactPoint',
  tags: ['Me'],
  summary: 'Add an email address or a phone number to my record (unverified until I follow the link sent to it)',
  security: SESSION_SECURITY,
  request: { body: { required: true, content: { 'application/json': { schema: z.object({ kind: z.enum(['email', 'phone']), value: z.string().trim().min(3).max(200) }).strict().openapi('NewContactPoint') } } } },
  responses: {
    201: {
      description: 'Added, unverified; `confirmationSent` says whether the link left (false where no mail or SMS is configured: an agent can verify it)',
      content: { 'application/json': { schema: z.object({ id: Uuid, kind: z.enum(['email', 'phone']), value: z.string(), verified: z.boolean(), confirmationSent: z.boolean() }) } },
    },
    ...pickErrors(401, 403, 404, 409, 415, 422),
  },
});

export const remove = createRoute({
  method: 'delete',
  path: '/v1/me/contact-points/{id}',
  operationId: 'removeMyContactPoint',
  tags: ['Me'],
  summary: 'Remove one of my contact points',
  security: SESSION_SECURITY,
  request: { params: z.object({ id: Uuid }) },
  responses: { 204: { description: 'Removed' }, ...pickErrors(401, 403, 404, 422) },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(add, async (c) => {
    const body = c.req.valid('json');
    const { contactPoint, confirmUrl } = await addMyContactPoint(deps.core, c.get('actor'), body);
    // Sent once the point and its confirmation are committed; only to that point.
    const confirmationSent = await deps.notifications.sendContactConfirmation({ kind: body.kind, value: contactPoint.value, normalized: normalizeContact(body.kind, body.value)! }, confirmUrl).catch(() => false);
    return c.json({ id: contactPoint.id, kind: body.kind, value: contactPoint.value, verified: false, confirmationSent }, 201);
  });
  app.openapi(remove, async (c) => {
    await removeMyContactPoint(deps.core, c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
