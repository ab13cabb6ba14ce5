import { createRoute, z } from '@hono/zod-openapi';
import { getCookie } from 'hono/cookie';
import { DomainError, notFound } from '../../core/errors.js';
import { parseAgentClaims } from '../../core/identity/agent-identity.js';
import { parseCertifiedIdentity } from '../../core/identity/certified-identity.js';
import { signInAgent } from '../../core/identity/sign-in-agent.js';
import { signInResident } from '../../core/identity/sign-in-resident.js';
import type { IdentityRecord } from '../../core/ports.js';
import type { App, HttpDeps } from '../context.js';
import { clearCookie, LOGIN_COOKIE, SESSION_COOKIE, setSecureCookie } from '../session-cookie.js';
import { pickErrors } from '../schemas.js';
import { hashSecret, newSecret } from '../../secrets.js';
import { SESSION_POLICY } from '../../core/identity/session-policy.js';

export const route = createRoute({
  method: 'get',
  path: '/auth/callback/{provider}',
  operationId: 'loginCallback',
  tags: ['Sign-in'],
  summary: 'Where the provider sends the browser back',
  description:
    'Checks state (single-use, bound to the browser), exchanges the code, verifies the ID token (pinned algorithm, signature, iss, aud, exp, nonce, acr) and userinfo (same `sub`; FranceConnect+: signed and encrypted), links the identity, then opens a session behind a `__Host-` cookie (Secure, HttpOnly, SameSite=Lax) and redirects to `returnTo`.',
  request: {
    params: z.object({ provider: z.string().max(32) }),
    query: z.object({
      state: z.string().max(200).optional(),
      code: z.string().max(2000).optional(),
      error: z.string().max(200).optional(),
      error_description: z.string().max(1000).optional(),
      iss: z.string().max(500).optional(),
    }),
  },
  responses: {
    303: { description: 'Signed in: to returnTo (default: /espace for residents, /v1/me for agents)' },
    ...pickErrors(400, 401, 403, 404),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { provider } = c.req.valid('param');
    const rp = deps.identity.parties.get(provider);
    if (!rp) throw notFound('Identity provider');
    const log = c.get('logger');
    const query = c.req.valid('query');
    const invalidState = (why: string) =>
      new DomainError('invalid_login_state', `Sign-in refused: ${why}. Start again from the sign-in page.`, {
        detailFr: 'Cette tentative de connexion a expiré ou a déjà été utilisée. Recommencez depuis la page de connexion.',
      });
    // No token request is ever made without a live, single-use state from this browser.
    if (!query.state) throw invalidState('no state');
    const attempt = await deps.identity.sessions.takeLoginAttempt(hashSecret(query.state), new Date());
    if (!attempt || attempt.purpose !== 'login' || attempt.provider !== provider) throw invalidState('unknown, used or expired state');
    const browser = getCookie(c, LOGIN_COOKIE.name, LOGIN_COOKIE.prefix);
    if (!browser || hashSecret(browser) !== attempt.browserHash) throw invalidState('the login was started in another browser');
    clearCookie(c, LOGIN_COOKIE);

    const audit = { event: 'login', provider, issuer: rp.provider.issuer };
    let identity: IdentityRecord;
    let verifiedAcr: string | null;
    let idToken: string;
    try {
      const login = await rp.finish(new URLSearchParams(c.req.url.split('?')[1] ?? ''), {
        state: query.state,
        nonce: attempt.nonce!,
        codeVerifier: attempt.codeVerifier,
        acr: attempt.acrRequested ?? '',
      });
      verifiedAcr = login.acr;
      idToken = login.idToken;
      const idpId = typeof login.claims.idp_id === 'string' ? login.claims.idp_id : undefined;
      Object.assign(audit, { acr: login.acr, amr: login.amr, ...(idpId ? { idpId } : {}) });
      if (rp.provider.role === 'resident') {
        identity = await signInResident(deps.core, {
          provider,
          issuer: login.issuer,
          subject: login.subject,
          certified: parseCertifiedIdentity(login.claims),
          level: login.acr ?? attempt.acrRequested ?? '',
          email: typeof login.claims.email === 'string' ? login.claims.email : null,
        });
      } else {
        // ProConnect's emails are verified by ProConnect (and its domains checked by parseAgentClaims); the city
        // IdP must say so with email_verified.
        const proconnect = rp.provider.kind === 'proconnect';
        const email = proconnect ? parseAgentClaims(login.claims, rp.provider).email : typeof login.claims.email === 'string' ? login.claims.email.toLowerCase() : null;
        if (!email) throw new DomainError('identity_rejected', 'The city IdP sent no email', { reason: 'agent_refused' });
        identity = await signInAgent(deps.core, {
          provider,
          issuer: login.issuer,
          subject: login.subject,
          email,
          emailVerified: proconnect || login.claims.email_verified === true,
          allowedDomains: proconnect ? undefined : rp.provider.emailDomains,
        });
      }
    } catch (err) {
      if (err instanceof DomainError && (err.code === 'identity_rejected' || err.code === 'forbidden')) {
        // The audit line names the provider and the reason; never a token, a sub or an identity value.
        log.warn({ ...audit, event: 'login_rejected', reason: err.extra.reason ?? err.code }, 'sign-in refused');
      }
      throw err;
    }

    // A new session id at every login (no fixation); the previous one, if any, ends now.
    const previous = getCookie(c, SESSION_COOKIE.name, SESSION_COOKIE.prefix);
    if (previous) await deps.identity.sessions.delete(hashSecret(previous));
    const sessionId = newSecret();
    const policy = SESSION_POLICY[identity.kind];
    const now = new Date();
    await deps.identity.sessions.createSession({
      idHash: hashSecret(sessionId),
      kind: identity.kind,
      provider,
      identityId: identity.id,
      residentId: identity.residentId,
      agentId: identity.agentId,
      acr: verifiedAcr,
      idTokenHint: idToken,
      createdAt: now,
      idleTimeoutSeconds: policy.idleSeconds,
      expiresAt: new Date(now.getTime() + policy.absoluteSeconds * 1000),
    });
    setSecureCookie(c, SESSION_COOKIE, sessionId, policy.absoluteSeconds);
    log.info({ ...audit, kind: identity.kind, linkStatus: identity.linkStatus }, 'signed in');
    c.header('Cache-Control', 'no-store');
    // Residents land on their space; agents on their own record until the console exists.
    return c.redirect(attempt.returnTo ?? (identity.kind === 'resident' ? '/espace' : '/v1/me'), 303);
  });
}
