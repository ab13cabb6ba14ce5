import { describe, expect, test } from '../harness.js';

/** Rate limits an attacker cannot slip past: from the right proxy hop, by IPv6 /64, counted atomically. */
describe('rate limits', () => {
  test('a 200-request burst of wrong tracking codes from one address passes at most the limit (10), the rest 429', async ({ h }) => {
    const c = await h.newCase();
    const burst = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        h.call('GET', `/v1/public/cases/${c.reference}?code=AAAA-BBBB-${String(i).padStart(4, '0')}`, { as: null, headers: { 'x-forwarded-for': '198.51.100.77' } }),
      ),
    );
    const looked = burst.filter((r) => r.status === 404).length;
    expect(looked).toBeLessThanOrEqual(10);
    expect(looked).toBeGreaterThan(0);
    expect(burst.filter((r) => r.status === 429).length).toBe(200 - looked);
  });

  test('X-Forwarded-For is read from the right: a client-written left entry changes nothing', async ({ h }) => {
    const c = await h.newCase();
    for (let i = 0; i < 10; i++) {
      // The attacker writes a fresh fake address each time; the city's proxy appends the real one.
      await h.call('GET', `/v1/public/cases/${c.reference}?code=AAAA-BBBB-${String(i).padStart(4, '0')}`, { as: null, headers: { 'x-forwarded-for': `10.9.9.${i}, 198.51.100.88` } });
    }
    const blocked = await h.call('GET', `/v1/public/cases/${c.reference}?code=${c.trackingCode}`, { as: null, headers: { 'x-forwarded-for': '10.9.9.99, 198.51.100.88' } });
    expect(blocked.status).toBe(429);
  });

  test('IPv6 clients are counted by their /64: rotating the interface identifier changes nothing', async ({ h }) => {
    const c = await h.newCase();
    for (let i = 0; i < 10; i++) {
      await h.call('GET', `/v1/public/cases/${c.reference}?code=AAAA-BBBB-${String(i).padStart(4, '0')}`, { as: null, headers: { 'x-forwarded-for': `2001:db8:12:34::${(i + 1).toString(16)}` } });
    }
    const sameLine = await h.call('GET', `/v1/public/cases/${c.reference}?code=${c.trackingCode}`, { as: null, headers: { 'x-forwarded-for': '2001:db8:12:34:aaaa:bbbb:cccc:dddd' } });
    expect(sameLine.status).toBe(429);
    const otherLine = await h.call('GET', `/v1/public/cases/${c.reference}?code=${c.trackingCode}`, { as: null, headers: { 'x-forwarded-for': '2001:db8:12:35::1' } });
    expect(otherLine.status).toBe(200);
  });
});
