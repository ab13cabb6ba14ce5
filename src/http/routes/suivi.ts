import { createRoute, z } from '@hono/zod-openapi';
import { html } from 'hono/html';
import type { App, HttpDeps } from '../context.js';

/**
 * The follow-up link every message carries (PUBLIC_BASE_URL/suivi/<reference>). Until the residents' pages
 * exist, it asks for the tracking code in French and hands over to the anonymous follow-up route, which
 * checks the code and counts failures.
 */
export const route = createRoute({
  method: 'get',
  path: '/suivi/{reference}',
  operationId: 'followUpLink',
  tags: ['Public'],
  summary: 'The follow-up link printed on receipts and sent in messages',
  description: 'Without `code`: a French page asking for the tracking code. With `code`: 303 to `GET /v1/public/cases/{reference}?code=`.',
  security: [],
  request: {
    params: z.object({ reference: z.string().min(1).max(20) }),
    query: z.object({ code: z.string().min(1).max(20).optional() }),
  },
  responses: {
    200: { description: 'A page asking for the tracking code', content: { 'text/html': { schema: z.string() } } },
    303: { description: 'To the follow-up with the code' },
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, (c) => {
    const { reference } = c.req.valid('param');
    const { code } = c.req.valid('query');
    if (code) return c.redirect(`/v1/public/cases/${encodeURIComponent(reference)}?code=${encodeURIComponent(code)}`, 303) as never;
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    c.header('Cache-Control', 'no-store');
    return c.html(
      html`<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Suivre la demande ${reference} — ${deps.core.city.name}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5}label{display:block;font-weight:600;margin:1rem 0 .25rem}input{font-size:1.1rem;padding:.5rem;width:100%;box-sizing:border-box}button{margin-top:1rem;font-size:1.1rem;padding:.5rem 1rem}:focus{outline:3px solid #000;outline-offset:2px}</style></head>
<body><main><h1>Suivre votre demande ${reference}</h1>
<form method="get" action="/suivi/${encodeURIComponent(reference)}"><label for="code">Code de suivi</label>
<p id="code-aide">Il figure sur votre accusé de réception (par exemple K7M4-Q9XC-2B3D).</p>
<input id="code" name="code" required autocomplete="off" aria-describedby="code-aide" maxlength="20">
<button type="submit">Voir l’avancement</button></form></main></body></html>`,
      200,
    ) as never;
  });
}
