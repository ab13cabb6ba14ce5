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
  create(input: { id: string; label: string; role: Role; agentId?: string | null; directorateId?: string | null; scopes?: string[]; lineage?: string | null }): Promise<string>;
}

const COLUMNS = (s: Sql) => s`k.id, k.label, k.role, k.agent_id, k.directorate_id, k.scopes, k.created_at, k.revoked_at, k.revoked_by, k.replaced_by,
  k.expires_at, u.last_used_at`;
const FROM = (s: Sql) => s`api_keys k left join api_key_usage u on u.key_id = k.id`;

export function apiKeyRepository(db: Sql | TxSql): ApiKeyRepository {
  const sql = db as Sql;
  const create: ApiKeyRepository['create'] = async (input) => {
    const key = generateApiKey(input.role);
    await sql`insert into api_keys (id, label, key_hash, role, agent_id, directorate_id, scopes, lineage)
      values (${input.id}, ${input.label}, ${hashApiKey(key)}, ${input.role}, ${input.agentId ?? null}, ${input.directorateId ?? null}, ${input.scopes ?? []},
        ${input.lineage ?? input.id})`;
    return key;
  };
  return {
    create,
    async list() {
      return sql<ApiKeyRecord[]>`select ${COLUMNS(sql)} from ${FROM(sql)} order by k.created_at, k.id limit 5000`;
    },
    async get(id) {
      return (await sql<ApiKeyRecord[]>`select ${COLUMNS(sql)} from ${FROM(sql)} where k.id = ${id}`)[0] ?? null;
    },
    async lineageOf(id) {
      return (await sql<{ lineage: string }[]>`select lineage from api_keys where id = ${id}`)[0]?.lineage ?? null;
    },
    issue: create,
    async revoke(id, by, at, replacedBy) {
      const rows = await sql`update api_keys set revoked_at = ${at}, revoked_by = ${by}, replaced_by = ${replacedBy ?? null}
        where id = ${id} and revoked_at is null returning id`;
      return rows.length === 1;
    },
    async retire(id, replacedBy, until) {
      const rows = await sql`update api_keys set replaced_by = ${replacedBy}, expires_at = ${until}
        where id = ${id} and revoked_at is null returning id`;
      return rows.length === 1;
    },
    async actorForKey(key) {
      // The use is recorded in the same statement: a cache miss, at most one per key and process every half-minute.
      const rows = await sql<{ id: string; lineage: string; role: Role; agentId: string | null; directorateId: string | null; label: string; scopes: string[]; expiresAt: Date | null }[]>`
        with k as (
          select k.id, k.lineage, coalesce(a.role, k.role) as role, k.agent_id,
            case when a.id is null then k.directorate_id when a.role = 'directorate_agent' then a.directorate_id else null end as directorate_id,
            coalesce(a.display_name, k.label) as label, k.scopes, k.expires_at
          from api_keys k left join agents a on a.id = k.agent_id
          where k.key_hash = ${hashApiKey(key)} and k.revoked_at is null and (k.expires_at is null or k.expires_at > now()) and (a.id is null or a.active)
        ), used as (
          insert into api_key_usage (key_id, last_used_at) select id, now() from k
          on conflict (key_id) do update set last_used_at = excluded.last_used_at
        )
        select * from k`;
      const r = rows[0];
      return r
        ? { principalId: `key:${r.lineage}`, role: r.role, agentId: r.agentId, directorateId: r.directorateId, label: r.label, scopes: r.scopes, expiresAt: r.expiresAt }
        : null;
    },
  };
}
