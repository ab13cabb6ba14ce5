import { CHANNEL_LABELS_FR, CHANNELS, type Channel } from '../model.js';
import type { CoreDeps, StatisticsRow } from '../ports.js';
import { histogramQuantile, rate } from './histogram.js';
import { suppressByGroup } from './small-cells.js';
import { cityDay } from '../city-day.js';
import { addDays } from './statistics-range.js';

/**
 * Open data (issue 15, section 2): monthly aggregates of the requests, anonymised, for data.gouv.fr. Only counts,
 * never a word a resident wrote, never a place finer than a postcode; complete months only (a month's figures do
 * not move once published, but for a duplicate merged later); small cells withheld (small-cells.ts). Licence Ouverte 2.0.
 */

export const OPEN_DATA_LICENCE = { id: 'lov2', title: 'Licence Ouverte / Open Licence version 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' };
/** Months published: the last complete ones. */
export const OPEN_DATA_MONTHS = 36;

type FieldType = 'string' | 'integer' | 'number' | 'yearmonth';
export interface OpenDataField {
  name: string;
  type: FieldType;
  title: string;
  description: string;
}
export interface OpenDataset {
  name: string;
  title: string;
  description: string;
  fields: OpenDataField[];
}

const MOIS: OpenDataField = { name: 'mois', type: 'yearmonth', title: 'Mois', description: 'Mois de dépôt de la demande (AAAA-MM, heure de Paris)' };
const demandes = (threshold: number): OpenDataField => ({
  name: 'demandes',
  type: 'integer',
  title: 'Demandes',
  description: `Demandes reçues (doublons fusionnés exclus). Vide : secret statistique (moins de ${threshold} demandes, ou cellule masquée avec elle pour qu’on ne puisse pas la retrouver par différence)`,
});
const TYPE: OpenDataField[] = [
  { name: 'code_type', type: 'string', title: 'Code du type de demande', description: 'Code stable du type de demande dans le catalogue de la ville' },
  { name: 'type', type: 'string', title: 'Type de demande', description: 'Libellé du type de demande' },
  { name: 'categorie', type: 'string', title: 'Catégorie', description: 'Thème du type de demande' },
];

export function openDatasets(threshold: number): OpenDataset[] {
  return [
    { name: 'demandes-par-type', title: 'Demandes des usagers par type et par mois', description: 'Nombre de demandes reçues chaque mois par la relation usagers, par type de demande, tous canaux confondus.', fields: [MOIS, ...TYPE, demandes(threshold)] },
    { name: 'demandes-par-categorie', title: 'Demandes des usagers par catégorie et par mois', description: 'Nombre de demandes reçues chaque mois, par thème.', fields: [MOIS, TYPE[2]!, demandes(threshold)] },
    {
      name: 'demandes-par-canal',
      title: 'Demandes des usagers par canal et par mois',
      description: 'Nombre de demandes reçues chaque mois par canal : guichet, téléphone, courrier, courriel, site internet, réseaux sociaux.',
      fields: [MOIS, { name: 'canal', type: 'string', title: 'Canal', description: `Canal de dépôt (${CHANNELS.map((c) => `${c} : ${CHANNEL_LABELS_FR[c]}`).join(', ')})` }, { name: 'libelle_canal', type: 'string', title: 'Libellé du canal', description: 'Le canal en toutes lettres' }, demandes(threshold)],
    },
    {
      name: 'demandes-par-code-postal',
      title: 'Demandes des usagers par code postal du lieu et par mois',
      description: 'Nombre de demandes reçues chaque mois par code postal du lieu concerné (une voirie, un espace vert…), quand la demande en indique un. Jamais d’adresse ni de coordonnées.',
      fields: [MOIS, { name: 'code_postal', type: 'string', title: 'Code postal', description: 'Code postal du lieu concerné ; « non renseigné » quand la demande n’en a pas' }, demandes(threshold)],
    },
    {
      name: 'delais-par-type',
      title: 'Délais de réponse par type de demande et par mois',
      description: 'Pour les demandes transmises à un service : réponses données dans le mois, délai médian en jours ouvrés et part des réponses données dans le délai annoncé, par service et type de demande.',
      fields: [
        { ...MOIS, description: 'Mois de la réponse (AAAA-MM, heure de Paris)' },
        { name: 'service', type: 'string', title: 'Service', description: 'Le service (direction) qui a répondu' },
        ...TYPE,
        { name: 'reponses', type: 'integer', title: 'Réponses', description: `Demandes transmises à un service et répondues dans le mois. Vide : secret statistique (moins de ${threshold})` },
        { name: 'delai_median_jours_ouvres', type: 'integer', title: 'Délai médian (jours ouvrés)', description: 'La moitié des réponses ont été données dans ce nombre de jours ouvrés' },
        { name: 'part_dans_les_delais', type: 'number', title: 'Part dans les délais', description: 'Part des réponses données dans le délai annoncé, entre 0 et 1' },
      ],
    },
  ];
}

/** The published months: the last complete ones, oldest first. */
export function publishedMonths(now: Date, months = OPEN_DATA_MONTHS): { from: string; to: string } {
  const today = cityDay(now);
  const to = addDays(`${today.slice(0, 8)}01`, -1);
  const [y, m] = to.split('-').map(Number) as [number, number];
  const back = y * 12 + (m - 1) - (months - 1);
  return { from: `${Math.floor(back / 12)}-${String((back % 12) + 1).padStart(2, '0')}-01`, to };
}

export type OpenDataRow = Record<string, string | number | null>;
const month = (r: StatisticsRow) => r.period!.slice(0, 7);

/** One dataset's rows, month by month, small cells withheld; null for a dataset that does not exist. */
export async function openDataRows(deps: CoreDeps, name: string, threshold: number): Promise<OpenDataRow[] | null> {
  const range = publishedMonths(deps.clock.now());
  const types = new Map((await deps.store.catalogue.listAllRequestTypes()).map((t) => [t.id, t]));
  const typeFields = (id: string) => {
    const t = types.get(id);
    return { code_type: t?.code ?? id, type: t?.label ?? '', categorie: t?.category ?? '' };
  };
  const sum = (measures: StatisticsRow['measure'][], groupBy: ('requestType' | 'category' | 'channel' | 'postcode' | 'directorate' | 'key')[]) =>
    deps.store.statistics.sum({ measures, ...range, directorateIds: 'all', groupBy: ['period', ...groupBy], period: 'month' });
  const published = (n: number, withheld: boolean) => (withheld ? null : n);

  switch (name) {
    case 'demandes-par-type': {
      const rows = (await sum(['received'], ['requestType'])).map((r) => ({ ...r, ...typeFields(r.requestTypeId!) }));
      // A category's count is published too, and the month's total can be known from another file: within either,
      // a withheld type must not be found by difference.
      return suppressByGroup(rows, [(r) => `${month(r)} ${r.categorie}`, month], threshold).map((r) => ({ mois: month(r), code_type: r.code_type, type: r.type, categorie: r.categorie, demandes: published(r.n, r.withheld) }));
    }
    case 'demandes-par-categorie': {
      const rows = await sum(['received'], ['category']);
      return suppressByGroup(rows, month, threshold).map((r) => ({ mois: month(r), categorie: r.category ?? '', demandes: published(r.n, r.withheld) }));
    }
    case 'demandes-par-canal': {
      const rows = await sum(['received'], ['channel']);
      return suppressByGroup(rows, month, threshold).map((r) => ({ mois: month(r), canal: r.channel!, libelle_canal: CHANNEL_LABELS_FR[r.channel as Channel] ?? r.channel!, demandes: published(r.n, r.withheld) }));
    }
    case 'demandes-par-code-postal': {
      const rows = await sum(['by_postcode'], ['postcode']);
      return suppressByGroup(rows, month, threshold).map((r) => ({ mois: month(r), code_postal: r.postcode || 'non renseigné', demandes: published(r.n, r.withheld) }));
    }
    case 'delais-par-type': {
      const rows = await sum(['answered_in_time', 'answered_late'], ['directorate', 'requestType', 'key']);
      const services = new Map((await deps.store.catalogue.listDirectorates()).map((d) => [d.id, d.name]));
      const lines = new Map<string, { mois: string; directorateId: string; requestTypeId: string; n: number; inTime: number; histogram: Map<number, number> }>();
      for (const r of rows) {
        const k = `${month(r)} ${r.directorateId} ${r.requestTypeId}`;
        const line = lines.get(k) ?? { mois: month(r), directorateId: r.directorateId!, requestTypeId: r.requestTypeId!, n: 0, inTime: 0, histogram: new Map() };
        line.n += r.n;
        if (r.measure === 'answered_in_time') line.inTime += r.n;
        line.histogram.set(Number(r.key), (line.histogram.get(Number(r.key)) ?? 0) + r.n);
        lines.set(k, line);
      }
      // Each service's monthly answers are published on the quality page: within it, the same rule.
      return suppressByGroup([...lines.values()], (l) => `${l.mois} ${l.directorateId}`, threshold).map((l) => ({
        mois: l.mois,
        service: services.get(l.directorateId) ?? l.directorateId,
        ...typeFields(l.requestTypeId),
        reponses: published(l.n, l.withheld),
        delai_median_jours_ouvres: l.withheld ? null : histogramQuantile(l.histogram, 0.5),
        part_dans_les_delais: l.withheld ? null : rate(l.inTime, l.n),
      }));
    }
    default:
      return null;
  }
}

/**
 * The quality of service each directorate publishes (Services Publics+: "votre demande est traitée dans les délais
 * annoncés, résultats publiés"), month by month: the answers its service gave to the requests passed to it, the
 * share within the announced deadline and the median business days; nothing for a month under the threshold. (Not
 * the requests received per service: with the counts per type they would give small cells back by difference.)
 */
export async function qualityOfService(deps: CoreDeps, threshold: number) {
  const range = publishedMonths(deps.clock.now(), 12);
  const directorates = await deps.store.catalogue.listDirectorates();
  const answered = await deps.store.statistics.sum({ measures: ['answered_in_time', 'answered_late'], ...range, directorateIds: 'all', groupBy: ['period', 'directorate', 'key'], period: 'month' });
  const months: string[] = [];
  for (let d = range.from; d <= range.to; d = addDays(`${d.slice(0, 8)}01`, 32).slice(0, 8) + '01') months.push(d.slice(0, 7));
  const services = directorates
    .map((dir) => ({
      directorateId: dir.id,
      name: dir.name,
      months: months.map((m) => {
        const mine = answered.filter((r) => r.directorateId === dir.id && month(r) === m);
        const n = mine.reduce((s, r) => s + r.n, 0);
        const inTime = mine.reduce((s, r) => (r.measure === 'answered_in_time' ? s + r.n : s), 0);
        const histogram = new Map<number, number>();
        for (const r of mine) histogram.set(Number(r.key), (histogram.get(Number(r.key)) ?? 0) + r.n);
        const shown = n >= threshold;
        return {
          mois: m,
          reponses: shown ? n : n === 0 ? 0 : null,
          part_dans_les_delais: shown ? rate(inTime, n) : null,
          delai_median_jours_ouvres: shown ? histogramQuantile(histogram, 0.5) : null,
        };
      }),
    }))
    .filter((s) => s.months.some((m) => m.reponses !== 0));
  return { months, threshold, services };
}
