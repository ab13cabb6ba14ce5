import type { Resident } from '../../core/model.js';
import { dateFr } from '../../core/city-day.js';

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

/**
 * The two answers to a possible duplicate: merge the other record into `keep`, or "not the same person". From a
 * resident's record (`returnTo`), the agent comes back to it.
 */
export function DuplicateActions(p: { keep: string; other: string; describedBy: string; mergeLabel: string; notSameLabel: string; returnTo?: string }) {
  const back = p.returnTo ? <input type="hidden" name="retour" value={p.returnTo} /> : null;
  return (
    <div class="actions">
      <form method="post" action="/agent/doublons/fusion" class="inline-form">
        <input type="hidden" name="survivorId" value={p.keep} />
        <input type="hidden" name="duplicateId" value={p.other} />
        {back}
        <button type="submit" aria-describedby={p.describedBy}>
          {p.mergeLabel}
        </button>
      </form>
      <form method="post" action="/agent/doublons/distincts" class="inline-form">
        <input type="hidden" name="a" value={p.keep} />
        <input type="hidden" name="b" value={p.other} />
        {back}
        <button type="submit" class="secondary" aria-describedby={p.describedBy}>
          {p.notSameLabel}
        </button>
      </form>
    </div>
  );
}
