import type { RequestType } from '../model.js';
import type { CoreDeps } from '../ports.js';

export interface CategoryOfTypes {
  category: string;
  types: RequestType[];
}

/** Accents, case and punctuation do not matter when a resident searches ("eclairage" finds "Éclairage"). */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The request types a resident may file online, grouped by category in French alphabetical order; with a query,
 * only those whose label or category holds every word of it.
 */
export async function filingCatalogue(deps: Pick<CoreDeps, 'store'>, query?: string): Promise<CategoryOfTypes[]> {
  const words = foldForSearch(query ?? '').split(' ').filter(Boolean);
  const types = (await deps.store.catalogue.listRequestTypes({})).filter((t) => {
    if (!t.active) return false;
    const text = foldForSearch(`${t.label} ${t.category}`);
    return words.every((w) => text.includes(w));
  });
  const byCategory = new Map<string, RequestType[]>();
  for (const t of types) byCategory.set(t.category, [...(byCategory.get(t.category) ?? []), t]);
  const collator = new Intl.Collator('fr');
  return [...byCategory]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([category, list]) => ({ category, types: list.sort((a, b) => collator.compare(a.label, b.label)) }));
}

/** One request type a resident may file, or null. */
export async function filingType(deps: Pick<CoreDeps, 'store'>, code: string): Promise<RequestType | null> {
  const t = await deps.store.catalogue.requestTypeByCode(code);
  return t && t.active ? t : null;
}
