import { foldText, normalizeContact } from '../contact.js';
import { invalid } from '../errors.js';
import type { ContactKind, ContactPoint } from '../model.js';
import type { CoreDeps, Repositories } from '../ports.js';

export interface InlineResident {
  givenName: string;
  familyName: string;
  birthDate?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  postalAddress?: string | undefined;
  socialHandle?: string | undefined;
}

export type ResidentOutcome = 'existing' | 'matched' | 'created' | 'created_possible_duplicate';

type NormalizedContact = ContactPoint & { normalized: string };

function contactsOf(input: InlineResident, newId: () => string): NormalizedContact[] {
  const raw: [ContactKind, string | undefined, string][] = [
    ['email', input.email, 'resident.email'],
    ['phone', input.phone, 'resident.phone'],
    ['postal_address', input.postalAddress, 'resident.postalAddress'],
    ['social', input.socialHandle, 'resident.socialHandle'],
  ];
  const out: NormalizedContact[] = [];
  for (const [kind, value, path] of raw) {
    if (value === undefined || value.trim() === '') continue;
    const normalized = normalizeContact(kind, value);
    if (!normalized) throw invalid(path, `Not a valid ${kind.replace('_', ' ')}`);
    out.push({ id: newId(), kind, value: value.trim(), normalized, verified: false });
  }
  return out;
}

/**
 * A resident described inline is reused only when it clearly matches: the same name
 * (accents and case aside) and a shared contact point. Anything weaker creates a new
 * record and records the possible duplicate for an agent, never a silent merge.
 */
export async function resolveInlineResident(
  deps: Pick<CoreDeps, 'newId' | 'clock'>,
  tx: Repositories,
  input: InlineResident,
): Promise<{ residentId: string; outcome: ResidentOutcome }> {
  const contacts = contactsOf(input, deps.newId);
  const folded = foldText(`${input.givenName} ${input.familyName}`);
  const now = deps.clock.now();
  if (contacts.length > 0) {
    const candidates = await tx.residents.findByContacts(contacts.map((c) => ({ kind: c.kind, normalized: c.normalized })));
    const same = candidates.find((r) => foldText(`${r.givenName} ${r.familyName}`) === folded);
    if (same) {
      const known = new Set(same.contactPoints.map((cp) => `${cp.kind}:${normalizeContact(cp.kind, cp.value)}`));
      const fresh = contacts.filter((c) => !known.has(`${c.kind}:${c.normalized}`));
      if (fresh.length > 0) await tx.residents.addContactPoints(same.id, fresh);
      await tx.residents.touch(same.id, now);
      return { residentId: same.id, outcome: 'matched' };
    }
  }
  const id = deps.newId();
  await tx.residents.insert({
    id,
    givenName: input.givenName.trim(),
    familyName: input.familyName.trim(),
    birthDate: input.birthDate ?? null,
    contactPoints: contacts,
    createdAt: now,
  });
  const dups = await tx.residents.findDuplicateCandidates(id);
  for (const d of dups) await tx.residents.recordDuplicateCandidate(id, d.otherId, d.reasons, now);
  return { residentId: id, outcome: dups.length > 0 ? 'created_possible_duplicate' : 'created' };
}
