import { createRoute, z } from '@hono/zod-openapi';
import type { App, HttpDeps } from '../context.js';

export const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'healthz',
  tags: ['Operations'],
  summary: 'The process is up',
  responses: { 200: { description: 'Up', content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } } } },
});

const Readiness = z
  .object({
    status: z.enum(['ready', 'degraded', 'not_ready']).openapi({
      description: '`ready`: all is well; `degraded`: cases are taken but Temporal is away (deadlines and reminders resume when it is back); `not_ready`: the database does not answer, or the process is stopping (`checks.process: stopping`)',
    }),
    checks: z.record(z.string(), z.string()),
  })
  .openapi('Readiness');

export const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  operationId: 'readyz',
  tags: ['Operations'],
  summary: 'This instance can serve: the database answers (Temporal’s state is reported, never a reason to leave the pool)',
  responses: {
    200: { description: 'Ready, or degraded (Temporal away)', content: { 'application/json': { schema: Readiness } } },
    503: { description: 'Not ready', content: { 'application/json': { schema: Readiness } } },
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200));
  app.openapi(readyz, async (c) => {
    const checks = await deps.checkReady();
    // The API keeps taking cases while Temporal is away (the outbox waits): a load balancer must keep it.
    // Stopping (SIGTERM): in-flight requests finish, new ones go to another replica.
    if (checks.database !== 'ok') return c.json({ status: 'not_ready' as const, checks }, 503);
    const degraded = Object.values(checks).some((v) => v !== 'ok');
    return c.json({ status: degraded ? ('degraded' as const) : ('ready' as const), checks }, 200);
  });
}
