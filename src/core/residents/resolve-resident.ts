import type { Actor } from '../actor.js';
import { foldText, normalizeContact } from '../contact.js';
import { invalid } from '../errors.js';
import type { ContactKind, ContactPoint, ContactProvenance } from '../model.js';
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

/**
 * Who vouches for an inline resident. An agent heard or saw the person; anything else (the anonymous form, an
 * email, a social message, an integrator's form) is a claim by whoever filled it in.
 */
export interface ResidentTrust {
  /**
   * When an existing record is reused: an agent's description on the same name and a shared point; a claim only
   * on the same name and points all verified on that record; a sender nothing proves (a forged From) never.
   */
  reuse: 'on_shared_point' | 'on_verified_points' | 'never';
  provenance: ContactProvenance;
}

/** An agent's word is trusted; a channel's, a form's or an integrator's is a claim. */
export function trustOf(actor: Pick<Actor, 'role' | 'principalId'>): ResidentTrust {
  if (actor.role === 'counter_agent' || actor.role === 'directorate_agent' || actor.role === 'supervisor' || actor.role === 'admin') {
    return { reuse: 'on_shared_point', provenance: 'agent' };
  }
  if (actor.principalId === 'channel:email') return { reuse: 'on_verified_points', provenance: 'email' };
  if (actor.principalId === 'channel:social') return { reuse: 'on_verified_points', provenance: 'social' };
  if (actor.principalId.startsWith('public:')) return { reuse: 'on_verified_points', provenance: 'web_form' };
  return { reuse: 'on_verified_points', provenance: actor.role === 'resident' ? 'resident' : 'integrator' };
}

function contactsOf(input: InlineResident, newId: () => string, provenance: ContactProvenance): NormalizedContact[] {
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
    out.push({ id: newId(), kind, value: value.trim(), normalized, verified: false, provenance });
  }
  return out;
}

/**
 * A resident described inline is reused only when it clearly matches. For an agent: the same name (accents and
 * case aside) and a shared contact point; the points the agent typed that the record lacks are added to it,
 * unverified. For an unauthenticated source: the same name and every point given already verified on that
 * record — nothing is ever added to an existing record from there. Anything weaker creates a new record and
 * records the possible duplicate for an agent, never a silent merge. `contactPointIds` are the points given for
 * this request, on the record chosen: notifications about it may go there.
 */
export async function resolveInlineResident(
  deps: Pick<CoreDeps, 'newId' | 'clock'>,
  tx: Repositories,
  input: InlineResident,
  trust: ResidentTrust,
): Promise<{ residentId: string; outcome: ResidentOutcome; contactPointIds: string[] }> {
  const contacts = contactsOf(input, deps.newId, trust.provenance);
  const folded = foldText(`${input.givenName} ${input.familyName}`);
  const now = deps.clock.now();
  const trusted = trust.reuse === 'on_shared_point';
  if (contacts.length > 0 && trust.reuse !== 'never') {
    const candidates = await tx.residents.findByContacts(contacts.map((c) => ({ kind: c.kind, normalized: c.normalized })));
    const keyOf = (kind: ContactKind, value: string) => `${kind}:${normalizeContact(kind, value)}`;
    for (const r of candidates) {
      if (foldText(`${r.givenName} ${r.familyName}`) !== folded) continue;
      const held = new Map(r.contactPoints.filter((cp) => trusted || cp.verified).map((cp) => [keyOf(cp.kind, cp.value), cp.id]));
      const given = contacts.map((c) => ({ c, existing: held.get(`${c.kind}:${c.normalized}`) }));
      if (!trusted && given.some((g) => !g.existing)) continue;
      if (trusted && given.every((g) => !g.existing)) continue;
      const fresh = given.filter((g) => !g.existing).map((g) => g.c);
      if (fresh.length > 0) await tx.residents.addContactPoints(r.id, fresh);
      await tx.residents.touch(r.id, now);
      return { residentId: r.id, outcome: 'matched', contactPointIds: given.map((g) => g.existing ?? g.c.id) };
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
  return { residentId: id, outcome: dups.length > 0 ? 'created_possible_duplicate' : 'created', contactPointIds: contacts.map((c) => c.id) };
}
