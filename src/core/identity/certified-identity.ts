import { DomainError } from '../errors.js';

/**
 * The identity FranceConnect certifies against the national register (RNIPP): names, birth date, gender,
 * birthplace and country. `email` comes with it but is not certified, so it is kept apart.
 */
export interface CertifiedIdentity {
  givenName: string;
  familyName: string;
  preferredUsername: string | null;
  /** YYYY-MM-DD; `01` stands for an unknown day or month. */
  birthDate: string;
  gender: 'male' | 'female';
  /** INSEE code of the commune of birth; null when born abroad. */
  birthplace: string | null;
  /** INSEE code of the country of birth; 99100 is France. */
  birthcountry: string;
}

export const FRANCE_COUNTRY_CODE = '99100';

function rejected(reason: string): DomainError {
  return new DomainError('identity_rejected', `The identity provider sent malformed identity claims: ${reason}`, {
    detailFr: "Les informations d'identité reçues sont invalides. Veuillez réessayer ou utiliser un autre moyen de connexion.",
    reason: 'malformed_claims',
  });
}

function nonEmptyName(v: unknown, claim: string): string {
  if (typeof v !== 'string' || !v.trim() || v.length > 200 || /[\u0000-\u001f<>]/.test(v)) throw rejected(`${claim} is missing or not a name`);
  return v.trim();
}

function validBirthDate(v: unknown): string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw rejected('birthdate is not YYYY-MM-DD');
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || d < 1 || date.getUTCMonth() !== m - 1 || y < 1880 || date.getTime() > Date.now()) {
    throw rejected('birthdate is not a real date');
  }
  return v;
}

/** Validates the claims before anything is stored: a malformed value is refused, never guessed at. */
export function parseCertifiedIdentity(claims: Record<string, unknown>): CertifiedIdentity {
  const givenName = nonEmptyName(claims.given_name, 'given_name');
  const familyName = nonEmptyName(claims.family_name, 'family_name');
  const preferredUsername = claims.preferred_username === undefined || claims.preferred_username === '' ? null : nonEmptyName(claims.preferred_username, 'preferred_username');
  const birthDate = validBirthDate(claims.birthdate);
  if (claims.gender !== 'male' && claims.gender !== 'female') throw rejected('gender is neither male nor female');
  const birthcountry = claims.birthcountry;
  if (typeof birthcountry !== 'string' || !/^99\d{3}$/.test(birthcountry)) throw rejected('birthcountry is not an INSEE country code');
  const birthplace = claims.birthplace;
  if (birthcountry === FRANCE_COUNTRY_CODE) {
    if (typeof birthplace !== 'string' || !/^(\d{2}|2A|2B)\d{3}$/.test(birthplace)) throw rejected('birthplace is not an INSEE commune code');
  } else if (birthplace !== undefined && birthplace !== null && birthplace !== '') {
    throw rejected('birthplace must be empty for a birth abroad');
  }
  return {
    givenName,
    familyName,
    preferredUsername,
    birthDate,
    gender: claims.gender,
    birthplace: birthcountry === FRANCE_COUNTRY_CODE ? (birthplace as string) : null,
    birthcountry,
  };
}

/** Whether two certified identities are the same person: same birth, same family name, same first given name. */
export function sameCertifiedPerson(a: CertifiedIdentity, b: CertifiedIdentity): boolean {
  const fold = (v: string) => v.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
  const first = (v: string) => fold(v).split(' ')[0] ?? '';
  return (
    a.birthDate === b.birthDate &&
    a.birthplace === b.birthplace &&
    a.birthcountry === b.birthcountry &&
    fold(a.familyName) === fold(b.familyName) &&
    first(a.givenName) === first(b.givenName)
  );
}
