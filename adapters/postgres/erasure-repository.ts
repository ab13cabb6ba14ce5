import type { ErasureRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';
import { anonymiseCases, emptyRecord } from './anonymisation.js';

/** The right to erasure's writes (core/rgpd/erasure.ts decides what is held). */
export function erasureRepository(sql: Sql | TxSql): ErasureRepository {
  const s = sql as Sql;
  return {
    async erase(e) {
      const run = async (tx: Sql) => {
        const { storageKeys } = await anonymiseCases(tx, e.caseIds, e.at);
        if (e.eraseRecord) await emptyRecord(tx, e.residentId, e.at);
        return { storageKeys };
      };
      // Within a store transaction already (a transaction handle has savepoints), or one of its own.
      return 'savepoint' in s ? run(s) : (s.begin((t) => run(t as unknown as Sql)) as Promise<{ storageKeys: string[] }>);
    },
  };
}
