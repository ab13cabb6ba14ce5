import type { ErasureRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';
import { anonymiseCases } from './retention.js';

/** The right to erasure's writes (core/rgpd/erasure.ts decides what is held). */
export function erasureRepository(sql: Sql | TxSql): ErasureRepository {
  const s = sql as Sql;
  return {
    async erase(e) {
      const run = async (tx: Sql) => {
        const { storageKeys } = await anonymiseCases(tx, e.caseIds, e.at);
        if (e.eraseRecord) {
          const ids = (await tx<{ id: string }[]>`
            with recursive chain(id) as (select ${e.residentId}::uuid union select r.id from residents r join chain c on r.merged_into = c.id)
            select id from chain`).map((r) => r.id);
          const identities = tx`select id from identities where resident_id = any(${ids}::uuid[])`;
          await tx`delete from sessions where resident_id = any(${ids}::uuid[]) or identity_id in (${identities})`;
          await tx`delete from identity_link_candidates where resident_id = any(${ids}::uuid[]) or identity_id in (${identities})`;
          await tx`delete from identities where resident_id = any(${ids}::uuid[])`;
          await tx`delete from contact_point_confirmations where contact_point_id in (select id from contact_points where resident_id = any(${ids}::uuid[]))`;
          await tx`update cases set contact_point_ids = '{}' where contact_point_ids && (select coalesce(array_agg(id), '{}') from contact_points where resident_id = any(${ids}::uuid[]))`;
          await tx`delete from contact_points where resident_id = any(${ids}::uuid[])`;
          await tx`delete from resident_duplicate_candidates where resident_a = any(${ids}::uuid[]) or resident_b = any(${ids}::uuid[])`;
          await tx`update name_tokens n set residents = greatest(0, n.residents - x.n)
            from (select token, count(*)::int as n from resident_tokens where resident_id = any(${ids}::uuid[]) group by token) x where n.token = x.token`;
          await tx`delete from resident_tokens where resident_id = any(${ids}::uuid[])`;
          await tx`delete from resident_name_pairs where resident_id = any(${ids}::uuid[])`;
          await tx`update phone_calls set resident_ids = array(select unnest(resident_ids) except select unnest(${ids}::uuid[])) where resident_ids && ${ids}::uuid[]`;
          await tx`update residents set given_name = 'Anonyme', family_name = 'Anonyme', birth_date = null, updated_at = ${e.at} where id = any(${ids}::uuid[])`;
        }
        return { storageKeys };
      };
      // Within a store transaction already (a transaction handle has savepoints), or one of its own.
      return 'savepoint' in s ? run(s) : (s.begin((t) => run(t as unknown as Sql)) as Promise<{ storageKeys: string[] }>);
    },
  };
}
