import postgres from 'postgres';

export type Sql = postgres.Sql<Record<string, never>>;
export type TxSql = postgres.TransactionSql<Record<string, never>>;

/** Connections of the pool kept for statements planned once (see `plannedOnce`). */
const PLANNED_ONCE_POOL = 4;

const connect = (url: string, max: number, settings: Record<string, string>) =>
  postgres(url, {
    max,
    onnotice: () => {},
    transform: { column: { from: postgres.toCamel } },
    connection: { application_name: 'guichet', ...settings },
  }) as unknown as Sql;

const plannedOnceOf = new WeakMap<object, () => Sql>();

/** The one place a postgres.js client is made: result columns come back camelCase. */
export function createSql(url: string, opts: { max?: number } = {}): Sql {
  const sql = connect(url, opts.max ?? 10, {});
  let once: Sql | null = null;
  plannedOnceOf.set(sql, () => (once ??= connect(url, PLANNED_ONCE_POOL, { plan_cache_mode: 'force_generic_plan' })));
  const end = sql.end.bind(sql);
  sql.end = (async (o?: { timeout?: number }) => {
    await once?.end(o);
    return end(o);
  }) as Sql['end'];
  return sql;
}

/**
 * A client whose prepared statements are planned once per connection, not at each call. For statements that run
 * all day and whose best plan is the same whatever their parameters (index probes), like the resident search's:
 * PostgreSQL plans a statement anew while a plan for its values looks cheaper than a plan for any values — for the
 * name look-ups, planning took 0.3 ms where running took 0.03 to 0.2. Its own small pool (PLANNED_ONCE_POOL), made
 * on first use; in a transaction, the transaction itself.
 */
export function plannedOnce(sql: Sql | TxSql): Sql {
  return plannedOnceOf.get(sql)?.() ?? (sql as Sql);
}
