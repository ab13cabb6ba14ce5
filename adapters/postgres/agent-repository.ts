import type { AgentRecord } from '../../src/core/model.js';
import type { AgentRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

const COLUMNS = (s: Sql) => s`id, display_name, email, role, directorate_id, active, absent, version, created_at, updated_at`;

export function agentRepository(sql: Sql | TxSql): AgentRepository {
  const s = sql as Sql;
  return {
    async findById(id) {
      return (await s<{ id: string; role: string; directorateId: string | null; active: boolean; displayName: string }[]>`
        select id, role, directorate_id, active, display_name from agents where id = ${id}`)[0] ?? null;
    },
    async findActiveByEmail(email) {
      const rows = await s<{ id: string }[]>`select id from agents where lower(email) = ${email.toLowerCase()} and active limit 2`;
      // Two active accounts with one email: refuse rather than guess which one this person is.
      return rows.length === 1 ? rows[0]!.id : null;
    },
    async setAbsent(id, absent) {
      return (await s`update agents set absent = ${absent} where id = ${id} returning id`).length === 1;
    },
    async supervisorsOf(directorateId) {
      return s<{ id: string; email: string | null }[]>`
        select a.id, a.email from agents a
        where a.role = 'supervisor' and a.active
          and (exists (select 1 from directorate_supervisors ds where ds.agent_id = a.id and ds.directorate_id = ${directorateId})
            or not exists (select 1 from directorate_supervisors ds where ds.agent_id = a.id))
        order by a.id`;
    },
    async supervisedBy(agentId) {
      return (await s<{ directorateId: string }[]>`select directorate_id from directorate_supervisors where agent_id = ${agentId} order by 1`).map((r) => r.directorateId);
    },
    async leastLoaded(directorateId) {
      const rows = await s<{ id: string }[]>`
        select a.id from agents a
        where a.directorate_id = ${directorateId} and a.role = 'directorate_agent' and a.active and not a.absent
        order by (select count(*) from cases c where c.assignee_id = a.id
                  and c.status in ('escalated', 'in_progress', 'awaiting_resident')), a.id
        limit 1`;
      return rows[0]?.id ?? null;
    },
    async list() {
      return s<AgentRecord[]>`select ${COLUMNS(s)} from agents order by id limit 5000`;
    },
    async get(id, opts) {
      return (await s<AgentRecord[]>`select ${COLUMNS(s)} from agents where id = ${id} ${opts?.forUpdate ? s`for update` : s``}`)[0] ?? null;
    },
    async insert(a) {
      const rows = await s`insert into agents (id, display_name, email, role, directorate_id, active, created_at)
        values (${a.id}, ${a.displayName}, ${a.email}, ${a.role}, ${a.directorateId}, ${a.active}, ${a.createdAt})
        on conflict (id) do nothing returning id`;
      return rows.length === 1;
    },
    async update(a, at) {
      const [row] = await s<AgentRecord[]>`
        update agents set display_name = ${a.displayName}, email = ${a.email}, role = ${a.role}, directorate_id = ${a.directorateId},
          active = ${a.active}, version = version + 1, updated_at = ${at}
        where id = ${a.id} returning ${COLUMNS(s)}`;
      return row!;
    },
  };
}
