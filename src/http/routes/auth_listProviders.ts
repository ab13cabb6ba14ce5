import { createRoute, z } from '@hono/zod-openapi';
import type { App, HttpDeps } from '../context.js';

const ProviderSchema = z
  .object({
    id: z.string().openapi({ example: 'franceconnect' }),
    kind: z.enum(['franceconnect', 'franceconnect_plus', 'proconnect', 'city']),
    label: z.string().openapi({ example: 'FranceConnect' }),
    audience: z.enum(['resident', 'agent']),
    acrValues: z.array(z.string()).openapi({ description: 'Levels of assurance that may be asked with ?acr=' }),
    loginUrl: z.string().openapi({ example: '/auth/login/franceconnect' }),
  })
  .openapi('IdentityProvider');

export const route = createRoute({
  method: 'get',
  path: '/auth/providers',
  operationId: 'listIdentityProviders',
  tags: ['Sign-in'],
  summary: 'The sign-in buttons a front-end should show',
  responses: { 200: { description: 'Configured providers', content: { 'application/json': { schema: z.object({ items: z.array(ProviderSchema) }) } } } },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, (c) =>
    c.json(
      {
        items: [...deps.identity.parties.values()].map(({ provider: p }) => ({
          id: p.id,
          kind: p.kind,
          label: p.label,
          audience: p.role,
          acrValues: [...p.acrAllowed],
          loginUrl: `/auth/login/${p.id}`,
        })),
      },
      200,
    ),
  );
}
