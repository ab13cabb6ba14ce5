import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../core/errors.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors } from '../schemas.js';
import { hashSecret } from '../../secrets.js';
import { signedOutPage } from '../../web/signed-out.js';

export const route = createRoute({
  method: 'get',
  path: '/auth/logged-out',
  operationId: 'loggedOut',
  tags: ['Sign-in'],
  summary: "Where the provider's logout returns (post_logout_redirect_uri)",
  description: 'Checks the `state` sent at logout (single-use); without one (a provider without RP-initiated logout), simply confirms.',
  request: { query: z.object({ state: z.string().max(200).optional() }) },
  responses: {
    200: {
      description: 'Signed out',
      content: {
        'application/json': { schema: z.object({ signedOut: z.literal(true), message: z.string() }).openapi('SignedOut') },
        'text/html': { schema: z.string().openapi({ description: 'A French page, for a browser (Accept: text/html)' }) },
      },
    },
    ...pickErrors(400),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { state } = c.req.valid('query');
    if (state) {
      const attempt = await deps.identity.sessions.takeLoginAttempt(hashSecret(state), new Date());
      if (!attempt || attempt.purpose !== 'logout') {
        throw new DomainError('invalid_login_state', 'Unknown or used logout state', { detailFr: 'Cette déconnexion est inconnue ou a déjà été traitée.' });
      }
    }
    // A browser gets the page; a client asking for JSON, the JSON.
    if ((c.req.header('accept') ?? '').includes('text/html')) return signedOutPage(c, deps) as never;
    return c.json({ signedOut: true as const, message: 'Vous êtes déconnecté(e). À bientôt !' }, 200);
  });
}
