import { createRoute, z } from '@hono/zod-openapi';
import type { App, HttpDeps } from '../context.js';

export const route = createRoute({
  method: 'get',
  path: '/auth/jwks.json',
  operationId: 'serviceJwks',
  tags: ['Sign-in'],
  summary: "Guichet's public encryption keys",
  description: 'FranceConnect+ encrypts ID tokens and userinfo to these keys (register this URL as the client jwks_uri). Public halves only.',
  responses: {
    200: { description: 'A JWK Set', content: { 'application/json': { schema: z.object({ keys: z.array(z.record(z.string(), z.unknown())) }).openapi('Jwks') } } },
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(deps.identity.publicJwks, 200);
  });
}
