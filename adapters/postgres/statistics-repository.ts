import type { StatisticsDimension, StatisticsRepository, StatisticsRow } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

/** Each dimension's column in the counts (category comes from the request type). */
const COLUMN: Record<Exclude<StatisticsDimension, 'period'>, string> = {
  directorate: 'x.directorate_id',
  requestType: 'x.request_type_id',
  category: 'rt.category',
  channel: 'x.channel',
  postcode: 'x.postcode',
  key: 'x.key',
};
const ALIAS: Record<StatisticsDimension, keyof StatisticsRow> = {
  period: 'period',
  directorate: 'directorateId',
  requestType: 'requestTypeId',
  category: 'category',
  channel: 'channel',
  postcode: 'postcode',
  key: 'key',
};

const nextMonth = (day: string) => {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};
const dayBefore = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Which stored rows answer for [from, to]: the whole months inside it from the monthly counts, the days at either
 * edge from the daily counts (everything from the daily ones when days or weeks are asked for); the deltas not
 * folded yet for the whole range, always.
 */
export function statisticsSources(from: string, to: string, byDay: boolean): { table: 'statistics_counts' | 'statistics_monthly'; from: string; to: string }[] {
  const monthsFrom = from.endsWith('-01') ? from : nextMonth(from);
  const monthsUntil = dayBefore(nextMonth(to)) === to ? nextMonth(to) : `${to.slice(0, 8)}01`;
  if (byDay || monthsFrom >= monthsUntil) return [{ table: 'statistics_counts', from, to }];
  return [
    ...(from < monthsFrom ? [{ table: 'statistics_counts' as const, from, to: dayBefore(monthsFrom) }] : []),
    { table: 'statistics_monthly', from: monthsFrom, to: dayBefore(monthsUntil) },
    ...(monthsUntil <= to ? [{ table: 'statistics_counts' as const, from: monthsUntil, to }] : []),
  ];
}

/**
 * Reads the counts the triggers of migrations 025–026 keep: the folded counts plus the deltas not folded yet, in one
 * statement (one snapshot), so a figure never misses a change that committed before it.
 */
export function statisticsRepository(sql: Sql | TxSql): StatisticsRepository {
  const s = sql as Sql;
  return {
    async sum(q) {
      const dims = [...new Set(q.groupBy)];
      const byDay = dims.includes('period') && q.period !== 'month';
      const select = dims.map((d) =>
        d === 'period'
          ? `to_char(${q.period === 'week' ? "date_trunc('week', x.day)" : q.period === 'month' ? "date_trunc('month', x.day)" : 'x.day'}, 'YYYY-MM-DD') as period`
          : `${COLUMN[d]} as ${ALIAS[d].replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`,
      );
      const needsType = dims.includes('category');
      const part = (table: string, from: string, to: string) =>
        s`select measure, day, directorate_id, request_type_id, channel, postcode, key, n from ${s(table)}
          where measure in ${s(q.measures)} and day between ${from}::date and ${to}::date
          ${q.directorateIds === 'all' ? s`` : s`and directorate_id in ${s(q.directorateIds.length ? q.directorateIds : ['-'])}`}`;
      const parts = [...statisticsSources(q.from, q.to, byDay).map((p) => part(p.table, p.from, p.to)), part('statistics_deltas', q.from, q.to)];
      const union = parts.reduce((acc, p) => s`${acc} union all ${p}`);
      const groups = ['x.measure', ...dims.map((_, i) => String(i + 2))].join(', ');
      const rows = await s<(StatisticsRow & { n: string })[]>`
        select x.measure ${s.unsafe(select.map((c) => `, ${c}`).join(''))}, sum(x.n)::bigint as n
        from (${union}) x
        ${needsType ? s`left join request_types rt on rt.id = x.request_type_id` : s``}
        group by ${s.unsafe(groups)}
        having sum(x.n) <> 0
        order by ${s.unsafe(groups)}`;
      return rows.map((r) => ({ ...r, n: Number(r.n) }));
    },
  };
}
