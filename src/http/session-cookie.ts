import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';

/**
 * `__Host-` cookies: Secure, Path=/, no Domain — they cannot be set by a sibling sub-domain.
 * HttpOnly so page scripts never read them; SameSite=Lax so the provider's redirect back still carries
 * the login cookie while cross-site POSTs do not carry the session.
 */
export const SESSION_COOKIE = { name: 'guichet_session', prefix: 'host' as const };
export const LOGIN_COOKIE = { name: 'guichet_login', prefix: 'host' as const };

export function setSecureCookie(c: Context, cookie: typeof SESSION_COOKIE, value: string, maxAgeSeconds: number): void {
  setCookie(c, cookie.name, value, { prefix: cookie.prefix, path: '/', secure: true, httpOnly: true, sameSite: 'Lax', maxAge: maxAgeSeconds });
}

export function clearCookie(c: Context, cookie: typeof SESSION_COOKIE): void {
  deleteCookie(c, cookie.name, { prefix: cookie.prefix, path: '/', secure: true });
}
