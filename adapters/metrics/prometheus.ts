import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Sql } from '../postgres/client.js';

/**
 * What an operator watches, in Prometheus' text format. Labels are route patterns, methods, statuses and kinds —
 * never a path, a reference, an address or anything else a person could be found by. Backlogs are read from
 * PostgreSQL at scrape time (so every process reports the installation's, through partial indexes); request
 * figures are this process's own.
 */
export function prometheusMetrics(sql: Sql) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'guichet_' });
  const requests = new Counter({
    name: 'guichet_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'guichet_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const notificationsHandled = new Counter({
    name: 'guichet_notifications_handled_total',
    help: 'Notifications and staff alerts this process handled, by recipient (resident, directorate, supervisor) and outcome',
    labelNames: ['recipient', 'outcome'] as const,
    registers: [registry],
  });
  const backlog = async () => {
    const [outbox] = await sql<{ n: number; age: number | null }[]>`
      select count(*)::int as n, extract(epoch from now() - min(created_at))::float8 as age from outbox where delivered_at is null`;
    const pending = await sql<{ recipient: string; n: number; age: number | null }[]>`
      select recipient, count(*)::int as n, extract(epoch from now() - min(created_at))::float8 as age
      from notifications where status in ('recorded', 'retry', 'sending') group by recipient`;
    return { outbox: outbox!, pending };
  };
  let scrape: ReturnType<typeof backlog> | null = null;
  // One query round per scrape, shared by the gauges that read it.
  const once = () => (scrape ??= backlog().finally(() => setTimeout(() => (scrape = null), 0)));
  new Gauge({
    name: 'guichet_outbox_pending',
    help: 'Changes waiting to reach Temporal (escalations, pauses, resolutions)',
    registers: [registry],
    async collect() {
      this.set((await once()).outbox.n);
    },
  });
  new Gauge({
    name: 'guichet_outbox_oldest_age_seconds',
    help: 'Age of the oldest change waiting to reach Temporal (0 when none)',
    registers: [registry],
    async collect() {
      this.set((await once()).outbox.age ?? 0);
    },
  });
  new Gauge({
    name: 'guichet_notifications_pending',
    help: 'Notifications and staff alerts not sent yet, by recipient',
    labelNames: ['recipient'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of (await once()).pending) this.set({ recipient: r.recipient }, r.n);
    },
  });
  new Gauge({
    name: 'guichet_notifications_oldest_pending_age_seconds',
    help: 'Age of the oldest notification not sent yet (0 when none)',
    registers: [registry],
    async collect() {
      this.set(Math.max(0, ...(await once()).pending.map((r) => r.age ?? 0)));
    },
  });
  return {
    registry,
    contentType: registry.contentType,
    observeRequest(method: string, route: string, status: number, seconds: number) {
      requests.inc({ method, route, status: String(status) });
      durations.observe({ method, route }, seconds);
    },
    notificationHandled(recipient: string, outcome: string) {
      notificationsHandled.inc({ recipient, outcome });
    },
    render: () => registry.metrics(),
  };
}
export type Metrics = ReturnType<typeof prometheusMetrics>;
