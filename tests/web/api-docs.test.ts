import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSite, watchRequests, type Site } from './site.js';

/** The API's reference as an integrator opens it: rendered from this site alone, under its CSP. */
let site: Site;
beforeAll(async () => {
  site = await startSite([]);
}, 120_000);
afterAll(() => site?.close());

describe('/docs in a real browser', () => {
  test('Swagger UI renders the OpenAPI document with nothing from another host and no CSP violation', { timeout: 60_000 }, async () => {
    const page = await (await site.browser.newContext()).newPage();
    const watch = watchRequests(page, site.origin);
    await page.goto(`${site.origin}/docs`);
    await page.waitForSelector('.opblock-summary-path', { timeout: 20_000 });
    const paths = await page.locator('.opblock-summary-path').allInnerTexts();
    expect(paths.map((p) => p.replace(/\u200b/g, ''))).toEqual(expect.arrayContaining(['/v1/cases', '/v1/webhook-subscriptions']));
    expect(watch.offsite()).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await page.context().close();
  });
});
