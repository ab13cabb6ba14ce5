import { createRoute, z } from '@hono/zod-openapi';
import { stringify } from 'csv-stringify/sync';
import { AGE_BANDS, backlog, BREAKDOWNS, deadlines, firstContact, flow, satisfaction, volumes, type Breakdown } from '../../core/statistics/city-statistics.js';
import { invalid } from '../../core/errors.js';
import type { App, HttpDeps } from '../context.js';
import { ChannelSchema, pickErrors } from '../schemas.js';

/**
 * The city's figures (issue 15): counted with the cases in their own transactions, so always the cases' own. Each
 * as JSON, or as CSV (`format=csv`) for the spreadsheet a directorate already keeps.
 */
const tags = ['Statistics'];
const security = [{ apiKey: [] }];
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).openapi({ format: 'date', example: '2026-11-01' });
const Format = z.enum(['json', 'csv']).default('json').openapi({ description: '`csv`: the lines as UTF-8 CSV with a header row (the totals are left out)' });
const By = z
  .string()
  .optional()
  .openapi({ description: `Comma-separated breakdown: ${BREAKDOWNS.join(', ')}`, example: 'directorate,channel' });
const RangeQuery = z.object({
  from: Day.optional().openapi({ description: 'First local day (Europe/Paris), included; default: the first day of the month eleven months ago' }),
  to: Day.optional().openapi({ description: 'Last local day, included; default: today' }),
  period: z.enum(['day', 'week', 'month']).optional().openapi({ description: 'One line per period (weeks start on Monday); the whole range when absent' }),
  by: By,
  format: Format,
});
const Rate = z.number().nullable().openapi({ description: 'Between 0 and 1, three decimals; null when there is nothing to divide' });
const LineKeys = {
  period: Day.optional().openapi({ description: 'The first day of the period' }),
  directorateId: z.string().optional(),
  requestTypeCode: z.string().optional(),
  category: z.string().optional(),
  channel: ChannelSchema.optional(),
};
const Range = { from: Day, to: Day, period: z.enum(['day', 'week', 'month']).nullable(), by: z.array(z.enum(BREAKDOWNS as [Breakdown, ...Breakdown[]])) };

const VolumeFigures = { received: z.number().int().openapi({ description: 'Requests received (merged duplicates left out)' }), online: z.number().int().openapi({ description: 'Of which filed online' }), onlineShare: Rate };
const FirstContactFigures = { received: z.number().int(), firstContact: z.number().int().openapi({ description: 'Answered on the spot from the knowledge base' }), firstContactRate: Rate };
const DeadlineFigures = {
  answered: z.number().int().openapi({ description: 'Escalated requests answered' }),
  inTime: z.number().int(),
  late: z.number().int(),
  deadlinesMetRate: Rate,
  businessDaysP50: z.number().int().nullable().openapi({ description: 'Half of the answers came within this many business days' }),
  businessDaysP90: z.number().int().nullable().openapi({ description: 'Nine answers in ten came within this many business days' }),
};
const BacklogFigures = {
  open: z.number().int(),
  ...Object.fromEntries(AGE_BANDS.map((b) => [b.name, z.number().int().openapi({ description: `Open requests filed ${b.upTo === Infinity ? 'more than 90' : `up to ${b.upTo}`} days ago` })])),
  oldestFiledOn: Day.nullable(),
};
const FlowFigures = {
  resolved: z.number().int(),
  reopened: z.number().int(),
  reopenRate: Rate,
  transfersOut: z.number().int().openapi({ description: 'Cases this directorate passed on' }),
  transfersIn: z.number().int().optional().openapi({ description: 'Cases passed to this directorate (broken down by directorate alone)' }),
};

const SatisfactionFigures = {
  asked: z.number().int().openapi({ description: 'Residents asked, on the day their case closed' }),
  answered: z.number().int().openapi({ description: 'Answers given, on the day given' }),
  responseRate: Rate,
  averageScore: z.number().nullable().openapi({ description: 'From 1 (not at all satisfied) to 5 (very satisfied), two decimals' }),
  score1: z.number().int(),
  score2: z.number().int(),
  score3: z.number().int(),
  score4: z.number().int(),
  score5: z.number().int(),
};

const tableOf = (name: string, figures: Record<string, z.ZodType>, extra: Record<string, z.ZodType> = {}) =>
  z.object({ ...Range, lines: z.array(z.object({ ...LineKeys, ...figures })), total: z.object(figures), ...extra }).openapi(name);
const answers = (schema: z.ZodType, what: string) => ({
  200: { description: what, content: { 'application/json': { schema }, 'text/csv': { schema: z.string().openapi({ description: 'With format=csv' }) } } },
  ...pickErrors(401, 403, 422),
});
const scopeNote = 'Directorate agents see their directorate; supervisors the directorates they supervise (all for a city-wide supervisor); admins all. Counter agents and integrators: 403.';

const route = (path: string, operationId: string, summary: string, schema: z.ZodType, query: z.ZodObject = RangeQuery) =>
  createRoute({ method: 'get', path, operationId, tags, security, summary, description: scopeNote, request: { query }, responses: answers(schema, summary) });

export const routes = {
  volumes: route('/v1/statistics/volumes', 'statisticsVolumes', 'Requests received, and the share filed online', tableOf('VolumeStatistics', VolumeFigures)),
  firstContact: route(
    '/v1/statistics/first-contact',
    'statisticsFirstContact',
    'Requests answered on the spot (by channel unless broken down otherwise), and the articles that answer most',
    tableOf('FirstContactStatistics', FirstContactFigures, { topArticles: z.array(z.object({ articleId: z.string(), title: z.string().nullable(), answered: z.number().int() })) }),
  ),
  deadlines: route('/v1/statistics/deadlines', 'statisticsDeadlines', 'Deadlines met and business days taken (by directorate unless broken down otherwise)', tableOf('DeadlineStatistics', DeadlineFigures)),
  backlog: route(
    '/v1/statistics/backlog',
    'statisticsBacklog',
    'Requests open today and how long they have waited (by directorate unless broken down otherwise)',
    z.object({ today: Day, by: Range.by, lines: z.array(z.object({ ...LineKeys, ...BacklogFigures })), total: z.object(BacklogFigures) }).openapi('BacklogStatistics'),
    z.object({ by: By, format: Format }),
  ),
  satisfaction: route('/v1/statistics/satisfaction', 'statisticsSatisfaction', 'Residents’ satisfaction after closure (by directorate unless broken down otherwise)', tableOf('SatisfactionStatistics', SatisfactionFigures)),
  flow: route('/v1/statistics/flow', 'statisticsFlow', 'Resolutions, reopenings and transfers (by directorate unless broken down otherwise)', tableOf('FlowStatistics', FlowFigures)),
};

function breakdown(by: string | undefined): Breakdown[] | undefined {
  if (by === undefined || by === '') return undefined;
  const parts = [...new Set(by.split(',').map((p) => p.trim()))];
  for (const p of parts) if (!BREAKDOWNS.includes(p as Breakdown)) throw invalid('by', `One or more of ${BREAKDOWNS.join(', ')}`);
  return parts as Breakdown[];
}

const COLUMNS = ['period', 'directorateId', 'requestTypeCode', 'category', 'channel'];

export function register(app: App, deps: HttpDeps) {
  const answer = (c: Parameters<Parameters<App['openapi']>[1]>[0], format: 'json' | 'csv', body: { lines: Record<string, unknown>[] }) => {
    if (format === 'json') return c.json(body, 200);
    const keys = [...new Set(body.lines.flatMap((l) => Object.keys(l)))];
    const columns = [...COLUMNS.filter((k) => keys.includes(k)), ...keys.filter((k) => !COLUMNS.includes(k))];
    c.header('Content-Type', 'text/csv; charset=utf-8');
    return c.body(stringify(body.lines, { header: true, columns, cast: { number: (n) => String(n) } }), 200);
  };
  const question = (q: { from?: string | undefined; to?: string | undefined; period?: 'day' | 'week' | 'month' | undefined; by?: string | undefined }) => ({
    from: q.from,
    to: q.to,
    period: q.period,
    by: breakdown(q.by),
  });
  // The questions over a range of days share their query and their answer; the backlog is today's.
  for (const [route, ask] of [
    [routes.volumes, volumes],
    [routes.firstContact, firstContact],
    [routes.deadlines, deadlines],
    [routes.satisfaction, satisfaction],
    [routes.flow, flow],
  ] as const) {
    app.openapi(route, async (c) => {
      const q = c.req.valid('query') as z.infer<typeof RangeQuery>;
      return answer(c, q.format, await ask(deps.core, c.get('actor'), question(q))) as never;
    });
  }
  app.openapi(routes.backlog, async (c) => {
    const q = c.req.valid('query') as { by?: string; format: 'json' | 'csv' };
    return answer(c, q.format, await backlog(deps.core, c.get('actor'), { by: breakdown(q.by) })) as never;
  });
}
