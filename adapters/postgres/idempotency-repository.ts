import type { IdempotencyRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

export function idempotencyRepository(sql: Sql | TxSql): IdempotencyRepository {
  const s = sql as Sql;
  return {
    async claim(principalId, key, fingerprint, response) {
      // A concurrent request with the same key blocks on the primary key until the first commits,
      // then finds its row: two racing retries still make one case.
      const taken = await s`insert into idempotency_keys (principal_id, key, fingerprint, response)
        values (${principalId}, ${key}, ${fingerprint}, ${s.json(response as never)})
        on conflict do nothing returning key`;
      if (taken.length === 1) return { state: 'new' };
      const [row] = await s<{ fingerprint: string; response: unknown }[]>`
        select fingerprint, response from idempotency_keys where principal_id = ${principalId} and key = ${key}`;
      if (!row || row.fingerprint !== fingerprint) return { state: 'mismatch' };
      return { state: 'replay', response: row.response as never };
    },
    async complete(principalId, key, response) {
      await s`update idempotency_keys set response = ${s.json(response as never)} where principal_id = ${principalId} and key = ${key}`;
    },
  };
}
