import { assertCan, type Actor } from '../actor.js';
import { notFound } from '../errors.js';
import type { CoreDeps, SubjectAccessData } from '../ports.js';
import { residentOf } from '../me/resident-actor.js';
import { logShown } from './access-log.js';
import { dateTimeFr } from '../city-day.js';

/**
 * The right of access (RGPD art. 15): everything Guichet holds on a person — their record and those merged into
 * it, contact points, identities, every case with its whole timeline, attachments' names, messages sent, the
 * satisfaction they gave, calls, sessions, and the access log — as data (JSON) and as a readable document (PDF).
 * A signed-in resident downloads their own; an agent produces the same for a written request, which is itself
 * written in the access log.
 */
export interface SubjectAccessExport extends SubjectAccessData {
  generatedAt: Date;
  controller: string;
}

export async function myExport(deps: CoreDeps, actor: Actor): Promise<SubjectAccessExport> {
  const residentId = residentOf(actor);
  if (!residentId) throw notFound('Resident record');
  return { generatedAt: deps.clock.now(), controller: deps.city.name, ...(await deps.store.subjectAccess.collect(residentId)) };
}

export async function residentExport(deps: CoreDeps, actor: Actor, residentId: string): Promise<SubjectAccessExport> {
  assertCan(actor, 'residents:merge');
  const ref = await deps.store.residents.findRef(residentId);
  if (!ref) throw notFound('Resident');
  await logShown(deps, actor, [{ residentId: ref.id }], 'droit d’accès (RGPD art. 15)');
  return { generatedAt: deps.clock.now(), controller: deps.city.name, ...(await deps.store.subjectAccess.collect(ref.id)) };
}

const dateFr = (v: unknown) => (v ? dateTimeFr(new Date(v as string)) : '—');
const ROLE_FR: Record<string, string> = { counter_agent: 'agent d’accueil', directorate_agent: 'agent de direction', supervisor: 'superviseur', admin: 'administrateur', integrator: 'application de la ville' };

/** The same export as a document a person reads: section by section, in French, every row. */
export function subjectAccessLines(x: SubjectAccessExport): string[] {
  const lines: string[] = [
    `Données détenues par ${x.controller} à votre sujet, au ${dateFr(x.generatedAt)}.`,
    'Ce document reprend tout ce que le service relation usagers conserve sur vous. Les mêmes données sont disponibles en JSON.',
    '',
    'Votre dossier',
  ];
  for (const r of x.records) lines.push(`  ${r.givenName} ${r.familyName}${r.birthDate ? `, né(e) le ${r.birthDate}` : ''} — créé le ${dateFr(r.createdAt)}${r.mergedInto ? ' (fusionné dans votre dossier)' : ''}`);
  lines.push('', 'Vos coordonnées');
  for (const p of x.contactPoints) lines.push(`  ${p.kind} : ${p.value}${p.verified ? ' (vérifiée)' : ' (non vérifiée)'}, enregistrée le ${dateFr(p.createdAt)}`);
  if (x.identities.length) {
    lines.push('', 'Vos connexions (FranceConnect)');
    for (const i of x.identities) lines.push(`  ${i.provider} : ${[i.givenName, i.familyName].filter(Boolean).join(' ')}, première connexion le ${dateFr(i.firstSeenAt)}, dernière le ${dateFr(i.lastSeenAt)}`);
  }
  lines.push('', `Vos demandes (${x.cases.length})`);
  for (const c of x.cases) {
    lines.push('', `  ${c.reference} — ${c.requestTypeLabel} — reçue le ${dateFr(c.createdAt)} par ${c.channel} — statut : ${c.status}`, `  ${c.description}`);
    for (const e of c.events) {
      const d = e.data as Record<string, unknown>;
      const words = [d.message, d.body, d.answer, d.text].find((w) => typeof w === 'string') as string | undefined;
      lines.push(`    ${dateFr(e.at)} — ${e.type}${words ? ` : ${words}` : ''}`);
    }
    for (const a of c.attachments as { fileName: string; size: number }[]) lines.push(`    pièce jointe : ${a.fileName} (${a.size} octets)`);
    const s = c.satisfaction as { score: number | null; comment: string | null } | null;
    if (s?.score) lines.push(`    votre avis : ${s.score}/5${s.comment ? ` — ${s.comment}` : ''}`);
  }
  if (x.phoneCalls.length) {
    lines.push('', 'Vos appels');
    for (const p of x.phoneCalls) lines.push(`  ${dateFr(p.at)} — ${p.caller ?? 'numéro masqué'} (${p.event})`);
  }
  lines.push('', `Qui a consulté votre dossier (${x.accessLog.length})`);
  for (const a of x.accessLog) lines.push(`  ${dateFr(a.accessedAt)} — ${a.actorLabel ?? ROLE_FR[a.role as string] ?? a.role}${a.purpose ? ` — ${a.purpose}` : ''}`);
  if (x.sessions.length) {
    lines.push('', 'Vos sessions en cours');
    for (const s of x.sessions) lines.push(`  ouverte le ${dateFr(s.createdAt)}, expire le ${dateFr(s.expiresAt)}`);
  }
  if (x.duplicateCandidates.length || x.merges.length) {
    lines.push('', 'Rapprochements de dossiers');
    for (const d of x.duplicateCandidates) lines.push(`  doublon possible détecté le ${dateFr(d.detectedAt)}${d.dismissedAt ? ', écarté' : ''}`);
    for (const m of x.merges) lines.push(`  fusion le ${dateFr(m.createdAt)}${m.undoneAt ? ', annulée' : ''}`);
  }
  lines.push('', `Mots de votre nom indexés pour la recherche : ${x.nameSearchWords.join(', ')}`);
  return lines;
}
