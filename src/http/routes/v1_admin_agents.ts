import { createRoute, z } from '@hono/zod-openapi';
import { createAgent, listAgents, updateAgent } from '../../core/admin/agents.js';
import { agentBody, AgentRoleSchema, AgentSchema } from '../admin-schemas.js';
import type { App, HttpDeps } from '../context.js';
import { etagOf, pickErrors, versionFromIfMatch } from '../schemas.js';

const tags = ['Administration'];
const AgentId = z.string().min(1).max(64);
/** What an admin sets on an agent, at creation and afterwards. */
const AgentFields = {
  displayName: z.string().min(1).max(200),
  email: z.string().email().max(320).nullable(),
  role: AgentRoleSchema,
  directorateId: z.string().max(64).nullable().openapi({ description: 'Required for a directorate agent' }),
};

export const listRoute = createRoute({
  method: 'get',
  path: '/v1/admin/agents',
  operationId: 'listAgents',
  tags,
  summary: 'Every agent, active or not',
  security: [{ apiKey: [] }],
  responses: {
    200: { description: 'By id', content: { 'application/json': { schema: z.object({ items: z.array(AgentSchema) }) } } },
    ...pickErrors(401, 403),
  },
});

export const createRouteDef = createRoute({
  method: 'post',
  path: '/v1/admin/agents',
  operationId: 'createAgent',
  tags,
  summary: 'Create an agent',
  description: 'The agent signs in through ProConnect or the city IdP (bound on first login by their verified email), or gets an API key. Recorded in the audit trail.',
  security: [{ apiKey: [] }],
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({ id: AgentId.openapi({ example: 'j.martin' }), ...AgentFields, email: AgentFields.email.optional(), directorateId: AgentFields.directorateId.optional() })
            .strict(),
        },
      },
    },
  },
  responses: {
    201: { description: 'Created (ETag: its version)', content: { 'application/json': { schema: AgentSchema } } },
    ...pickErrors(400, 401, 403, 409, 413, 415, 422),
  },
});

export const updateRoute = createRoute({
  method: 'patch',
  path: '/v1/admin/agents/{id}',
  operationId: 'updateAgent',
  tags,
  summary: 'Change an agent: name, email, role, directorate; deactivate or reactivate',
  description:
    'A deactivated agent can no longer sign in and their API keys stop working at once in every process. Send `If-Match` with the ETag you read: a stale one answers 412. An admin cannot deactivate themselves or give up their own administration (409). Recorded in the audit trail with the record before and after.',
  security: [{ apiKey: [] }],
  request: {
    params: z.object({ id: AgentId }),
    headers: z.object({ 'if-match': z.string().max(100).optional() }),
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({ ...AgentFields, active: z.boolean() })
            .partial()
            .strict(),
        },
      },
    },
  },
  responses: {
    200: { description: 'The agent as changed (ETag: its new version)', content: { 'application/json': { schema: AgentSchema } } },
    ...pickErrors(400, 401, 403, 404, 409, 412, 413, 415, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(listRoute, async (c) => c.json({ items: (await listAgents(deps.core, c.get('actor'))).map(agentBody) }, 200));
  app.openapi(createRouteDef, async (c) => {
    const created = await createAgent(deps.core, c.get('actor'), c.req.valid('json'));
    c.header('ETag', etagOf(created));
    return c.json(agentBody(created), 201);
  });
  app.openapi(updateRoute, async (c) => {
    const updated = await updateAgent(deps.core, c.get('actor'), c.req.valid('param').id, c.req.valid('json'), versionFromIfMatch(c.req.header('if-match')));
    deps.keysChanged?.();
    c.header('ETag', etagOf(updated));
    return c.json(agentBody(updated), 200);
  });
}
