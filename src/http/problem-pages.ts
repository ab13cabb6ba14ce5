import { html } from 'hono/html';
import type { App } from './context.js';
import { PROBLEM_CODES, PROBLEM_HELP, problemSlug, STATUS, TITLES } from './problem.js';

/**
 * A page per problem `type`, so that the URI in every problem body resolves to what it means and what to do
 * (RFC 9457 §3.1.1). For integrators' developers: in English, like the API documentation.
 */
export function registerProblemPages(app: App): void {
  const bySlug = new Map(PROBLEM_CODES.map((code) => [problemSlug(code), code]));
  const layout = (title: string, body: ReturnType<typeof html>) =>
    html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} — Guichet API</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}code{background:#f3f3f3;padding:0 .2em}</style></head>
<body><main>${body}</main></body></html>`;
  const secure = (c: { header(k: string, v: string): void }) => {
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'");
    c.header('Cache-Control', 'public, max-age=3600');
  };
  app.get('/problems', (c) => {
    secure(c);
    return c.html(
      layout(
        'Problems',
        html`<h1>Problems the Guichet API answers</h1>
<p>Every error is an <code>application/problem+json</code> body (RFC 9457) whose <code>type</code> is one of these pages and whose <code>code</code> is the stable name to test in code.</p>
<ul>${PROBLEM_CODES.map((code) => html`<li><a href="/problems/${problemSlug(code)}">${TITLES[code]}</a> — <code>${code}</code>, HTTP ${STATUS[code]}</li>`)}</ul>`,
      ),
    );
  });
  app.get('/problems/:slug', (c) => {
    const code = bySlug.get(c.req.param('slug'));
    if (!code) return c.notFound();
    secure(c);
    return c.html(
      layout(
        TITLES[code],
        html`<h1>${TITLES[code]}</h1>
<p>HTTP <strong>${STATUS[code]}</strong> · <code>code: "${code}"</code></p>
<p>${PROBLEM_HELP[code]}</p>
<p><a href="/problems">Every problem</a> · <a href="/docs">API documentation</a></p>`,
      ),
    );
  });
}
