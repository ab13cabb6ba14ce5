import { readFileSync } from 'node:fs';
import type { Context } from 'hono';
import type { App, HttpDeps } from '../http/context.js';

/** The pages' stylesheets, served by the app itself: no page loads anything from another host. */
const STYLESHEET = readFileSync(new URL('./assets/guichet.css', import.meta.url), 'utf8');
/** The console's scripts, each an optional enhancement: the calls page's auto-refresh, the search's results as one types. */
const CALLS_SCRIPT = readFileSync(new URL('./assets/appels.js', import.meta.url), 'utf8');
const SEARCH_SCRIPT = readFileSync(new URL('./assets/recherche.js', import.meta.url), 'utf8');

export function register(app: App, deps: HttpDeps) {
  // The city's colour from configuration (checked for contrast with white text when the configuration loads).
  const theme = `:root{--city:${deps.web.colour}}\n`;
  const css = (body: string) => (c: Context) =>
    c.body(body, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' });
  app.get('/assets/guichet.css', css(STYLESHEET));
  app.get('/assets/theme.css', css(theme));
  const js = (body: string) => (c: Context) =>
    c.body(body, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' });
  app.get('/assets/appels.js', js(CALLS_SCRIPT));
  app.get('/assets/recherche.js', js(SEARCH_SCRIPT));
}
