import { normalizeEmail } from '../contact.js';
import type { CoreDeps, IdentityRecord } from '../ports.js';
import type { CertifiedIdentity } from './certified-identity.js';
import { decideResidentLink } from './link-resident.js';
import { foldText } from '../contact.js';

export interface ResidentSignIn {
  provider: string;
  issuer: string;
  subject: string;
  certified: CertifiedIdentity;
  level: string;
  /** Not certified: stored as an unverified contact point of a new record, never used to link. */
  email: string | null;
}

/**
 * A resident signs in through FranceConnect. A known (issuer, sub) refreshes its certified attributes;
 * a first login links to the one resident record that matches on certified attributes, or creates a new
 * record — and when several records could be this person, an agent is asked to confirm.
 */
export async function signInResident(deps: CoreDeps, input: ResidentSignIn): Promise<IdentityRecord> {
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    const known = await tx.identities.findByIssuerSubject(input.issuer, input.subject);
    if (known) {
      await tx.identities.refresh(known.id, input.certified, input.level, now);
      return { ...known, certified: input.certified, certifiedLevel: input.level };
    }
    const families = [input.certified.familyName, input.certified.preferredUsername].filter((v): v is string => !!v).map(foldText);
    const decision = decideResidentLink(input.certified, await tx.identities.linkCandidates(families));
    const identity: IdentityRecord = {
      id: deps.newId(),
      provider: input.provider,
      issuer: input.issuer,
      subject: input.subject,
      kind: 'resident',
      residentId: null,
      agentId: null,
      certified: input.certified,
      certifiedLevel: input.level,
      linkStatus: 'new_record',
    };
    if (decision.kind === 'link') {
      identity.residentId = decision.residentId;
      identity.linkStatus = 'linked';
      await tx.identities.insert(identity, now);
      return identity;
    }
    // No sure match: the resident gets a record of their own at once, so they can file requests today.
    const residentId = deps.newId();
    const email = input.email ? normalizeEmail(input.email) : null;
    await tx.residents.insert({
      id: residentId,
      givenName: input.certified.givenName,
      familyName: input.certified.preferredUsername ?? input.certified.familyName,
      birthDate: input.certified.birthDate,
      contactPoints: email ? [{ id: deps.newId(), kind: 'email', value: input.email!, normalized: email, verified: false }] : [],
      createdAt: now,
    });
    identity.residentId = residentId;
    identity.linkStatus = decision.kind === 'ambiguous' ? 'pending_review' : 'new_record';
    await tx.identities.insert(identity, now);
    if (decision.kind === 'ambiguous') {
      await tx.identities.addLinkCandidates(
        identity.id,
        decision.candidates.map((c) => ({ id: deps.newId(), residentId: c.residentId, reasons: c.reasons })),
        now,
      );
    }
    return identity;
  });
}
