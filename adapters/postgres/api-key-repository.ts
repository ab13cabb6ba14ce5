import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../../src/core/actor.js';
import type { ApiKeyRecord, Role } from '../../src/core/model.js';
import type { ApiKeyStore } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Keys are shown once; only their hash is stored. The prefix tells an operator which role a leaked key had. */
export function generateApiKey(role: Role): string {
  return `gk_${role.replace('_agent', '')}_${randomBytes(24).toString('base64url')}`;
}

export interface ApiKeyRepository extends ApiKeyStore {
  actorForKey(key: string): Promise<Actor | null>;
  create(input: { id: string; label: string; role: Role; agentId?: string | null; directorateId?: string | null; scopes?: string[] }): Promise<string>;
}

const COLUMNS = (s: Sql) => s`id, label, role, agent_id, directorate_id, scopes, created_at, revoked_at, revoked_by, replaced_by`;

export function apiKeyRepository(db: Sql | TxSql): ApiKeyRepository {
  const sql = db as Sql;
  const create: ApiKeyRepository['create'] = async (input) => {
    const key = generateApiKey(input.role);
    await sql`insert into api_keys (id, label, key_hash, role, agent_id, directorate_id, scopes)
      values (${input.id}, ${input.label}, ${hashApiKey(key)}, ${input.role}, ${input.agentId ?? null}, ${input.directorateId ?? null}, ${input.scopes ?? []})`;
    return key;
  };
  return {
    create,
    async list() {
      return sql<ApiKeyRecord[]>`select ${COLUMNS(sql)} from api_keys order by created_at, id limit 5000`;
    },
    async get(id) {
      return (await sql<ApiKeyRecord[]>`select ${COLUMNS(sql)} from api_keys where id = ${id}`)[0] ?? null;
    },
    issue: create,
    async revoke(id, by, at, replacedBy) {
      const rows = await sql`update api_keys set revoked_at = ${at}, revoked_by = ${by}, replaced_by = ${replacedBy ?? null}
        where id = ${id} and revoked_at is null returning id`;
      return rows.length === 1;
    },
    async actorForKey(key) {
      const rows = await sql<{ id: string; role: Role; agentId: string | null; directorateId: string | null; label: string; scopes: string[] }[]>`
        select k.id, coalesce(a.role, k.role) as role, k.agent_id,
          case when a.id is null then k.directorate_id when a.role = 'directorate_agent' then a.directorate_id else null end as directorate_id,
          coalesce(a.display_name, k.label) as label, k.scopes
        from api_keys k left join agents a on a.id = k.agent_id
        where k.key_hash = ${hashApiKey(key)} and k.revoked_at is null and (a.id is null or a.active)`;
      const r = rows[0];
      return r ? { principalId: `key:${r.id}`, role: r.role, agentId: r.agentId, directorateId: r.directorateId, label: r.label, scopes: r.scopes } : null;
    },
  };
}
