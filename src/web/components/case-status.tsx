import type { PublicCase, PublicEvent } from '../../core/me/public-view.js';

import { dateFr, dateTimeFr } from '../../core/city-day.js';

/** What each public step says to the resident. */
const STEP_FR: Record<string, string> = {
  case_created: 'Demande reçue',
  status_changed: 'Nouveau statut',
  case_reopened: 'Demande rouverte',
  case_escalated: 'Transmise au service compétent',
  case_accepted: 'Prise en charge par le service',
  case_transferred: 'Confiée à un autre service',
  case_merged: 'Regroupée avec une autre demande',
  message_sent: 'Message du service',
  resident_message: 'Votre message',
  attachment_added: 'Pièce jointe envoyée',
  notification_sent: 'Nouvelles envoyées',
};

type ShownCase = Pick<PublicCase, 'reference' | 'statusLabel' | 'requestType' | 'directorate' | 'receivedAt' | 'expectedAnswerFr' | 'awaitingResident' | 'implicitDecisionFr'>;

/** The state of a request in plain French: status (in words, not colour), expected answer, who handles it. */
export function CaseSummary({ c }: { c: ShownCase }) {
  const d = c.directorate;
  return (
    <>
      {c.awaitingResident ? (
        <div class="notice" role="status">
          <p>
            <strong>Le service attend votre réponse.</strong> Le délai de traitement reprendra dès votre retour.
          </p>
        </div>
      ) : null}
      <dl class="summary">
        <dt>Référence</dt>
        <dd class="code">{c.reference}</dd>
        <dt>Objet</dt>
        <dd>{c.requestType.label}</dd>
        <dt>Statut</dt>
        <dd>
          <span class="status">{c.statusLabel}</span>
        </dd>
        <dt>Reçue le</dt>
        <dd>{dateFr(c.receivedAt)}</dd>
        {c.expectedAnswerFr ? (
          <>
            <dt>Réponse attendue</dt>
            <dd>{c.expectedAnswerFr}</dd>
          </>
        ) : null}
        <ImplicitDecision lines={c.implicitDecisionFr} />
        <dt>Service en charge</dt>
        <dd>
          {d.name}
          {d.address ? <br /> : null}
          {d.address}
          {d.openingHours ? <br /> : null}
          {d.openingHours ? `Horaires : ${d.openingHours}` : null}
          {d.phone ? <br /> : null}
          {d.phone ? <>Téléphone : <a href={`tel:${d.phone.replace(/\s/g, '')}`}>{d.phone}</a></> : null}
          {d.email ? <br /> : null}
          {d.email ? <>Courriel : <a href={`mailto:${d.email}`}>{d.email}</a></> : null}
        </dd>
      </dl>
    </>
  );
}

/** The public steps, oldest first; messages and files only where the reader is the resident. */
export function Timeline({ events, attachmentHref }: { events: PublicEvent[]; attachmentHref?: (attachmentId: string) => string }) {
  const steps = events.filter((e) => e.type in STEP_FR);
  if (!steps.length) return <p>Aucune étape pour le moment.</p>;
  return (
    <ol class="timeline">
      {steps.map((e) => (
        <li>
          <span class="when">
            <time datetime={e.at.toISOString()}>{dateTimeFr(e.at)}</time>
          </span>
          <strong>{e.type === 'status_changed' && e.statusLabel ? `Statut : ${e.statusLabel}` : STEP_FR[e.type]}</strong>
          {e.message ? <blockquote>{e.message}</blockquote> : null}
          {e.attachments?.length ? (
            <ul>
              {e.attachments.map((a) => (
                <li>
                  {attachmentHref ? <a href={attachmentHref(a.id)}>{a.filename}</a> : a.filename} ({Math.max(1, Math.round(a.size / 1024))} Ko)
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** What the administration's silence will decide and when (CRPA R112-5), as a line of a summary list. */
export function ImplicitDecision({ lines }: { lines: string[] | null }) {
  return lines ? (
    <>
      <dt>Sans réponse de notre part</dt>
      <dd>
        {lines.map((l) => (
          <p>{l}</p>
        ))}
      </dd>
    </>
  ) : null;
}
