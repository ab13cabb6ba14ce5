import { assertCan, type Actor } from '../actor.js';
import { foldText, normalizeEmail, normalizePhone } from '../contact.js';
import { invalid } from '../errors.js';
import type { CoreDeps, ResidentQuery, ResidentSearchHit } from '../ports.js';
import { parseReference } from '../reference.js';
import { logShown } from './access-log.js';

/**
 * One search box: what the agent typed decides what is searched. A case reference,
 * a phone number in any French format, an email, otherwise a (fuzzy) name.
 */
export function classifyResidentQuery(q: string): ResidentQuery {
  const reference = parseReference(q);
  if (reference) return { kind: 'reference', reference };
  if (q.includes('@')) {
    const email = normalizeEmail(q);
    if (email) return { kind: 'email', normalized: email };
  }
  const phone = normalizePhone(q);
  if (phone) return { kind: 'phone', normalized: phone };
  return { kind: 'name', folded: foldText(q) };
}

export async function searchResidents(deps: CoreDeps, actor: Actor, q: string, limit: number, purpose?: string): Promise<ResidentSearchHit[]> {
  assertCan(actor, 'residents:read');
  const query = classifyResidentQuery(q);
  if (query.kind === 'name' && query.folded.length < 2) throw invalid('q', 'Type at least two letters of a name, a phone number, an email or a case reference');
  // The results show names and contact points: each resident shown is in their access log.
  return deps.store.residents.search(query, limit, (ids) => logShown(deps, actor, ids.map((residentId) => ({ residentId })), purpose ?? 'recherche'));
}
