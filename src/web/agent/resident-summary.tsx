import type { Resident } from '../../core/model.js';
import { dateFr } from '../components/case-status.js';

/** Why two records may be the same person, as agents read it. */
export const DUPLICATE_REASON_FR: Record<string, string> = {
  shared_phone: 'même téléphone',
  shared_email: 'même adresse électronique',
  shared_postal_address: 'même adresse postale',
  same_birth_date: 'même date de naissance',
};

/** A resident in a list an agent reviews: name (to the record), birth date, contact points (✓ verified). */
export function Person({ r }: { r: Resident }) {
  return (
    <>
      <a href={`/agent/usagers/${r.id}?motif=traitement`}>
        {r.givenName} {r.familyName}
      </a>
      {r.birthDate ? ` — né(e) le ${dateFr(new Date(r.birthDate))}` : null}
      <br />
      {r.contactPoints.map((p) => `${p.value}${p.verified ? ' ✓' : ''}`).join(' · ') || 'Aucune coordonnée'}
    </>
  );
}
