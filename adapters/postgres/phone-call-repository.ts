import type { PhoneCall, PhoneCallRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

export function phoneCallRepository(sql: Sql | TxSql): PhoneCallRepository {
  const s = sql as Sql;
  return {
    async record(c, access) {
      // One statement: no BEGIN/COMMIT round trips, one flush; the access-log lines for every report that showed
      // the records (a repeated event is recorded once as a call, but was shown again).
      const rows = await s<{ n: number }[]>`
        with call as (
          insert into phone_calls (id, call_id, event, caller, resident_ids, agent_id, at)
          values (${c.id}, ${c.callId}, ${c.event}, ${c.caller}, ${c.residentIds}::uuid[], ${c.agentId}, ${c.at})
          on conflict (call_id, event) do nothing returning id),
        log as (
          insert into resident_access_log (resident_id, actor, actor_label, role, purpose, accessed_at)
          select r, ${access?.actor ?? ''}, ${access?.actorLabel ?? null}, ${access?.role ?? ''}, ${access?.purpose ?? null}, ${c.at}
          from unnest(${access ? c.residentIds : []}::uuid[]) as r)
        select count(*)::int as n from call`;
      return rows[0]!.n === 1;
    },
    async listForResident(residentId, limit) {
      return s<PhoneCall[]>`select id, call_id, event, caller, resident_ids, agent_id, at from phone_calls
        where resident_ids @> array[${residentId}]::uuid[] order by at desc limit ${limit}`;
    },
    async latestForAgent(agentId, limit) {
      return s<PhoneCall[]>`select id, call_id, event, caller, resident_ids, agent_id, at from phone_calls
        where agent_id = ${agentId} order by at desc limit ${limit}`;
    },
  };
}
