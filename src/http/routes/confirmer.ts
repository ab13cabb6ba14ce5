import { createRoute, z } from '@hono/zod-openapi';
import { html } from 'hono/html';
import type { Context } from 'hono';
import { confirmContactPoint } from '../../core/residents/contact-verification.js';
import { DomainError } from '../../core/errors.js';
import type { App, HttpDeps } from '../context.js';

/**
 * The link an acknowledgement sends to an address nothing has verified yet. Opening it only shows a button: mail
 * scanners that fetch every link must not confirm an address on the resident's behalf; pressing it does.
 */
const params = z.object({ token: z.string().min(1).max(100) });
const page = { description: 'A French page', content: { 'text/html': { schema: z.string() } } };

export const showRoute = createRoute({
  method: 'get',
  path: '/confirmer/{token}',
  operationId: 'contactConfirmationPage',
  tags: ['Public'],
  summary: 'The confirmation link sent to an unverified address',
  description: 'A French page with one button that confirms the address (see the POST).',
  security: [],
  request: { params },
  responses: { 200: page },
});

export const confirmRoute = createRoute({
  method: 'post',
  path: '/confirmer/{token}',
  operationId: 'confirmContactPoint',
  tags: ['Public'],
  summary: 'Confirm that an address is the resident’s',
  description: 'The address becomes a verified contact point (`verifiedBy: confirmation`). A link works once, for 30 days; an unknown, used or expired one answers 404 with a French page.',
  security: [],
  request: { params },
  responses: { 200: page, 404: page },
});

function layout(c: Context, deps: HttpDeps, title: string, body: ReturnType<typeof html>, status: 200 | 404 = 200) {
  c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  return c.html(
    html`<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} — ${deps.core.city.name}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5}button{margin-top:1rem;font-size:1.1rem;padding:.5rem 1rem}:focus{outline:3px solid #000;outline-offset:2px}</style></head>
<body><main>${body}</main></body></html>`,
    status,
  );
}

export function register(app: App, deps: HttpDeps) {
  app.openapi(showRoute, (c) => {
    const { token } = c.req.valid('param');
    return layout(
      c,
      deps,
      'Confirmer votre adresse',
      html`<h1>Confirmer votre adresse</h1>
<p>En confirmant, vous recevrez à cette adresse les nouvelles de toutes vos demandes auprès de ${deps.core.city.name}.</p>
<p>Si vous n’avez fait aucune demande, ignorez ce message : rien ne sera fait.</p>
<form method="post" action="/confirmer/${encodeURIComponent(token)}"><button type="submit">Confirmer que cette adresse est la mienne</button></form>`,
    ) as never;
  });
  app.openapi(confirmRoute, async (c) => {
    const { token } = c.req.valid('param');
    try {
      await confirmContactPoint(deps.core, token);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'not_found') throw err;
      return layout(c, deps, 'Lien expiré', html`<h1>Ce lien n’est plus valable</h1><p>${err.extra.detailFr as string}</p>`, 404) as never;
    }
    return layout(c, deps, 'Adresse confirmée', html`<h1>Adresse confirmée</h1><p>Merci : vous recevrez désormais à cette adresse les nouvelles de vos demandes.</p>`) as never;
  });
}
