import type { PhoneCall, PhoneCallRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

export function phoneCallRepository(sql: Sql | TxSql): PhoneCallRepository {
  const s = sql as Sql;
  return {
    async record(c) {
      const rows = await s`insert into phone_calls (id, call_id, event, caller, resident_ids, agent_id, at)
        values (${c.id}, ${c.callId}, ${c.event}, ${c.caller}, ${c.residentIds}::uuid[], ${c.agentId}, ${c.at})
        on conflict (call_id, event) do nothing returning id`;
      return rows.length === 1;
    },
    async listForResident(residentId, limit) {
      return s<PhoneCall[]>`select id, call_id, event, caller, resident_ids, agent_id, at from phone_calls
        where resident_ids @> array[${residentId}]::uuid[] order by at desc limit ${limit}`;
    },
  };
}
