import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { HttpDeps } from '../http/context.js';

/**
 * The pages' Content-Security-Policy: nothing from another host, no script at all (every page works without
 * one), no inline style. Forms post to this site; the sign-out form's redirect goes on to the identity
 * provider, whose origin the form-action must therefore allow (browsers check redirects after a form post).
 */
export function pagePolicy(deps: Pick<HttpDeps, 'identity'>, opts: { script?: boolean } = {}): string {
  const providers = [...deps.identity.parties.values()].map((rp) => new URL(rp.provider.issuer).origin);
  return [
    "default-src 'none'",
    "style-src 'self'",
    // The one page with a script (the console's calls, an optional auto-refresh) loads it from this site, and asks only this site.
    ...(opts.script ? ["script-src 'self'", "connect-src 'self'"] : []),
    "img-src 'self'",
    `form-action 'self'${[...new Set(providers)].map((o) => ` ${o}`).join('')}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A rendered page with the headers every page carries: personal pages are never cached. */
export async function sendPage(c: Context, deps: Pick<HttpDeps, 'identity'>, page: unknown, status: ContentfulStatusCode = 200, opts: { script?: boolean } = {}): Promise<Response> {
  const html = `<!doctype html>${await String(await (page as Promise<unknown>))}`;
  c.header('Content-Security-Policy', pagePolicy(deps, opts));
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'same-origin');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  return c.html(html, status);
}
