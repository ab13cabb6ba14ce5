import type { Actor } from '../actor.js';
import { overseenDirectorates } from '../agents/directorate-scope.js';
import type { Channel } from '../model.js';
import type { CoreDeps, StatisticsDimension, StatisticsMeasure, StatisticsPeriod, StatisticsRow } from '../ports.js';
import { histogramQuantile, rate } from './histogram.js';
import { cityDay } from '../city-day.js';
import { addDays, daysBetween, statisticsRange } from './statistics-range.js';

const nextMonthStart = (day: string) => addDays(`${day.slice(0, 8)}01`, 32).slice(0, 8) + '01';

/**
 * The city's figures for supervisors and directorates, from the counts kept with the cases (migration 025): volumes,
 * first-contact answers, deadlines, the backlog, transfers and reopenings. Directorate agents see their directorate,
 * supervisors theirs, admins all (agents/directorate-scope.ts); figures by channel or request type are the sums of
 * the directorates one may see.
 */

/** What a table of figures may be broken down by, beside the period. */
export type Breakdown = 'directorate' | 'requestType' | 'category' | 'channel';
export const BREAKDOWNS: readonly Breakdown[] = ['directorate', 'requestType', 'category', 'channel'];

/** Requests filed online: the city's website and the residents' space. */
export const ONLINE_CHANNELS: readonly Channel[] = ['web'];

export interface StatisticsQuestion {
  from?: string | undefined;
  to?: string | undefined;
  /** Grouped by period when given; the whole range otherwise. */
  period?: StatisticsPeriod | undefined;
  by?: readonly Breakdown[] | undefined;
}

/** One line of a table: the period and breakdown it is for, then its figures. */
export type StatisticsLine = {
  period?: string;
  directorateId?: string;
  requestTypeCode?: string;
  category?: string;
  channel?: string;
} & Record<string, string | number | null | undefined>;

export interface StatisticsTable<L extends StatisticsLine = StatisticsLine> {
  from: string;
  to: string;
  period: StatisticsPeriod | null;
  by: Breakdown[];
  lines: L[];
  total: Omit<L, 'period' | 'directorateId' | 'requestTypeCode' | 'category' | 'channel'>;
}

async function scope(deps: CoreDeps, actor: Actor) {
  return overseenDirectorates(deps, actor, 'statistics');
}

/** Sums grouped as asked, each line keyed by its period and breakdown; request types named by their code. */
async function grouped(
  deps: CoreDeps,
  q: {
    measures: StatisticsMeasure[];
    from: string;
    to: string;
    directorateIds: string[] | 'all';
    period: StatisticsPeriod | null;
    by: readonly Breakdown[];
    extra?: StatisticsDimension[];
    /** The rows' own period when `extra` has one and the lines do not. */
    extraPeriod?: StatisticsPeriod;
  },
) {
  const groupBy: StatisticsDimension[] = [...(q.period ? (['period'] as const) : []), ...q.by, ...(q.extra ?? [])];
  const period = q.period ?? q.extraPeriod;
  const rows = await deps.store.statistics.sum({ measures: q.measures, from: q.from, to: q.to, directorateIds: q.directorateIds, groupBy, ...(period ? { period } : {}) });
  const types = new Map((await deps.store.catalogue.listAllRequestTypes()).map((t) => [t.id, t.code]));
  const lines = new Map<string, { line: StatisticsLine; rows: StatisticsRow[] }>();
  for (const r of rows) {
    const line: StatisticsLine = {};
    if (q.period) line.period = r.period!;
    if (q.by.includes('directorate')) line.directorateId = r.directorateId!;
    if (q.by.includes('requestType')) line.requestTypeCode = types.get(r.requestTypeId!) ?? r.requestTypeId!;
    if (q.by.includes('category')) line.category = r.category ?? '';
    if (q.by.includes('channel')) line.channel = r.channel!;
    const k = JSON.stringify(line);
    const entry = lines.get(k) ?? { line, rows: [] };
    entry.rows.push(r);
    lines.set(k, entry);
  }
  return [...lines.values()];
}

const total = (rows: StatisticsRow[], measure: StatisticsMeasure) => rows.reduce((n, r) => (r.measure === measure ? n + r.n : n), 0);

function table<L extends StatisticsLine>(
  range: { from: string; to: string },
  q: StatisticsQuestion,
  lines: L[],
  totals: StatisticsTable<L>['total'],
): StatisticsTable<L> {
  return { ...range, period: q.period ?? null, by: [...(q.by ?? [])], lines, total: totals };
}

/** Requests received (merged duplicates left out), and the share filed online. */
export async function volumes(deps: CoreDeps, actor: Actor, q: StatisticsQuestion) {
  const range = statisticsRange(deps.clock.now(), q);
  const directorateIds = await scope(deps, actor);
  const groups = await grouped(deps, { measures: ['received'], ...range, directorateIds, period: q.period ?? null, by: q.by ?? [], extra: ['channel'] });
  const figures = (rows: StatisticsRow[]) => {
    const received = total(rows, 'received');
    const online = rows.reduce((n, r) => (ONLINE_CHANNELS.includes(r.channel as Channel) ? n + r.n : n), 0);
    return { received, online, onlineShare: rate(online, received) };
  };
  const lines = groups.map((g) => ({ ...g.line, ...figures(g.rows) }));
  return table(range, q, lines, figures(groups.flatMap((g) => g.rows)));
}

/** Requests answered on the spot from the knowledge base, by the channel they came through, and the articles that answer most. */
export async function firstContact(deps: CoreDeps, actor: Actor, q: StatisticsQuestion) {
  const range = statisticsRange(deps.clock.now(), q);
  const directorateIds = await scope(deps, actor);
  const by = q.by ?? ['channel'];
  const groups = await grouped(deps, { measures: ['received', 'first_contact'], ...range, directorateIds, period: q.period ?? null, by });
  const figures = (rows: StatisticsRow[]) => {
    const received = total(rows, 'received');
    const answered = total(rows, 'first_contact');
    return { received, firstContact: answered, firstContactRate: rate(answered, received) };
  };
  const lines = groups.map((g) => ({ ...g.line, ...figures(g.rows) }));
  const byArticle = await deps.store.statistics.sum({ measures: ['first_contact'], ...range, directorateIds, groupBy: ['key'] });
  const top = byArticle.sort((a, b) => b.n - a.n || a.key!.localeCompare(b.key!)).slice(0, 10);
  const articles = await Promise.all(top.map(async (r) => ({ articleId: r.key!, title: (await deps.store.knowledge.findById(r.key!))?.title ?? null, answered: r.n })));
  return { ...table(range, { ...q, by }, lines, figures(groups.flatMap((g) => g.rows))), topArticles: articles };
}

/** Escalated requests answered: within their deadline or not, and the business days they took. */
export async function deadlines(deps: CoreDeps, actor: Actor, q: StatisticsQuestion) {
  const range = statisticsRange(deps.clock.now(), q);
  const directorateIds = await scope(deps, actor);
  const by = q.by ?? ['directorate'];
  const groups = await grouped(deps, { measures: ['answered_in_time', 'answered_late'], ...range, directorateIds, period: q.period ?? null, by, extra: ['key'] });
  const figures = (rows: StatisticsRow[]) => {
    const inTime = total(rows, 'answered_in_time');
    const late = total(rows, 'answered_late');
    const histogram = new Map<number, number>();
    for (const r of rows) histogram.set(Number(r.key), (histogram.get(Number(r.key)) ?? 0) + r.n);
    return {
      answered: inTime + late,
      inTime,
      late,
      deadlinesMetRate: rate(inTime, inTime + late),
      businessDaysP50: histogramQuantile(histogram, 0.5),
      businessDaysP90: histogramQuantile(histogram, 0.9),
    };
  };
  const lines = groups.map((g) => ({ ...g.line, ...figures(g.rows) }));
  return table(range, { ...q, by }, lines, figures(groups.flatMap((g) => g.rows)));
}

/** Age bands of the open backlog, in calendar days since the request was filed. */
export const AGE_BANDS = [
  { name: 'days0to7', upTo: 7 },
  { name: 'days8to30', upTo: 30 },
  { name: 'days31to90', upTo: 90 },
  { name: 'over90days', upTo: Infinity },
] as const;

/**
 * The requests open today (received, in progress, escalated, awaiting the resident) and how long they have waited.
 * The last four months by day of filing (to place each request in its age band), what is older by month (all of it
 * over 90 days), and the oldest month again by day for the oldest filing date.
 */
export async function backlog(deps: CoreDeps, actor: Actor, q: { by?: readonly Breakdown[] | undefined }) {
  const today = cityDay(deps.clock.now());
  const directorateIds = await scope(deps, actor);
  const by = q.by ?? ['directorate'];
  const recentFrom = `${addDays(today, -120).slice(0, 8)}01`;
  const ask = (from: string, to: string, extraPeriod: StatisticsPeriod) => grouped(deps, { measures: ['open'], from, to, directorateIds, period: null, by, extra: ['period'], extraPeriod });
  const [recent, older] = await Promise.all([ask(recentFrom, today, 'day'), ask('1970-01-01', addDays(recentFrom, -1), 'month')]);
  const groups = new Map<string, { line: StatisticsLine; rows: StatisticsRow[] }>();
  for (const g of [...older, ...recent]) {
    const k = JSON.stringify(g.line);
    groups.set(k, { line: g.line, rows: [...(groups.get(k)?.rows ?? []), ...g.rows] });
  }
  // A month's first day stands for the month: each line's oldest filing date is read by day in its oldest month
  // (a few queries: lines mostly share it).
  const firstOf = (rows: StatisticsRow[]) => rows.reduce<string | null>((m, r) => (m === null || r.period! < m ? r.period! : m), null);
  const olderMonths = new Set(older.flatMap((g) => g.rows.map((r) => r.period!)));
  const exactMonths = [...new Set([...groups.values()].map((g) => firstOf(g.rows)).filter((m): m is string => m !== null && olderMonths.has(m)))];
  const byDay = new Map((await Promise.all(exactMonths.map(async (m) => [m, await ask(m, addDays(nextMonthStart(m), -1), 'day')] as const))));
  const oldest = (rows: StatisticsRow[], line: StatisticsLine | null) => {
    const first = firstOf(rows);
    if (!first || !byDay.has(first)) return first;
    const days = byDay.get(first)!.filter((g) => line === null || JSON.stringify(g.line) === JSON.stringify(line)).flatMap((g) => g.rows);
    return firstOf(days) ?? first;
  };
  const figures = (rows: StatisticsRow[], line: StatisticsLine | null) => {
    const bands = Object.fromEntries(AGE_BANDS.map((b) => [b.name, 0])) as Record<(typeof AGE_BANDS)[number]['name'], number>;
    for (const r of rows) {
      const age = daysBetween(r.period!, today);
      bands[AGE_BANDS.find((b) => age <= b.upTo)!.name] += r.n;
    }
    return { open: total(rows, 'open'), ...bands, oldestFiledOn: oldest(rows, line) };
  };
  const lines = [...groups.values()]
    .map((g) => ({ ...g.line, ...figures(g.rows, g.line) }))
    .sort((a, b) => JSON.stringify([a.directorateId, a.requestTypeCode, a.category, a.channel]).localeCompare(JSON.stringify([b.directorateId, b.requestTypeCode, b.category, b.channel])));
  return { today, by: [...by], lines, total: figures([...groups.values()].flatMap((g) => g.rows), null) };
}

/** Resolutions, reopenings (and the reopen rate) and transfers out and in, per period and directorate. */
export async function flow(deps: CoreDeps, actor: Actor, q: StatisticsQuestion) {
  const range = statisticsRange(deps.clock.now(), q);
  const directorateIds = await scope(deps, actor);
  const by = q.by ?? ['directorate'];
  const groups = await grouped(deps, { measures: ['resolved', 'reopened', 'transferred'], ...range, directorateIds, period: q.period ?? null, by });
  // Transfers in are counted under the directorate that passed the case on: read them all, keep those received.
  const incoming = new Map<string, number>();
  const byDirectorateOnly = by.length === 1 && by[0] === 'directorate';
  if (byDirectorateOnly) {
    const rows = await deps.store.statistics.sum({ measures: ['transferred'], ...range, directorateIds: 'all', groupBy: [...(q.period ? (['period'] as const) : []), 'key'], ...(q.period ? { period: q.period } : {}) });
    for (const r of rows) if (directorateIds === 'all' || directorateIds.includes(r.key!)) incoming.set(`${r.period ?? ''}|${r.key}`, (incoming.get(`${r.period ?? ''}|${r.key}`) ?? 0) + r.n);
  }
  const figures = (rows: StatisticsRow[]) => {
    const resolved = total(rows, 'resolved');
    const reopened = total(rows, 'reopened');
    return { resolved, reopened, reopenRate: rate(reopened, resolved), transfersOut: total(rows, 'transferred') };
  };
  const lines = groups.map((g) => ({
    ...g.line,
    ...figures(g.rows),
    ...(byDirectorateOnly ? { transfersIn: incoming.get(`${g.line.period ?? ''}|${g.line.directorateId}`) ?? 0 } : {}),
  }));
  // Directorates that only received transfers in a period still get their line.
  if (byDirectorateOnly) {
    for (const [k, n] of incoming) {
      const [period, directorateId] = k.split('|') as [string, string];
      if (!lines.some((l) => (l.period ?? '') === period && l.directorateId === directorateId)) {
        lines.push({ ...(q.period ? { period } : {}), directorateId, resolved: 0, reopened: 0, reopenRate: null, transfersOut: 0, transfersIn: n });
      }
    }
    lines.sort((a, b) => (a.period ?? '').localeCompare(b.period ?? '') || a.directorateId!.localeCompare(b.directorateId!));
  }
  return table(range, { ...q, by }, lines, figures(groups.flatMap((g) => g.rows)));
}

/** After closure, residents asked for their satisfaction (1 to 5): how many answered, the average and the spread. */
export async function satisfaction(deps: CoreDeps, actor: Actor, q: StatisticsQuestion) {
  const range = statisticsRange(deps.clock.now(), q);
  const directorateIds = await scope(deps, actor);
  const by = q.by ?? ['directorate'];
  const groups = await grouped(deps, { measures: ['satisfaction_asked', 'satisfaction'], ...range, directorateIds, period: q.period ?? null, by, extra: ['key'] });
  const figures = (rows: StatisticsRow[]) => {
    const scores = [1, 2, 3, 4, 5].map((s) => rows.reduce((n, r) => (r.measure === 'satisfaction' && r.key === String(s) ? n + r.n : n), 0));
    const answered = scores.reduce((a, b) => a + b, 0);
    const asked = total(rows, 'satisfaction_asked');
    return {
      asked,
      answered,
      responseRate: rate(answered, asked),
      averageScore: answered ? Math.round((scores.reduce((sum, n, i) => sum + n * (i + 1), 0) / answered) * 100) / 100 : null,
      score1: scores[0]!,
      score2: scores[1]!,
      score3: scores[2]!,
      score4: scores[3]!,
      score5: scores[4]!,
    };
  };
  const lines = groups.map((g) => ({ ...g.line, ...figures(g.rows) }));
  return table(range, { ...q, by }, lines, figures(groups.flatMap((g) => g.rows)));
}
