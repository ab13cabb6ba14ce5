import { createHarness, describe, expect, test } from '../../../tests/harness.js';

describe('operations endpoints', () => {
  test('/healthz and /readyz answer without a key', async ({ h }) => {
    expect(await h.call('GET', '/healthz', { as: null })).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await h.call('GET', '/readyz', { as: null })).toMatchObject({ status: 200, body: { status: 'ready', checks: { database: 'ok' } } });
  });

  test('/readyz stays 200 while Temporal is away, and says degraded', async () => {
    const h = await createHarness({ temporalReady: async () => false });
    try {
      const res = await h.call('GET', '/readyz', { as: null });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'degraded', checks: { database: 'ok', temporal: 'unreachable' } });
    } finally {
      await h.close();
    }
  });

  test('/readyz answers 503 when the database is gone', async ({ h }) => {
    await h.sql.end();
    const res = await h.call('GET', '/readyz', { as: null });
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'not_ready', checks: { database: 'unreachable' } });
  });

  test('an unknown route is a 404 problem, a request id is echoed', async ({ h }) => {
    const res = await h.call('GET', '/v2/anything', { as: null, headers: { 'x-request-id': 'abc-123' } });
    expect(res.status).toBe(404);
    expect(res.contentType).toBe('application/problem+json');
    expect(res.body).toMatchObject({ code: 'route_not_found', requestId: 'abc-123' });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
  });

  test('a known path asked with another method answers 405 with Allow; an unknown path 404', async ({ h }) => {
    const wrong = await h.call('DELETE', '/v1/cases');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD, POST');
    expect(wrong.contentType).toBe('application/problem+json');
    expect(wrong.body).toMatchObject({ code: 'method_not_allowed', status: 405 });
    const put = await h.call('PUT', '/openapi.json', { as: null });
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    expect((await h.call('PATCH', `/v1/cases/${crypto.randomUUID()}/events`)).headers.get('allow')).toBe('GET, HEAD, POST');
    expect((await h.call('DELETE', '/v1/nothing-here')).status).toBe(404);
    expect((await h.call('GET', '/docs/assets/unknown.js', { as: null })).status).toBe(404);
  });

  test('/openapi.json and /docs are served', async ({ h }) => {
    const doc = await h.call('GET', '/openapi.json', { as: null });
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    const docs = await h.call('GET', '/docs', { as: null });
    expect(docs.status).toBe(200);
    // Everything from this site (the page is walked in Chromium in tests/web/api-docs.test.ts).
    expect(String(docs.body).match(/(?:src|href)="[^"]+"/g)).toEqual(['href="/docs/assets/swagger-ui.css"', 'src="/docs/assets/swagger-ui-bundle.js"', 'src="/docs/assets/init.js"']);
    expect(docs.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(String((await h.call('GET', '/docs/assets/init.js', { as: null })).body)).toContain("url: '/openapi.json'");
    expect((await h.call('GET', '/docs/assets/index.html', { as: null })).status).toBe(404);
  });
});
