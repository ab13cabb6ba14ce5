import { createSql } from '/work/main/adapters/postgres/client.js';
import { migrate } from '/work/main/adapters/postgres/migrate.js';
import { resolveDatabase } from '/work/main/adapters/postgres/resolve-database.js';
import { residentRepository } from '/work/main/adapters/postgres/resident-repository.js';
import { createLogger } from '/work/main/src/logger.js';
const db = await resolveDatabase({ dataDir: process.argv[3] ?? '/tmp/bench-small', database: 'guichet_bench', persistent: true, tryContainers: false, logger: createLogger('warn') });
const sql = createSql(db.url);
await migrate(sql);
const repo = residentRepository(sql);
const q = process.argv[2] ?? 'berna';
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const r = await repo.search({ kind: 'name', folded: q }, 20);
  console.log(r.length, (performance.now() - t).toFixed(1), 'ms', r.slice(0, 3).map((h) => h.resident.givenName + ' ' + h.resident.familyName));
}
await sql`set log_min_duration_statement = 0`;
const words = q.split(' ');
const plan = await sql.unsafe(`explain analyze select token from name_tokens where token % '${words[0]}' order by token <-> '${words[0]}' limit 5`);
console.log(plan.map((r: any) => Object.values(r)[0]).join('\n'));
await sql.end(); await db.stop();
