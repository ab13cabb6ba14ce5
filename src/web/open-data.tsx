import type { Context } from 'hono';
import { stringify } from 'csv-stringify/sync';
import type { App, HttpDeps } from '../http/context.js';
import { OPEN_DATA_LICENCE, openDataRows, openDatasets, qualityOfService, type OpenDataset } from '../core/statistics/open-data.js';
import { Layout } from './layout.js';
import { sendPage } from './render.js';

/**
 * The public's view (issue 15, section 2): the open data files at stable addresses, described for data.gouv.fr
 * (a catalogue with title, description, licence, frequency, and each file's Table Schema), and the quality of
 * service each directorate publishes. Aggregates only; nothing personal, so cacheable by anyone.
 */
const PUBLIC_CACHE = 'public, max-age=3600';

function send(c: Context, body: string, type: string) {
  c.header('Content-Type', type);
  c.header('Cache-Control', PUBLIC_CACHE);
  c.header('Access-Control-Allow-Origin', '*');
  c.header('X-Content-Type-Options', 'nosniff');
  return c.body(body, 200);
}

/** A Frictionless Table Schema, the format schema.data.gouv.fr describes files with. */
function tableSchema(d: OpenDataset) {
  return {
    $schema: 'https://specs.frictionlessdata.io/schemas/table-schema.json',
    name: d.name,
    title: d.title,
    description: d.description,
    fields: d.fields.map((f) => ({ name: f.name, type: f.type, title: f.title, description: f.description, ...(f.type === 'integer' || f.type === 'number' ? { constraints: { minimum: 0 } } : {}) })),
    missingValues: [''],
  };
}

function catalogue(deps: HttpDeps) {
  const base = deps.core.city.publicBaseUrl;
  return {
    title: `Relation usagers — ${deps.core.city.name}`,
    description: `Les demandes adressées à ${deps.core.city.name} par ses habitants (courrier, téléphone, courriel, guichet, site internet, réseaux sociaux), agrégées par mois et anonymisées : aucune donnée personnelle, aucun texte libre, aucun lieu plus précis qu’un code postal ; les effectifs inférieurs à ${deps.openData.minCount} sont masqués (secret statistique).`,
    organization: deps.core.city.name,
    license: OPEN_DATA_LICENCE,
    frequency: 'monthly',
    temporal_coverage: 'les 36 derniers mois complets',
    resources: openDatasets(deps.openData.minCount).map((d) => ({
      name: d.name,
      title: d.title,
      description: d.description,
      schema: `${base}/donnees-ouvertes/${d.name}.schema.json`,
      files: [
        { format: 'csv', url: `${base}/donnees-ouvertes/${d.name}.csv`, mime: 'text/csv' },
        { format: 'json', url: `${base}/donnees-ouvertes/${d.name}.json`, mime: 'application/json' },
      ],
    })),
  };
}

const percent = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)} %`);

export function register(app: App, deps: HttpDeps) {
  const threshold = () => deps.openData.minCount;

  app.get('/donnees-ouvertes', (c) => {
    const datasets = openDatasets(threshold());
    return sendPage(
      c,
      deps,
      <Layout title="Données ouvertes" city={deps.core.city.name} section="autre">
        <h1>Données ouvertes</h1>
        <p>
          Les demandes adressées à {deps.core.city.name}, agrégées par mois et anonymisées, sous{' '}
          <a href={OPEN_DATA_LICENCE.url}>{OPEN_DATA_LICENCE.title}</a> : vous pouvez les réutiliser librement, en citant la source.
        </p>
        <p>
          Mise à jour mensuelle (les 36 derniers mois complets). Aucune donnée personnelle, aucun texte écrit par un habitant, aucun lieu plus précis qu’un code postal. Un effectif inférieur à{' '}
          {threshold()} est laissé vide (secret statistique), avec au besoin d’autres cases pour qu’on ne puisse pas le retrouver par différence.
        </p>
        <p>
          Description pour les catalogues (data.gouv.fr) : <a href="/donnees-ouvertes/catalogue.json">catalogue.json</a>.
        </p>
        {datasets.map((d) => (
          <section aria-labelledby={`jeu-${d.name}`}>
            <h2 id={`jeu-${d.name}`}>{d.title}</h2>
            <p>{d.description}</p>
            <ul>
              <li>
                <a href={`/donnees-ouvertes/${d.name}.csv`}>Télécharger en CSV</a>
              </li>
              <li>
                <a href={`/donnees-ouvertes/${d.name}.json`}>Télécharger en JSON</a>
              </li>
              <li>
                <a href={`/donnees-ouvertes/${d.name}.schema.json`}>Schéma (Table Schema)</a>
              </li>
            </ul>
            <table>
              <caption>Colonnes du fichier {d.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Colonne</th>
                  <th scope="col">Type</th>
                  <th scope="col">Description</th>
                </tr>
              </thead>
              <tbody>
                {d.fields.map((f) => (
                  <tr>
                    <td>
                      <code>{f.name}</code>
                    </td>
                    <td>{f.type}</td>
                    <td>{f.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </Layout>,
    );
  });

  app.get('/donnees-ouvertes/catalogue.json', (c) => send(c, JSON.stringify(catalogue(deps), null, 2), 'application/json; charset=utf-8'));

  app.get('/donnees-ouvertes/:file', async (c, next) => {
    const [, name, ext] = /^([a-z-]+)\.(csv|json|schema\.json)$/.exec(c.req.param('file')) ?? [];
    const dataset = openDatasets(threshold()).find((d) => d.name === name);
    if (!dataset) return next();
    if (ext === 'schema.json') return send(c, JSON.stringify(tableSchema(dataset), null, 2), 'application/schema+json; charset=utf-8');
    const rows = (await openDataRows(deps.core, dataset.name, threshold()))!;
    if (ext === 'json') return send(c, JSON.stringify(rows), 'application/json; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${dataset.name}.csv"`);
    return send(c, stringify(rows, { header: true, columns: dataset.fields.map((f) => f.name), cast: { number: (n) => String(n) } }), 'text/csv; charset=utf-8');
  });

  app.get('/qualite-de-service.json', async (c) => send(c, JSON.stringify(await qualityOfService(deps.core, threshold())), 'application/json; charset=utf-8'));

  app.get('/qualite-de-service', async (c) => {
    const q = await qualityOfService(deps.core, threshold());
    const monthName = (m: string) => new Date(`${m}-15T12:00:00Z`).toLocaleDateString('fr-FR', { month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
    return sendPage(
      c,
      deps,
      <Layout title="Qualité de service" city={deps.core.city.name} section="autre">
        <h1>Qualité de service : nos résultats</h1>
        <p>
          {deps.core.city.name} s’engage à traiter vos demandes dans les délais annoncés pour chaque type de demande (Services Publics+). Voici, chaque mois, pour les demandes transmises à un service : le nombre
          de réponses, la part donnée dans le délai annoncé et le délai médian en jours ouvrés.
        </p>
        <p>
          Un mois de moins de {q.threshold} réponses n’est pas détaillé. Les mêmes chiffres en <a href="/qualite-de-service.json">JSON</a> ; toutes les données dans les <a href="/donnees-ouvertes">données ouvertes</a>.
        </p>
        {q.services.length === 0 ? <p>Aucune réponse à publier pour les douze derniers mois.</p> : null}
        {q.services.map((s) => (
          <table>
            <caption>{s.name}</caption>
            <thead>
              <tr>
                <th scope="col">Mois</th>
                <th scope="col">Réponses</th>
                <th scope="col">Dans les délais</th>
                <th scope="col">Délai médian</th>
              </tr>
            </thead>
            <tbody>
              {s.months.map((m) => (
                <tr>
                  <th scope="row">{monthName(m.mois)}</th>
                  <td>{m.reponses === null ? `moins de ${q.threshold}` : m.reponses}</td>
                  <td>{percent(m.part_dans_les_delais)}</td>
                  <td>{m.delai_median_jours_ouvres === null ? '—' : `${m.delai_median_jours_ouvres} jour${m.delai_median_jours_ouvres > 1 ? 's' : ''} ouvré${m.delai_median_jours_ouvres > 1 ? 's' : ''}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </Layout>,
    );
  });
}
