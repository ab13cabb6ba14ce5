import { KEY_SCOPES, knownScopes } from '../../core/actor.js';
import { createRoute, z } from '@hono/zod-openapi';
import type { App, HttpDeps } from '../context.js';
import { pickErrors } from '../schemas.js';
import { SESSION_SECURITY } from '../me-schemas.js';

const MeSchema = z
  .object({
    kind: z.enum(['resident', 'agent', 'integrator']),
    role: z.string().openapi({ example: 'resident' }),
    acr: z.string().nullable().openapi({ description: 'Level of assurance of the sign-in (eidas1…3)' }),
    resident: z
      .object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), linkStatus: z.enum(['linked', 'pending_review']) })
      .nullable()
      .openapi({ description: 'The resident record the identity is linked to; null while an agent confirms who you are' }),
    agent: z.object({ id: z.string().nullable(), displayName: z.string().nullable(), directorateId: z.string().nullable() }).nullable(),
    scopes: z.array(z.enum(KEY_SCOPES)).openapi({ description: 'An integrator’s scopes (its key’s, or its token’s): what it may do; empty for people' }),
  })
  .openapi('Me');

export const route = createRoute({
  method: 'get',
  path: '/v1/me',
  operationId: 'getMe',
  tags: ['Me'],
  summary: 'Who is signed in',
  security: [...SESSION_SECURITY, { apiKey: [] }],
  responses: {
    200: { description: 'The caller', content: { 'application/json': { schema: MeSchema } } },
    ...pickErrors(401),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const actor = c.get('actor');
    if (actor.role === 'resident') {
      const r = actor.residentId ? await deps.core.store.residents.findById(actor.residentId) : null;
      const identityId = actor.principalId.replace(/^identity:/, '');
      const pending = r ? (await deps.core.store.identities.forResident(r.id)).find((i) => i.id === identityId)?.linkStatus === 'pending_review' : true;
      return c.json(
        {
          kind: 'resident' as const,
          role: actor.role,
          acr: actor.acr ?? null,
          resident: r ? { id: r.id, givenName: r.givenName, familyName: r.familyName, linkStatus: pending ? ('pending_review' as const) : ('linked' as const) } : null,
          agent: null,
          scopes: [],
        },
        200,
      );
    }
    return c.json(
      {
        kind: actor.role === 'integrator' ? ('integrator' as const) : ('agent' as const),
        role: actor.role,
        acr: actor.acr ?? null,
        resident: null,
        agent: { id: actor.agentId, displayName: actor.label ?? null, directorateId: actor.directorateId },
        scopes: actor.role === 'integrator' ? knownScopes(actor.scopes ?? []) : [],
      },
      200,
    );
  });
}
