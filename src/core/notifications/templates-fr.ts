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
