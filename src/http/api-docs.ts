import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Context } from 'hono';
import type { App } from './context.js';

/**
 * The API's reference at /docs: Swagger UI from its npm package, served by the app itself — a public service's
 * pages load nothing from another host — under a Content-Security-Policy that allows nothing else.
 */
const dist = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, { body: string; type: string }> = {
  'swagger-ui.css': { body: readFileSync(path.join(dist, 'swagger-ui.css'), 'utf8'), type: 'text/css; charset=utf-8' },
  'swagger-ui-bundle.js': { body: readFileSync(path.join(dist, 'swagger-ui-bundle.js'), 'utf8'), type: 'text/javascript; charset=utf-8' },
  // No inline script: the page starts Swagger UI from this file.
  'init.js': { body: "window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });\n", type: 'text/javascript; charset=utf-8' },
};

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Guichet API</title>
    <link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
  </head>
  <body>
    <main id="swagger-ui"></main>
    <script src="/docs/assets/swagger-ui-bundle.js"></script>
    <script src="/docs/assets/init.js"></script>
  </body>
</html>
`;

// Swagger UI sets style attributes and shows inline SVG images: those, and nothing from elsewhere.
const POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function registerApiDocs(app: App) {
  app.get('/docs', (c) => c.html(PAGE, 200, { 'content-security-policy': POLICY, 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' }));
  app.get('/docs/assets/:file', (c: Context) => {
    const asset = ASSETS[c.req.param('file') ?? ''];
    if (!asset || !Object.hasOwn(ASSETS, c.req.param('file') ?? '')) return c.notFound();
    return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' });
  });
}
