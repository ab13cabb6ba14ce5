import { assertCan, type Actor } from '../actor.js';
import type { CoreDeps } from '../ports.js';

/**
 * The entry of the city's register of processing activities (RGPD art. 30) for Guichet, generated from this
 * installation's configuration — what is collected, why, who receives it, how long it is kept — in French, for the
 * city's data protection officer. It follows the configuration: change a retention period, the register says so.
 */
export interface RegisterPeriods {
  casesDays: number;
  accessLogDays: number;
  identityDays: number;
  inactiveDays: number;
  noticeDays: number;
  notificationDays: number;
}

export interface ProcessingRegister {
  title: string;
  sections: { heading: string; lines: string[] }[];
}

const years = (days: number) => (days % 365 === 0 ? `${days / 365} an${days / 365 > 1 ? 's' : ''}` : `${days} jours`);

export async function processingRegister(
  deps: CoreDeps,
  actor: Actor,
  facts: { periods: RegisterPeriods; processors: string[] },
): Promise<ProcessingRegister> {
  assertCan(actor, 'administration');
  const [types, keys] = await Promise.all([deps.store.catalogue.listAllRequestTypes(), deps.store.apiKeys.list()]);
  const integrators = keys.filter((k) => k.role === 'integrator' && !k.revokedAt).map((k) => k.label);
  const own = types.filter((t) => t.active && t.retentionDays).map((t) => `${t.label} : ${years(t.retentionDays!)} après la clôture`);
  return {
    title: `Registre des activités de traitement — ${deps.city.name} — relation usagers (Guichet)`,
    sections: [
      { heading: 'Responsable du traitement', lines: [deps.city.name, ...(deps.city.contact ? [deps.city.contact] : [])] },
      {
        heading: 'Finalités',
        lines: [
          'Recevoir, instruire et suivre les demandes des usagers, quel que soit le canal (courrier, téléphone, courriel, accueil, site internet, réseaux sociaux), et leur répondre.',
          'Informer les usagers de l’avancement de leurs demandes ; mesurer la qualité du service (statistiques anonymes, avis de satisfaction).',
        ],
      },
      { heading: 'Base légale', lines: ['Mission d’intérêt public (article 6-1-e du RGPD) ; code des relations entre le public et l’administration.'] },
      { heading: 'Personnes concernées', lines: ['Les usagers qui s’adressent à la ville, et les personnes qu’ils mentionnent dans leurs demandes.', 'Les agents de la ville qui traitent les demandes.'] },
      {
        heading: 'Catégories de données',
        lines: [
          'Identité : nom, prénoms ; pour les usagers connectés par FranceConnect, l’identité certifiée transmise (date et lieu de naissance, sexe).',
          'Coordonnées : adresse électronique, téléphone, adresse postale, compte de réseau social — avec leur provenance et leur vérification.',
          'La demande : objet, description, lieu, pièces jointes, échanges avec les services, décisions, délais, avis de satisfaction.',
          'Traces : journal des consultations de chaque dossier (qui, quand, pourquoi), appels reçus.',
        ],
      },
      {
        heading: 'Destinataires',
        lines: [
          'Les agents habilités : accueil, services instructeurs (pour leur direction), superviseurs, administrateurs.',
          ...(integrators.length ? [`Applications de la ville habilitées : ${integrators.join(', ')}.`] : []),
          ...(facts.processors.length ? [`Sous-traitants techniques : ${facts.processors.join(' ; ')}.`] : []),
          'Le public : seulement des statistiques anonymes et agrégées (données ouvertes, qualité de service).',
        ],
      },
      { heading: 'Transferts hors de l’Union européenne', lines: ['Aucun : aucune donnée n’est envoyée à une plateforme hors de l’Union, et les pages ne chargent rien depuis un autre site.'] },
      {
        heading: 'Durées de conservation',
        lines: [
          `Demandes : pendant leur traitement, puis ${years(facts.periods.casesDays)} après leur clôture, avant anonymisation (description, lieu précis, pièces jointes et échanges supprimés, lien avec l’usager rompu ; les statistiques restent).`,
          ...(own.length ? ['Durées propres à certains types de demandes :', ...own.map((l) => `  ${l}`)] : []),
          `Journal des consultations : ${years(facts.periods.accessLogDays)}.`,
          `Liens avec FranceConnect : ${years(facts.periods.identityDays)} après la dernière connexion.`,
          `Usagers sans demande ni activité depuis ${years(facts.periods.inactiveDays)} : prévenus, puis leur dossier est vidé ${facts.periods.noticeDays} jours plus tard s’ils n’agissent pas.`,
          `Notifications envoyées : ${facts.periods.notificationDays} jours.`,
        ],
      },
      {
        heading: 'Droits des personnes',
        lines: [
          'Accès : chaque usager connecté télécharge tout ce qui est conservé sur lui (Mon espace) ; l’accueil produit le même document sur demande écrite.',
          'Chaque usager voit qui a consulté son dossier, quand et pourquoi.',
        ],
      },
      {
        heading: 'Mesures de sécurité',
        lines: [
          'Accès par rôle et par direction, authentification par ProConnect ou l’annuaire de la ville pour les agents, par FranceConnect pour les usagers.',
          'Journal de chaque consultation ; historique des demandes en ajout seul, avec une empreinte de chaque entrée.',
          'Aucune donnée personnelle ni jeton dans les journaux techniques.',
        ],
      },
    ],
  };
}

/** The register as text a DPO pastes into theirs. */
export function processingRegisterText(r: ProcessingRegister): string {
  return [r.title, '', ...r.sections.flatMap((s) => [s.heading, ...s.lines.map((l) => (l.startsWith('  ') ? `    – ${l.trim()}` : `  – ${l}`)), ''])].join('\n');
}
