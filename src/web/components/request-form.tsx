import type { RequestType } from '../../core/model.js';
import type { CategoryOfTypes } from '../../core/public/filing-catalogue.js';
import type { FieldError } from '../problems-fr.js';
import { ErrorSummary, FileField, TextArea, TextField } from './form-fields.js';

/** The request types grouped by category, with a search that works without JavaScript (a GET form). */
export function TypePicker({ groups, query, base, needsFcPlus }: { groups: CategoryOfTypes[]; query: string; base: string; needsFcPlus: (t: RequestType) => boolean }) {
  return (
    <>
      <form method="get" action={base} role="search" class="field">
        <label for="q">Rechercher une démarche</label>
        <p class="hint" id="q-aide">
          Par exemple : éclairage, acte de naissance, encombrants.
        </p>
        <input id="q" name="q" type="search" value={query} aria-describedby="q-aide" />
        <div class="actions">
          <button type="submit" class="secondary">
            Rechercher
          </button>
          {query ? <a href={base}>Voir toutes les démarches</a> : null}
        </div>
      </form>
      {query ? (
        <p role="status">
          {groups.reduce((n, g) => n + g.types.length, 0)} démarche(s) pour « {query} ».
        </p>
      ) : null}
      {groups.map((g) => (
        <section aria-labelledby={`cat-${g.category}`}>
          <h2 id={`cat-${g.category}`}>{g.category}</h2>
          <ul>
            {g.types.map((t) => (
              <li>
                <a href={`${base}/${encodeURIComponent(t.code)}`}>{t.label}</a>
                {needsFcPlus(t) ? ' — identification FranceConnect+ demandée' : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export type FormValues = Record<string, string>;

export const REQUEST_LABELS: Record<string, string> = {
  description: 'La description de votre demande',
  'location.address': 'L’adresse',
  'location.postcode': 'Le code postal',
  'location.latitude': 'La latitude',
  'location.longitude': 'La longitude',
  'resident.givenName': 'Votre prénom',
  'resident.familyName': 'Votre nom',
  'resident.email': 'Votre adresse électronique',
  'resident.phone': 'Votre numéro de téléphone',
  body: 'Votre message',
  reason: 'La raison',
};

export function labelsFor(t: RequestType): Record<string, string> {
  return { ...REQUEST_LABELS, ...Object.fromEntries(t.extraFields.map((f) => [`extra.${f.name}`, f.label])) };
}

/** One request's form: what, where, a file, and (for the anonymous form) who to answer. */
export function RequestForm(p: { type: RequestType; action: string; values: FormValues; errors: FieldError[]; withContact: boolean; idempotencyKey: string; maxMegabytes: number }) {
  const v = p.values;
  return (
    <>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={p.action} enctype="multipart/form-data" novalidate>
        <input type="hidden" name="idempotencyKey" value={p.idempotencyKey} />
        <TextArea id="description" name="description" label="Décrivez votre demande" hint="Ce qui se passe, depuis quand, ce que vous attendez de la mairie." value={v.description} errors={p.errors} required maxlength={10000} />
        {p.type.extraFields.map((f) => (
          <TextField id={`extra-${f.name}`} name={`extra.${f.name}`} label={f.label} value={v[`extra.${f.name}`]} errors={p.errors} required={f.required} maxlength={1000} />
        ))}
        <fieldset>
          <legend>Où ? (facultatif)</legend>
          <TextField id="location-address" name="location.address" label="Adresse" hint="Numéro et rue, ou un lieu connu." value={v['location.address']} errors={p.errors} autocomplete="street-address" maxlength={300} />
          <TextField id="location-postcode" name="location.postcode" label="Code postal" value={v['location.postcode']} errors={p.errors} autocomplete="postal-code" inputmode="numeric" short maxlength={5} />
          <TextField id="location-latitude" name="location.latitude" label="Latitude" hint="En degrés décimaux, par exemple 48,8566." value={v['location.latitude']} errors={p.errors} inputmode="decimal" short maxlength={20} />
          <TextField id="location-longitude" name="location.longitude" label="Longitude" hint="En degrés décimaux, par exemple 2,3522." value={v['location.longitude']} errors={p.errors} inputmode="decimal" short maxlength={20} />
        </fieldset>
        <FileField errors={p.errors} label="Une photo ou un document" maxMegabytes={p.maxMegabytes} />
        {p.withContact ? (
          <fieldset>
            <legend>Pour vous répondre (facultatif)</legend>
            <p class="hint">Sans coordonnées, vous suivrez votre demande avec sa référence et son code de suivi. Pour recevoir la réponse, indiquez votre nom et une adresse électronique ou un téléphone.</p>
            <TextField id="resident-givenName" name="resident.givenName" label="Prénom" value={v['resident.givenName']} errors={p.errors} autocomplete="given-name" maxlength={100} />
            <TextField id="resident-familyName" name="resident.familyName" label="Nom" value={v['resident.familyName']} errors={p.errors} autocomplete="family-name" maxlength={100} />
            <TextField id="resident-email" name="resident.email" type="email" label="Adresse électronique" value={v['resident.email']} errors={p.errors} autocomplete="email" maxlength={254} />
            <TextField id="resident-phone" name="resident.phone" type="tel" label="Téléphone" value={v['resident.phone']} errors={p.errors} autocomplete="tel" maxlength={40} />
          </fieldset>
        ) : null}
        <div class="actions">
          <button type="submit">Envoyer ma demande</button>
        </div>
      </form>
    </>
  );
}
