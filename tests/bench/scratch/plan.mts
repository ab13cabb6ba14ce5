import { createSql } from '/work/main/adapters/postgres/client.js';
import { resolveDatabase } from '/work/main/adapters/postgres/resolve-database.js';
import { createLogger } from '/work/main/src/logger.js';
const db = await resolveDatabase({ dataDir: process.argv[3] ?? '/tmp/bench-small', database: 'guichet_bench', persistent: true, tryContainers: false, logger: createLogger('warn') });
const sql = createSql(db.url);
const w = process.argv[2] ?? 'berna';
const text = `explain (analyze, buffers) with cand as (
      select 0 as ord, token, case when token = '${w}' then 3.0 else 2.0 end as quality from (
        select token from name_tokens
        where token collate "C" >= '${w}' collate "C" and token collate "C" < '${w}\uffff' collate "C"
        order by length(token), token limit 30) p
      union all
        select 0, token, 1.0 + similarity(token, '${w}') from (
          select token from name_tokens where token % '${w}' order by token <-> '${w}' limit 5) f
        where not starts_with(token, '${w}')),
    hits as (
      select rt.resident_id, c.ord, max(c.quality) as quality
      from cand c join resident_tokens rt on rt.token = c.token
      group by rt.resident_id, c.ord
    ),
    ranked as (
      select resident_id, sum(quality) as score from hits
      group by resident_id having count(*) = 1
      order by score desc, resident_id limit 40
    )
    select r.id, (select count(*)::int from cases c where c.resident_id = r.id and c.status in ('received','in_progress','escalated','awaiting_resident')) as open_cases from ranked join residents r on r.id = ranked.resident_id
    where r.merged_into is null order by ranked.score desc, r.family_name, r.given_name, r.id limit 20`;
await sql`analyze resident_tokens`; await sql`analyze name_tokens`;
const plan = await sql.unsafe(text);
console.log(plan.map((r: any) => Object.values(r)[0]).join('\n'));
await sql.end(); await db.stop();
