import { createRoute, z } from '@hono/zod-openapi';
import { listAlerts, markAlertRead } from '../../core/alerts/staff-alerts.js';
import type { App, HttpDeps } from '../context.js';
import { CursorQuery, LimitQuery, pickErrors, Timestamp, Uuid } from '../schemas.js';

/**
 * The agents' alert inbox: what the case workflows raise (not accepted in time, at risk, breached, bouncing
 * between directorates) and residents reopening an escalated case. The same alerts are emailed to the
 * directorate's mailbox or its supervisors when an address is configured.
 */
const AlertSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    reference: z.string().openapi({ example: '26-K7M4-Q9XC' }),
    kind: z
      .enum(['acceptance_reminder', 'not_accepted_alert', 'deadline_at_risk', 'deadline_breached', 'transfer_loop_alert', 'reopened_by_resident'])
      .openapi({ description: 'What happened' }),
    audience: z.enum(['directorate', 'supervisor']).openapi({ description: 'Who the alert is addressed to: the directorate’s team or its supervisors' }),
    directorateId: z.string().openapi({ description: 'The directorate in charge when the alert was raised' }),
    message: z.string().nullable().openapi({ description: 'The resident’s words, when they reopened the case' }),
    createdAt: Timestamp,
    readAt: Timestamp.nullable().openapi({ description: 'When the signed-in agent marked it read' }),
  })
  .openapi('StaffAlert');

export const list = createRoute({
  method: 'get',
  path: '/v1/alerts',
  operationId: 'listAlerts',
  tags: ['Escalation'],
  summary: 'The signed-in agent’s alert inbox, newest first',
  description:
    'Directorate agents see their directorate’s alerts; supervisors those of the directorates they supervise (all, for a supervisor with none assigned); admins all. Counter agents and integrators: 403.',
  security: [{ apiKey: [] }],
  request: { query: z.object({ unread: z.enum(['true', 'false']).optional().openapi({ description: '`true`: only the alerts not yet read' }), limit: LimitQuery, cursor: CursorQuery }) },
  responses: {
    200: { description: 'A page of alerts', content: { 'application/json': { schema: z.object({ items: z.array(AlertSchema), nextCursor: z.string().nullable() }).openapi('StaffAlertList') } } },
    ...pickErrors(401, 403, 422),
  },
});

export const read = createRoute({
  method: 'post',
  path: '/v1/alerts/{id}/read',
  operationId: 'markAlertRead',
  tags: ['Escalation'],
  summary: 'Mark an alert read (for the signed-in agent)',
  security: [{ apiKey: [] }],
  request: { params: z.object({ id: Uuid }) },
  responses: { 204: { description: 'Read' }, ...pickErrors(401, 403, 404, 422) },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const page = await listAlerts(deps.core, c.get('actor'), { unreadOnly: q.unread === 'true', limit: q.limit, cursor: q.cursor ?? null });
    return c.json(
      {
        items: page.items.map((a) => ({
          ...a,
          kind: a.kind as z.infer<typeof AlertSchema>['kind'],
          message: a.message?.text ?? null,
          createdAt: a.createdAt.toISOString(),
          readAt: a.readAt?.toISOString() ?? null,
        })),
        nextCursor: page.nextCursor,
      },
      200,
    );
  });
  app.openapi(read, async (c) => {
    await markAlertRead(deps.core, c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
