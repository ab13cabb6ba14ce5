import { describe, expect, test } from '../../tests/harness.js';
import { PROBLEM_CODES, PROBLEM_HELP, STATUS, TITLES } from './problem.js';

describe('problem types resolve to pages', () => {
  test('the type of a real problem answer is a page of the installation saying what to do', async ({ h }) => {
    const res = await h.call('POST', '/v1/cases', { body: { channel: 'fax' } });
    expect(res.status).toBe(422);
    const type = new URL(res.body.type as string);
    expect(type.origin).toBe('http://localhost:8080');
    const page = await h.app.request(type.pathname);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const text = await page.text();
    expect(text).toContain(TITLES.validation_failed);
    expect(text).toContain('invalidFields');
  });

  test('every code has its page, and the index links them all', async ({ h }) => {
    const index = await (await h.app.request('/problems')).text();
    for (const code of PROBLEM_CODES) {
      const slug = code.replace(/_/g, '-');
      expect(index).toContain(`href="/problems/${slug}"`);
      const page = await h.app.request(`/problems/${slug}`);
      expect(page.status, code).toBe(200);
      const text = await page.text();
      expect(text).toContain(`<h1>${TITLES[code]}</h1>`);
      expect(text).toContain(`HTTP <strong>${STATUS[code]}</strong>`);
      expect(PROBLEM_HELP[code].length).toBeGreaterThan(40);
    }
    expect((await h.app.request('/problems/no-such-problem')).status).toBe(404);
  });
});
