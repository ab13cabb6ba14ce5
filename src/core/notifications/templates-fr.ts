import { decisionNoticeFr, incompleteNoticeFr, type DecisionNotice } from '../deadlines/implicit-decision.js';
import { dateFr, dateTimeFr, dayFr } from '../city-day.js';

/**
 * What residents read, in French. Pure functions over plain values, so every channel (email, SMS, letter)
 * says the same thing and tests can read it.
 */

/** The city's own words: its name and how its service signs and can be reached (CITY_NAME, CITY_SIGNATURE, CITY_CONTACT). */
export interface CityWords {
  name: string;
  signature: string;
  contact: string | null;
}

export const DEFAULT_CITY: CityWords = { name: 'Mairie', signature: 'Le service relation usagers de la ville', contact: null };

export interface AcknowledgementFacts {
  city: CityWords;
  reference: string;
  trackingCode: string | null;
  receivedAt: Date;
  requestTypeLabel: string;
  service: { name: string; email: string | null; phone: string | null; address: string | null; openingHours: string | null };
  expectedAnswerAt: Date | null;
  /** While the case waits for the resident: business days left once they answer. */
  remainingBusinessDays?: number | null;
  followUrl: string;
  /** Sent to an address not yet verified: the link that confirms it is the resident's. */
  confirmUrl?: string | null | undefined;
  /** A decision is expected: the implicit decision's date and, for a rejection, the appeal routes (R112-5). */
  decision?: DecisionNotice | null | undefined;
}


/** What the resident is told of the expected answer: a date, or — while the city waits for them — a delay. */
export function expectedAnswerFr(f: { expectedAnswerAt: Date | null; remainingBusinessDays?: number | null | undefined }): string {
  if (f.remainingBusinessDays != null) {
    const n = Math.max(1, f.remainingBusinessDays);
    return `En attente de votre réponse — réponse prévue ${n} jour${n > 1 ? 's' : ''} ouvré${n > 1 ? 's' : ''} après votre retour.`;
  }
  return f.expectedAnswerAt
    ? `Nous vous répondrons au plus tard le ${dateFr(f.expectedAnswerAt)} (délai compté en jours ouvrés).`
    : 'Nous vous répondrons dans les meilleurs délais.';
}

const signature = (city: CityWords) => [city.signature, ...(city.contact ? [city.contact] : [])];

const trackingLine = (f: { followUrl: string; trackingCode?: string | null | undefined }) =>
  f.trackingCode ? `Suivez votre demande sur ${f.followUrl} avec le code de suivi ${f.trackingCode}.` : `Suivez votre demande sur ${f.followUrl}.`;

/**
 * The accusé de réception (CRPA art. L112-3, R112-5): date of receipt, the service in charge and how to reach
 * it, the expected time frame.
 */
export function acknowledgementEmail(f: AcknowledgementFacts): { subject: string; text: string } {
  const contact = [f.service.address, f.service.phone && `Tél. ${f.service.phone}`, f.service.email, f.service.openingHours && `Horaires : ${f.service.openingHours}`]
    .filter(Boolean)
    .join('\n  ');
  return {
    subject: `[${f.reference}] Accusé de réception de votre demande`,
    text: [
      'Bonjour,',
      '',
      `Nous avons bien reçu votre demande le ${dateTimeFr(f.receivedAt)}.`,
      '',
      `Objet : ${f.requestTypeLabel}`,
      `Référence : ${f.reference}`,
      '',
      `Service en charge : ${f.service.name}`,
      ...(contact ? [`  ${contact}`] : []),
      '',
      expectedAnswerFr(f),
      '',
      ...(f.decision ? [...decisionNoticeFr(f.decision), ''] : []),
      'Pour compléter votre demande, répondez simplement à ce message en gardant la référence dans l’objet.',
      trackingLine(f),
      '',
      ...(f.confirmUrl
        ? [
            'Nous vous écrirons à cette adresse au sujet de cette demande. Pour y recevoir aussi les nouvelles de vos autres',
            `demandes, confirmez qu’elle est bien la vôtre : ${f.confirmUrl}`,
            '',
          ]
        : []),
      'Ceci est un accusé de réception automatique.',
      '',
      ...signature(f.city),
    ].join('\n'),
  };
}

export interface NotificationFacts {
  city: CityWords;
  kind: 'acknowledgement' | 'case_escalated' | 'awaiting_resident' | 'case_resolved' | 'case_closed' | 'inactivity_notice';
  receivedAt: Date;
  service: AcknowledgementFacts['service'];
  reference: string;
  requestTypeLabel: string;
  serviceName: string;
  expectedAnswerAt: Date | null;
  remainingBusinessDays?: number | null;
  /** What the agent wrote to the resident (the question, the answer), when there is one. */
  text: string | null;
  followUrl: string;
  /** A tracking code issued for this message (residents without an online account). */
  trackingCode?: string | null;
  /** An acknowledgement sent to an address not yet verified: the link that confirms it. */
  confirmUrl?: string | null | undefined;
  /** A decision is expected (the acknowledgement says when silence decides). */
  decision?: DecisionNotice | null | undefined;
  /** An inactivity notice: the day the record will be emptied unless the resident acts (YYYY-MM-DD). */
  erasureOn?: string | null | undefined;
  /** A question listing missing items (L114-5), with the day to send them by. */
  missingItems?: { replyBy: string | null } | null | undefined;
  /** A closing message: the link to the one-question satisfaction survey (once per case). */
  satisfactionUrl?: string | null | undefined;
}

const HEADLINES: Record<NotificationFacts['kind'], string> = {
  acknowledgement: 'a bien été reçue',
  case_escalated: 'a été transmise au service compétent',
  awaiting_resident: 'attend une réponse de votre part',
  case_resolved: 'a été traitée',
  case_closed: 'est clôturée',
  inactivity_notice: '',
};

/** An inactive resident is told their record will be emptied, and how to keep it (RGPD storage limitation). */
function inactivityEmail(f: NotificationFacts): { subject: string; text: string } {
  const on = f.erasureOn ? dayFr(f.erasureOn) : '';
  return {
    subject: `Votre dossier auprès de ${f.city.name}`,
    text: [
      'Bonjour,',
      '',
      `Vous n’avez fait aucune demande auprès de ${f.city.name} depuis longtemps. Pour ne pas garder vos données plus que nécessaire, votre dossier sera vidé le ${on} : vos coordonnées effacées, vos anciennes demandes anonymisées.`,
      '',
      `Pour le conserver, il suffit d’agir d’ici là : connectez-vous à votre espace (${f.followUrl.replace(/\/suivi\/.*$/, '/espace')}), faites une demande, ou répondez à ce message.`,
      '',
      ...signature(f.city),
    ].join('\n'),
  };
}

/** A notification by email: the same facts as the SMS, with room for the agent's words. */
export function notificationEmail(f: NotificationFacts): { subject: string; text: string } {
  if (f.kind === 'inactivity_notice') return inactivityEmail(f);
  if (f.kind === 'acknowledgement') {
    return acknowledgementEmail({ city: f.city, reference: f.reference, trackingCode: f.trackingCode ?? null, receivedAt: f.receivedAt, requestTypeLabel: f.requestTypeLabel, service: f.service, expectedAnswerAt: f.expectedAnswerAt, followUrl: f.followUrl, confirmUrl: f.confirmUrl ?? null, decision: f.decision ?? null });
  }
  const lines = ['Bonjour,', '', `Votre demande « ${f.requestTypeLabel} » (référence ${f.reference}) ${HEADLINES[f.kind]}.`];
  if (f.kind === 'case_escalated') {
    lines.push('', `Service en charge : ${f.serviceName}`);
    if (f.expectedAnswerAt) lines.push(`Réponse attendue au plus tard le ${dateFr(f.expectedAnswerAt)}.`);
  }
  if (f.kind === 'awaiting_resident' && f.missingItems && f.decision && f.text) lines.push('', ...incompleteNoticeFr(f.decision, f.text, f.missingItems.replyBy));
  else if (f.text) lines.push('', f.kind === 'awaiting_resident' ? 'Notre question :' : 'Message du service :', f.text);
  if (f.kind === 'awaiting_resident') {
    lines.push('', 'Répondez simplement à ce message, ou sur votre espace en ligne. Le délai de traitement reprendra à réception de votre réponse.');
    if (f.remainingBusinessDays != null) lines.push(expectedAnswerFr(f));
  }
  if (f.kind === 'case_resolved') lines.push('', 'Si la réponse ne vous convient pas, vous pouvez rouvrir votre demande depuis votre espace en ligne dans les quinze jours.');
  if (f.satisfactionUrl) lines.push('', 'Êtes-vous satisfait(e) de la façon dont votre demande a été traitée ? Une seule question, moins d’une minute :', f.satisfactionUrl);
  lines.push('', trackingLine(f), '', ...signature(f.city));
  return { subject: `[${f.reference}] Votre demande ${HEADLINES[f.kind]}`, text: lines.join('\n') };
}

/** The SMS: one message (160 characters when possible), no personal data beyond the reference. */
export function notificationSms(f: NotificationFacts): string {
  if (f.kind === 'inactivity_notice') {
    return `${f.city.name} : sans demande de votre part depuis longtemps, votre dossier sera vidé le ${f.erasureOn ? dayFr(f.erasureOn) : ''}. Pour le garder, connectez-vous à votre espace ou faites une demande d’ici là.`;
  }
  if (f.kind === 'acknowledgement') {
    const by = f.expectedAnswerAt ? ` Réponse au plus tard le ${dateFr(f.expectedAnswerAt)}.` : '';
    // The tracking code is what lets a resident without an online account follow the request.
    const code = f.trackingCode ? ` Suivi : ${f.followUrl} code ${f.trackingCode}` : '';
    // The implicit decision's date fits in the SMS; the appeal routes are on the follow-up page and the letter.
    const silence = f.decision ? ` Sans réponse au ${dayFr(f.decision.decisionDay)} : demande réputée ${f.decision.kind === 'acceptance' ? 'acceptée' : 'rejetée (voies de recours sur la page de suivi)'}.` : '';
    return `${f.city.name} : demande ${f.reference} reçue le ${dateFr(f.receivedAt)}, confiée à ${f.serviceName}.${by}${silence}${code}`;
  }
  const tail = f.kind === 'awaiting_resident' ? ' Merci de répondre via votre espace en ligne.' : f.satisfactionUrl ? ` Votre avis (1 question) : ${f.satisfactionUrl}` : '';
  return `${f.city.name} : votre demande ${f.reference} ${HEADLINES[f.kind]}.${tail}`;
}

/** The acknowledgement as a letter (postal requests) or a printed receipt (counter): its lines, top to bottom. */
export function acknowledgementLetter(f: AcknowledgementFacts & { recipient: { name: string; address: string | null } | null }): { title: string; lines: string[] } {
  const mail = acknowledgementEmail(f);
  // On paper the tracking code gets a line of its own: a printed line wraps at a hyphen, and a code cut in two
  // is a code the resident cannot type back.
  const body = mail.text
    .split('\n')
    .filter((l) => !l.startsWith('Pour compléter votre demande, répondez') && l !== 'Ceci est un accusé de réception automatique.')
    .flatMap((l) => (f.trackingCode && l === trackingLine(f) ? [`Suivez votre demande sur ${f.followUrl}`, `avec le code de suivi ${f.trackingCode}`] : [l]));
  return {
    title: 'Accusé de réception',
    lines: [
      ...(f.recipient ? [f.recipient.name, ...(f.recipient.address ? [f.recipient.address] : []), ''] : []),
      `${f.city.name}, le ${dateFr(new Date())}`,
      '',
      ...body,
    ],
  };
}

/** The social network's answer to a new request: the reference, where to follow it and the code to do so. */
export function socialAcknowledgement(f: { reference: string; followUrl: string; trackingCode: string }): string {
  return `Bonjour, nous avons bien reçu votre demande, enregistrée sous la référence ${f.reference}. Suivi : ${f.followUrl} (code de suivi ${f.trackingCode}, à garder pour vous).`;
}

export interface StaffAlertFacts {
  kind: string;
  reference: string;
  requestTypeLabel: string;
  directorateName: string;
  dueAt: Date | null;
  text: string | null;
  /** Where the agent opens the case. */
  caseUrl: string;
}

const ALERTS: Record<string, (f: StaffAlertFacts) => string> = {
  acceptance_reminder: (f) => `La demande ${f.reference} transmise à ${f.directorateName} n’a pas encore été prise en charge.`,
  not_accepted_alert: (f) => `La demande ${f.reference} attend toujours une prise en charge par ${f.directorateName}.`,
  deadline_at_risk: (f) => `La demande ${f.reference} approche de son échéance${f.dueAt ? ` (${dateTimeFr(f.dueAt)})` : ''}.`,
  deadline_breached: (f) => `La demande ${f.reference} a dépassé son échéance${f.dueAt ? ` (${dateTimeFr(f.dueAt)})` : ''}.`,
  transfer_loop_alert: (f) => `La demande ${f.reference} a été transférée plusieurs fois entre directions ; elle est aujourd’hui à ${f.directorateName}.`,
  reopened_by_resident: (f) => `L’usager a rouvert la demande ${f.reference} : la réponse ne lui convient pas.`,
};

/** A staff alert by email: what happened, to which case, where to act. No personal data of the resident. */
export function staffAlertEmail(f: StaffAlertFacts): { subject: string; text: string } {
  const headline = (ALERTS[f.kind] ?? ((x: StaffAlertFacts) => `Alerte sur la demande ${x.reference}.`))(f);
  return {
    subject: `[${f.reference}] ${headline}`,
    text: [
      'Bonjour,',
      '',
      headline,
      '',
      `Objet : ${f.requestTypeLabel}`,
      `Direction en charge : ${f.directorateName}`,
      ...(f.text ? ['', 'Message :', f.text] : []),
      '',
      `Ouvrir la demande : ${f.caseUrl}`,
      '',
      'Message automatique de Guichet.',
    ].join('\n'),
  };
}

/** What the timeline keeps of a message that carried a tracking code: the message, never the code. */
export function hideTrackingCode(text: string, code: string | null): string {
  return code ? text.split(code).join('••••-••••-••••') : text;
}
