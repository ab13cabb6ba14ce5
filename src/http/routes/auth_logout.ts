import { createRoute } from '@hono/zod-openapi';
import { getCookie } from 'hono/cookie';
import type { App, HttpDeps } from '../context.js';
import { checkOrigin } from '../auth.js';
import { clearCookie, SESSION_COOKIE } from '../session-cookie.js';
import { hashSecret, newSecret } from '../../secrets.js';
import * as oidc from 'openid-client';

export const route = createRoute({
  method: 'post',
  path: '/auth/logout',
  operationId: 'logout',
  tags: ['Sign-in'],
  summary: 'Sign out here and at the provider',
  description:
    "Ends the local session at once, then redirects to the provider's `session/end` with `id_token_hint`, the configured `post_logout_redirect_uri` and a fresh `state`, which `/auth/logged-out` checks.",
  responses: {
    303: { description: "To the provider's end-session endpoint, or to /auth/logged-out" },
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    // A cookie-authenticated write like any other: another site cannot sign the resident out.
    checkOrigin(c, deps.identity.publicBaseUrl);
    const cookie = getCookie(c, SESSION_COOKIE.name, SESSION_COOKIE.prefix);
    clearCookie(c, SESSION_COOKIE);
    c.header('Cache-Control', 'no-store');
    const session = cookie ? await deps.identity.sessions.delete(hashSecret(cookie)) : null;
    const rp = session ? deps.identity.parties.get(session.provider) : undefined;
    if (!session || !rp || !session.idTokenHint) return c.redirect('/auth/logged-out', 303);
    const state = oidc.randomState();
    const url = await rp.endSessionUrl(session.idTokenHint, state, deps.identity.postLogoutRedirectUri).catch(() => null);
    if (!url) return c.redirect('/auth/logged-out', 303);
    await deps.identity.sessions.saveLoginAttempt({
      stateHash: hashSecret(state),
      purpose: 'logout',
      provider: session.provider,
      nonce: null,
      codeVerifier: null,
      acrRequested: null,
      returnTo: null,
      browserHash: hashSecret(newSecret()),
      expiresAt: new Date(Date.now() + 600_000),
    });
    c.get('logger').info({ event: 'logout', provider: session.provider }, 'signed out');
    return c.redirect(url.href, 303);
  });
}
