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

/**
 * Reads the counts the triggers of migration 025 keep: the folded counts plus the deltas not folded yet, in one
 * statement (one snapshot), so a figure never misses a change that committed before it.
 */
export function statisticsRepository(sql: Sql | TxSql): StatisticsRepository {
  const s = sql as Sql;
  return {
    async sum(q) {
      const dims = [...new Set(q.groupBy)];
      const select = dims.map((d) =>
        d === 'period'
          ? `to_char(${q.period === 'week' ? "date_trunc('week', x.day)" : q.period === 'month' ? "date_trunc('month', x.day)" : 'x.day'}, 'YYYY-MM-DD') as period`
          : `${COLUMN[d]} as ${ALIAS[d] === 'key' ? 'key' : ALIAS[d].replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`,
      );
      const needsType = dims.includes('category');
      const where = (table: string) =>
        s`select measure, day, directorate_id, request_type_id, channel, postcode, key, n from ${s(table)}
          where measure in ${s(q.measures)} and day between ${q.from}::date and ${q.to}::date
          ${q.directorateIds === 'all' ? s`` : s`and directorate_id in ${s(q.directorateIds.length ? q.directorateIds : ['-'])}`}`;
      const groups = ['x.measure', ...dims.map((_, i) => String(i + 2))].join(', ');
      const rows = await s<(StatisticsRow & { n: string })[]>`
        select x.measure ${s.unsafe(select.map((c) => `, ${c}`).join(''))}, sum(x.n)::bigint as n
        from (${where('statistics_counts')} union all ${where('statistics_deltas')}) x
        ${needsType ? s`left join request_types rt on rt.id = x.request_type_id` : s``}
        group by ${s.unsafe(groups)}
        having sum(x.n) <> 0
        order by ${s.unsafe(groups)}`;
      return rows.map((r) => ({ ...r, n: Number(r.n) }));
    },
  };
}
