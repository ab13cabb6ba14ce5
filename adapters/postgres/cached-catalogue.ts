import type { CatalogueRepository } from '../../src/core/ports.js';

/**
 * The catalogue changes a few times a year and is read on every case intake: request types
 * are kept in memory for a short while, so intake does not pay a query for them.
 */
export function cachedCatalogue(inner: CatalogueRepository, ttlMs = 30_000): (tx: CatalogueRepository) => CatalogueRepository {
  const cache = new Map<string, { value: unknown; until: number }>();
  const memo = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = cache.get(key);
    if (hit && hit.until > Date.now()) return Promise.resolve(hit.value as T);
    return load().then((value) => {
      if (value !== null) cache.set(key, { value, until: Date.now() + ttlMs });
      return value;
    });
  };
  return (tx) => ({
    ...tx,
    requestTypeByCode: (code) => memo(`code:${code}`, () => inner.requestTypeByCode(code)),
    requestTypeById: (id) => memo(`id:${id}`, () => inner.requestTypeById(id)),
  });
}
