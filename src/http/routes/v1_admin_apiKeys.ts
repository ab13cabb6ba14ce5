import { createRoute, z } from '@hono/zod-openapi';
import { KEY_SCOPES } from '../../core/actor.js';
import { issueApiKey, listApiKeys, MAX_KEY_OVERLAP_HOURS, revokeApiKey, rotateApiKey } from '../../core/admin/api-keys.js';
import { ROLES, type ApiKeyRecord } from '../../core/model.js';
import type { Context } from 'hono';
import { apiKeyBody, ApiKeySchema, IssuedApiKeySchema } from '../admin-schemas.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors } from '../schemas.js';

const tags = ['Administration'];
const params = z.object({ id: z.string().min(1).max(64) });

export const listRoute = createRoute({
  method: 'get',
  path: '/v1/admin/api-keys',
  operationId: 'listApiKeys',
  tags,
  summary: 'Every API key, revoked or not (never the secrets)',
  security: [{ apiKey: [] }],
  responses: {
    200: { description: 'Oldest first', content: { 'application/json': { schema: z.object({ items: z.array(ApiKeySchema) }) } } },
    ...pickErrors(401, 403),
  },
});

export const issueRoute = createRoute({
  method: 'post',
  path: '/v1/admin/api-keys',
  operationId: 'issueApiKey',
  tags,
  summary: 'Issue an API key (the secret is in this answer only)',
  description: 'A key with an agent role belongs to that agent and follows their role, directorate and status; an integrator key stands alone, its reach set by its scopes.',
  security: [{ apiKey: [] }],
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              label: z.string().min(1).max(200).openapi({ example: 'Portail citoyen' }),
              role: z.enum(ROLES),
              agentId: z.string().max(64).nullable().optional(),
              directorateId: z.string().max(64).nullable().optional(),
              scopes: z
                .array(z.enum(KEY_SCOPES))
                .max(KEY_SCOPES.length)
                .optional()
                .openapi({ description: 'What an integrator key may do (default cases:create and cases:read: file requests, read those it filed). Not for agent keys, which do what the agent’s role does.' }),
            })
            .strict(),
        },
      },
    },
  },
  responses: {
    201: { description: 'Issued', content: { 'application/json': { schema: IssuedApiKeySchema } } },
    ...pickErrors(400, 401, 403, 413, 415, 422),
  },
});

export const revokeRoute = createRoute({
  method: 'post',
  path: '/v1/admin/api-keys/{id}/revoke',
  operationId: 'revokeApiKey',
  tags,
  summary: 'Revoke a key: it stops working at once, in every process',
  security: [{ apiKey: [] }],
  request: { params },
  responses: {
    200: { description: 'Revoked', content: { 'application/json': { schema: ApiKeySchema } } },
    ...pickErrors(401, 403, 404, 409),
  },
});

export const rotateRoute = createRoute({
  method: 'post',
  path: '/v1/admin/api-keys/{id}/rotate',
  operationId: 'rotateApiKey',
  tags,
  summary: 'Rotate a key: a new secret with the same label, role, agent and scopes; the old one stops now or after an overlap',
  description: 'The new key continues the old one’s lineage: the cases the integrator filed and its webhook subscriptions stay its own.',
  security: [{ apiKey: [] }],
  request: {
    params,
    body: {
      required: false,
      content: {
        'application/json': {
          schema: z
            .object({
              overlapHours: z
                .number()
                .int()
                .min(0)
                .max(MAX_KEY_OVERLAP_HOURS)
                .optional()
                .openapi({ description: 'How long the old key keeps working beside the new one while the application is redeployed (default 0: it stops now)' }),
            })
            .strict(),
        },
      },
    },
  },
  responses: {
    201: { description: 'The new key (its secret shown this once); the old one names it in replacedBy', content: { 'application/json': { schema: IssuedApiKeySchema } } },
    ...pickErrors(400, 401, 403, 404, 409, 413, 415, 422),
  },
});

/** A key just issued: its secret is in this answer only, which no cache may keep. */
function issued(c: Context, { key, record }: { key: string; record: ApiKeyRecord }) {
  c.header('Cache-Control', 'no-store');
  return { ...apiKeyBody(record), key };
}

export function register(app: App, deps: HttpDeps) {
  app.openapi(listRoute, async (c) => c.json({ items: (await listApiKeys(deps.core, c.get('actor'))).map(apiKeyBody) }, 200));
  app.openapi(issueRoute, async (c) => {
    return c.json(issued(c, await issueApiKey(deps.core, c.get('actor'), c.req.valid('json'))), 201);
  });
  app.openapi(revokeRoute, async (c) => {
    const revoked = await revokeApiKey(deps.core, c.get('actor'), c.req.valid('param').id);
    deps.keysChanged?.();
    return c.json(apiKeyBody(revoked), 200);
  });
  app.openapi(rotateRoute, async (c) => {
    // An empty body (no overlap) is allowed: the body is optional.
    const body = (c.req.header('content-type') ? c.req.valid('json') : undefined) ?? {};
    const rotated = await rotateApiKey(deps.core, c.get('actor'), c.req.valid('param').id, body);
    deps.keysChanged?.();
    return c.json(issued(c, rotated), 201);
  });
}
