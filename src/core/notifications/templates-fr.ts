/**
 * What residents read, in French. Pure functions over plain values, so every channel (email, SMS, letter)
 * says the same thing and tests can read it.
 */

export interface AcknowledgementFacts {
  reference: string;
  trackingCode: string | null;
  receivedAt: Date;
  requestTypeLabel: string;
  service: { name: string; email: string | null; phone: string | null; address: string | null; openingHours: string | null };
  expectedAnswerAt: Date | null;
  followUrl: string;
}

const dateFr = (d: Date) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(d);
const dateTimeFr = (d: Date) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(d);

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
      f.expectedAnswerAt
        ? `Nous vous répondrons au plus tard le ${dateFr(f.expectedAnswerAt)} (délai compté en jours ouvrés).`
        : 'Nous vous répondrons dans les meilleurs délais.',
      '',
      'Pour compléter votre demande, répondez simplement à ce message en gardant la référence dans l’objet.',
      f.trackingCode ? `Vous pouvez suivre votre demande sur ${f.followUrl} avec le code de suivi ${f.trackingCode}.` : `Vous pouvez suivre votre demande sur ${f.followUrl}.`,
      '',
      'Ceci est un accusé de réception automatique.',
      '',
      'Le service relation usagers de la ville',
    ].join('\n'),
  };
}

export interface NotificationFacts {
  kind: 'acknowledgement' | 'case_escalated' | 'awaiting_resident' | 'case_resolved' | 'case_closed';
  receivedAt: Date;
  service: AcknowledgementFacts['service'];
  reference: string;
  requestTypeLabel: string;
  serviceName: string;
  expectedAnswerAt: Date | null;
  /** What the agent wrote to the resident (the question, the answer), when there is one. */
  text: string | null;
  followUrl: string;
}

const HEADLINES: Record<NotificationFacts['kind'], string> = {
  acknowledgement: 'a bien été reçue',
  case_escalated: 'a été transmise au service compétent',
  awaiting_resident: 'attend une réponse de votre part',
  case_resolved: 'a été traitée',
  case_closed: 'est clôturée',
};

/** A notification by email: the same facts as the SMS, with room for the agent's words. */
export function notificationEmail(f: NotificationFacts): { subject: string; text: string } {
  if (f.kind === 'acknowledgement') {
    return acknowledgementEmail({ reference: f.reference, trackingCode: null, receivedAt: f.receivedAt, requestTypeLabel: f.requestTypeLabel, service: f.service, expectedAnswerAt: f.expectedAnswerAt, followUrl: f.followUrl });
  }
  const lines = ['Bonjour,', '', `Votre demande « ${f.requestTypeLabel} » (référence ${f.reference}) ${HEADLINES[f.kind]}.`];
  if (f.kind === 'case_escalated') {
    lines.push('', `Service en charge : ${f.serviceName}`);
    if (f.expectedAnswerAt) lines.push(`Réponse attendue au plus tard le ${dateFr(f.expectedAnswerAt)}.`);
  }
  if (f.text) lines.push('', f.kind === 'awaiting_resident' ? 'Notre question :' : 'Message du service :', f.text);
  if (f.kind === 'awaiting_resident') lines.push('', 'Répondez simplement à ce message, ou sur votre espace en ligne. Le délai de traitement reprendra à réception de votre réponse.');
  if (f.kind === 'case_resolved') lines.push('', 'Si la réponse ne vous convient pas, vous pouvez rouvrir votre demande depuis votre espace en ligne dans les quinze jours.');
  lines.push('', `Suivre votre demande : ${f.followUrl}`, '', 'Le service relation usagers de la ville');
  return { subject: `[${f.reference}] Votre demande ${HEADLINES[f.kind]}`, text: lines.join('\n') };
}

/** The SMS: one message (160 characters when possible), no personal data beyond the reference. */
export function notificationSms(f: NotificationFacts): string {
  if (f.kind === 'acknowledgement') {
    const by = f.expectedAnswerAt ? ` Réponse au plus tard le ${dateFr(f.expectedAnswerAt)}.` : '';
    return `Mairie : demande ${f.reference} reçue le ${dateFr(f.receivedAt)}, confiée à ${f.serviceName}.${by}`;
  }
  const tail = f.kind === 'awaiting_resident' ? ' Merci de répondre via votre espace en ligne.' : '';
  return `Mairie : votre demande ${f.reference} ${HEADLINES[f.kind]}.${tail}`;
}

/** The acknowledgement as a letter (postal requests) or a printed receipt (counter): its lines, top to bottom. */
export function acknowledgementLetter(f: AcknowledgementFacts & { recipient: { name: string; address: string | null } | null; city: string }): { title: string; lines: string[] } {
  const mail = acknowledgementEmail(f);
  const body = mail.text.split('\n').filter((l) => !l.startsWith('Pour compléter votre demande, répondez') && l !== 'Ceci est un accusé de réception automatique.');
  return {
    title: 'Accusé de réception',
    lines: [
      ...(f.recipient ? [f.recipient.name, ...(f.recipient.address ? [f.recipient.address] : []), ''] : []),
      `${f.city}, le ${dateFr(new Date())}`,
      '',
      ...body,
    ],
  };
}
