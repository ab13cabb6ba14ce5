import { createRoute, z } from '@hono/zod-openapi';
import { listCases } from '../../core/cases/read-case.js';
import { invalid } from '../../core/errors.js';
import type { App, HttpDeps } from '../context.js';
import { caseBody, CaseSchema, ChannelSchema, CursorQuery, LimitQuery, pickErrors, StatusSchema, Uuid } from '../schemas.js';

/** Repeated or comma-separated values: `status=received,in_progress` or `status=received&status=in_progress`. */
const many = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).filter(Boolean))
    .pipe(z.array(item))
    .optional();

export const ListCasesQuery = z.object({
  status: many(StatusSchema).openapi({ type: 'string', description: 'One or more statuses, comma-separated' }),
  channel: many(ChannelSchema).openapi({ type: 'string', description: 'One or more channels, comma-separated' }),
  requestTypeCode: z.string().max(64).optional(),
  directorateId: z.string().max(64).optional(),
  residentId: Uuid.optional(),
  assigneeId: z.string().max(64).optional(),
  createdFrom: z.iso.datetime({ offset: true }).optional(),
  createdTo: z.iso.datetime({ offset: true }).optional(),
  deadlineState: many(z.enum(['on_track', 'at_risk', 'breached', 'paused'])).openapi({ type: 'string', description: 'Deadline states, comma-separated: `breached` lists the cases past their deadline' }),
  minTransfers: z.coerce.number().int().min(0).max(100).optional().openapi({ description: 'Cases transferred between directorates at least this many times (bouncing between directorates)' }),
  limit: LimitQuery,
  cursor: CursorQuery,
});

export const CaseListSchema = z.object({ items: z.array(CaseSchema), nextCursor: z.string().nullable() }).openapi('CaseList');

export const route = createRoute({
  method: 'get',
  path: '/v1/cases',
  operationId: 'listCases',
  tags: ['Cases'],
  summary: 'List cases, newest first, with filters',
  description: 'Directorate agents see only their directorate\'s cases. Follow `nextCursor` until it is null.',
  security: [{ apiKey: [] }],
  request: { query: ListCasesQuery, headers: z.object({ 'x-access-purpose': z.string().max(200).optional().openapi({ description: 'Why, when listing one resident’s cases (in their access log)' }) }) },
  responses: {
    200: { description: 'A page of cases', content: { 'application/json': { schema: CaseListSchema } } },
    ...pickErrors(401, 403, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const actor = c.get('actor');
    let requestTypeId: string | undefined;
    if (q.requestTypeCode) {
      const rt = await deps.core.store.catalogue.requestTypeByCode(q.requestTypeCode);
      if (!rt) throw invalid('requestTypeCode', `Unknown request type: ${q.requestTypeCode}`);
      requestTypeId = rt.id;
    }
    const page = await listCases(
      deps.core,
      actor,
      {
        ...(q.status ? { status: q.status } : {}),
        ...(q.channel ? { channel: q.channel } : {}),
        ...(requestTypeId ? { requestTypeId } : {}),
        ...(q.directorateId ? { directorateId: q.directorateId } : {}),
        ...(q.residentId ? { residentId: q.residentId } : {}),
        ...(q.assigneeId ? { assigneeId: q.assigneeId } : {}),
        ...(q.createdFrom ? { createdFrom: new Date(q.createdFrom) } : {}),
        ...(q.createdTo ? { createdTo: new Date(q.createdTo) } : {}),
        ...(q.deadlineState ? { deadlineState: q.deadlineState } : {}),
        ...(q.minTransfers !== undefined ? { minTransfers: q.minTransfers } : {}),
      },
      q.limit,
      q.cursor ?? null,
      c.req.valid('header')['x-access-purpose'],
    );
    return c.json({ items: page.items.map(caseBody), nextCursor: page.nextCursor }, 200);
  });
}
