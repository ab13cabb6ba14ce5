import { foldText } from '../contact.js';
import type { Resident } from '../model.js';
import type { CertifiedIdentity } from './certified-identity.js';

export type LinkDecision =
  | { kind: 'link'; residentId: string }
  | { kind: 'ambiguous'; candidates: { residentId: string; reasons: string[] }[] }
  | { kind: 'none' };

export interface LinkCandidate {
  resident: Resident;
  /** Certified identities already linked to this record, if any. */
  certified: CertifiedIdentity[];
}

const tokens = (s: string) => foldText(s).split(' ').filter(Boolean);

/**
 * Decides whether a first FranceConnect login is an existing resident record. Only certified
 * attributes count — family name (or usage name), given names, birth date, birthplace — never an email:
 * anyone can type anyone's email into a web form. One clear match links; anything less certain is
 * left for an agent to confirm.
 */
export function decideResidentLink(identity: CertifiedIdentity, candidates: LinkCandidate[]): LinkDecision {
  // The same state-certified person already signed in (FranceConnect, then FranceConnect+): the one record whose
  // identity carries this very pivot identity is theirs, whatever look-alike records a web form created.
  const samePivot = (c: CertifiedIdentity) =>
    foldText(c.givenName) === foldText(identity.givenName) &&
    foldText(c.familyName) === foldText(identity.familyName) &&
    c.birthDate === identity.birthDate &&
    c.gender === identity.gender &&
    c.birthplace === identity.birthplace &&
    c.birthcountry === identity.birthcountry;
  const certifiedAsThisPerson = candidates.filter((c) => !c.resident.mergedInto && c.certified.some(samePivot));
  if (certifiedAsThisPerson.length === 1) return { kind: 'link', residentId: certifiedAsThisPerson[0]!.resident.id };
  const familyNames = new Set([foldText(identity.familyName), ...(identity.preferredUsername ? [foldText(identity.preferredUsername)] : [])]);
  const givenNames = new Set(tokens(identity.givenName));
  const strong: string[] = [];
  const weak: { residentId: string; reasons: string[] }[] = [];
  for (const { resident, certified } of candidates) {
    if (resident.mergedInto) continue;
    if (!familyNames.has(foldText(resident.familyName))) continue;
    // A record already certified as someone else (another birth date or birthplace) is another person.
    const contradicted = certified.some((c) => c.birthDate !== identity.birthDate || c.birthplace !== identity.birthplace || c.birthcountry !== identity.birthcountry);
    if (contradicted) continue;
    const certifiedSame = certified.length > 0;
    const firstGiven = tokens(resident.givenName)[0];
    const givenMatches = firstGiven !== undefined && givenNames.has(firstGiven);
    if (resident.birthDate && resident.birthDate !== identity.birthDate) continue;
    const reasons = ['same_family_name'];
    if (givenMatches) reasons.push('same_given_name');
    if (resident.birthDate) reasons.push('same_birth_date');
    else reasons.push('no_birth_date_on_record');
    if (certifiedSame) reasons.push('same_certified_identity');
    if ((givenMatches && resident.birthDate === identity.birthDate) || certifiedSame) strong.push(resident.id);
    else if (givenMatches || resident.birthDate === identity.birthDate) weak.push({ residentId: resident.id, reasons });
  }
  if (strong.length === 1 && weak.length === 0) return { kind: 'link', residentId: strong[0]! };
  const all = [
    ...strong.map((residentId) => ({ residentId, reasons: ['same_family_name', 'same_given_name', 'same_birth_date'] })),
    ...weak,
  ];
  return all.length ? { kind: 'ambiguous', candidates: all } : { kind: 'none' };
}
