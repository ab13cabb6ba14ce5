import { normalizeEmail } from '../contact.js';
import type { CoreDeps, IdentityRecord, Repositories } from '../ports.js';
import type { CertifiedIdentity } from './certified-identity.js';
import { decideResidentLink } from './link-resident.js';
import { foldText } from '../contact.js';

export interface ResidentSignIn {
  provider: string;
  issuer: string;
  subject: string;
  certified: CertifiedIdentity;
  level: string;
  /**
   * Not a certified attribute, so never used to link; but FranceConnect's providers proved the person reads it,
   * so it becomes a verified contact point of their record (issue 10: verified by FranceConnect).
   */
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
      if (known.residentId) await keepAssertedEmail(deps, tx, known.residentId, input.email);
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
      await keepAssertedEmail(deps, tx, decision.residentId, input.email);
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
      contactPoints: email
        ? [{ id: deps.newId(), kind: 'email', value: input.email!, normalized: email, verified: true, provenance: 'franceconnect', verifiedBy: 'franceconnect' }]
        : [],
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

/** The email FranceConnect asserted, verified on the resident's record (added when the record lacks it). */
async function keepAssertedEmail(deps: Pick<CoreDeps, 'newId' | 'clock'>, tx: Repositories, residentId: string, value: string | null): Promise<void> {
  const normalized = value ? normalizeEmail(value) : null;
  if (!value || !normalized) return;
  let resident = await tx.residents.findById(residentId);
  for (let i = 0; resident?.mergedInto && i < 5; i++) resident = await tx.residents.findById(resident.mergedInto);
  if (!resident) return;
  const held = resident.contactPoints.find((p) => p.kind === 'email' && normalizeEmail(p.value) === normalized);
  const now = deps.clock.now();
  if (held) {
    if (!held.verified) await tx.residents.verifyContactPoint(resident.id, held.id, 'franceconnect', now);
    return;
  }
  await tx.residents.addContactPoints(resident.id, [
    { id: deps.newId(), kind: 'email', value: value.trim(), normalized, verified: true, provenance: 'franceconnect', verifiedBy: 'franceconnect' },
  ]);
}
