import { createRoute, z } from '@hono/zod-openapi';
import { notFound } from '../../core/errors.js';
import type { App, HttpDeps } from '../context.js';
import { LOGIN_COOKIE, setSecureCookie } from '../session-cookie.js';
import { pickErrors } from '../schemas.js';
import { hashSecret, newSecret } from '../../secrets.js';
import { SESSION_POLICY } from '../../core/identity/session-policy.js';

/** Only a path on this site: an absolute or protocol-relative URL would make the login an open redirect. */
export const ReturnTo = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[\x21-\x7e]*$/, 'A path on this site, starting with a single /')
  .optional()
  .openapi({ description: 'Where to send the browser after sign-in (a path on this site)', example: '/v1/me/cases' });

export const route = createRoute({
  method: 'get',
  path: '/auth/login/{provider}',
  operationId: 'login',
  tags: ['Sign-in'],
  summary: 'Start signing in through FranceConnect, FranceConnect+, ProConnect or the city IdP',
  description:
    'Redirects the browser to the provider with a fresh state and nonce (kept server-side, single-use, 10 minutes) and, where the provider accepts it, PKCE. `acr` asks for a level of assurance (FranceConnect: eidas1; FranceConnect+: eidas2 or eidas3).',
  request: {
    params: z.object({ provider: z.string().max(32).openapi({ example: 'franceconnect' }) }),
    query: z.object({ returnTo: ReturnTo, acr: z.string().max(64).optional() }),
  },
  responses: {
    302: { description: 'To the provider’s authorization endpoint' },
    ...pickErrors(404, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { provider } = c.req.valid('param');
    const rp = deps.identity.parties.get(provider);
    if (!rp) throw notFound('Identity provider');
    const { returnTo, acr } = c.req.valid('query');
    const start = await rp.start(acr);
    // Binds the login to this browser: a state lifted from one browser cannot complete in another.
    const browser = newSecret();
    await deps.identity.sessions.saveLoginAttempt({
      stateHash: hashSecret(start.state),
      purpose: 'login',
      provider,
      nonce: start.nonce,
      codeVerifier: start.codeVerifier,
      acrRequested: start.acr,
      returnTo: returnTo ?? null,
      browserHash: hashSecret(browser),
      expiresAt: new Date(Date.now() + SESSION_POLICY.loginAttemptSeconds * 1000),
    });
    setSecureCookie(c, LOGIN_COOKIE, browser, SESSION_POLICY.loginAttemptSeconds);
    c.header('Cache-Control', 'no-store');
    return c.redirect(start.url.href, 302);
  });
}
