import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../harness.js';

const TOKEN = 'metrics-token-0123456789';
let h: Harness & { close(): Promise<void> };
beforeAll(async () => {
  h = await createHarness({ metrics: { token: TOKEN } });
});
afterAll(() => h.close());

const scrape = (token: string | null = TOKEN) => h.app.request('/metrics', { headers: token ? { authorization: `Bearer ${token}` } : {} });
const value = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : undefined;
};

describe('/metrics for Prometheus', () => {
  it('needs the token; counts requests by route pattern and status; reads the backlogs; names nobody', async () => {
    expect((await scrape(null)).status).toBe(401);
    expect((await scrape('wrong-token-0123456789')).status).toBe(401);

    const c = await h.newCase({ resident: { givenName: 'Mét', familyName: 'Rique', email: 'met.rique@example.fr', phone: '06 70 71 72 73' } });
    for (let i = 0; i < 3; i++) expect((await h.call('GET', `/v1/cases/${c.id}`)).status).toBe(200);
    expect((await h.call('GET', '/v1/cases/00000000-0000-7000-8000-000000000000')).status).toBe(404);
    expect((await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} })).status).toBe(200);

    const res = await scrape();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(value(text, 'guichet_http_requests_total{method="GET",route="/v1/cases/:id",status="200"}')).toBe(3);
    expect(value(text, 'guichet_http_requests_total{method="GET",route="/v1/cases/:id",status="404"}')).toBe(1);
    expect(value(text, 'guichet_http_request_duration_seconds_count{method="POST",route="/v1/cases"}')).toBe(1);
    // The harness runs no relay and no dispatcher: the escalation waits in the outbox, the notification too.
    expect(value(text, 'guichet_outbox_pending')).toBe(1);
    expect(value(text, 'guichet_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(value(text, 'guichet_notifications_pending{recipient="resident"}')).toBe(1);
    expect(text).toContain('guichet_process_cpu_seconds_total');
    // Route patterns only: no id, reference, name or address in any label.
    for (const personal of [c.id, c.reference, 'met.rique', 'Rique', '0670717273']) expect(text).not.toContain(personal);

    // Without mail or SMS configured and without a postal address, the dispatcher can only skip it — and says so.
    expect(await h.notifications.dispatchOnce()).toBe(1);
    const after = await (await scrape()).text();
    expect(value(after, 'guichet_notifications_handled_total{recipient="resident",outcome="skipped"}')).toBe(1);
    expect(value(after, 'guichet_notifications_pending{recipient="resident"}')).toBeUndefined();

    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const t = performance.now();
      await (await scrape()).text();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.info(`/metrics scrape: p50 ${times[10]!.toFixed(1)} ms, max ${times[20]!.toFixed(1)} ms (21 scrapes)`);
  });
});
