import type { CatalogueRepository } from '../../src/core/ports.js';

/**
 * The catalogue changes a few times a year and is read on every case intake and every notification: request
 * types and directorates are kept in memory, so neither pays a query for them. A change empties every process's
 * copy at once (`forget`, called on the guichet_catalogue_changed notification); the 30 s TTL is only a backstop
 * for a process whose notification connection was lost.
 * A miss loads through the caller's own repository: inside a transaction it must use the
 * transaction's connection, or transactions waiting for a free pool connection deadlock the pool.
 */
export function cachedCatalogue(ttlMs = 30_000): (repo: CatalogueRepository) => CatalogueRepository {
  const cache = new Map<string, { value: unknown; until: number }>();
  const memo = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = cache.get(key);
    if (hit && hit.until > Date.now()) return Promise.resolve(hit.value as T);
    return load().then((value) => {
      if (value !== null) cache.set(key, { value, until: Date.now() + ttlMs });
      return value;
    });
  };
  return (repo) => ({
    ...repo,
    requestTypeByCode: (code) => memo(`code:${code}`, () => repo.requestTypeByCode(code)),
    requestTypeById: (id) => memo(`id:${id}`, () => repo.requestTypeById(id)),
    directorateById: (id) => memo(`directorate:${id}`, () => repo.directorateById(id)),
    forget: () => cache.clear(),
  });
}
