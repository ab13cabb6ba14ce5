import { createHash, randomBytes } from 'node:crypto';
import { DomainError, invalid } from '../errors.js';
import type { Case } from '../model.js';
import type { CoreDeps, SatisfactionSurveyRow } from '../ports.js';
import { caseEvent } from '../cases/case-event.js';

/**
 * After closure, the resident is asked one question — how satisfied they are, from 1 to 5 — and may add a comment,
 * through a link in the closing message. Once per case, ever; the answer lands on the case's timeline (internal:
 * the directorate reads it) and in the statistics.
 */

/** How long the link stays open. */
export const SURVEY_DAYS = 30;
export const COMMENT_MAX = 1000;
export const SCORE_LABELS_FR: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: 'Pas du tout satisfait',
  2: 'Peu satisfait',
  3: 'Moyennement satisfait',
  4: 'Satisfait',
  5: 'Très satisfait',
};

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;
const unknownLink = () => new DomainError('not_found', 'Survey not found', { detailFr: 'Ce lien d’avis est inconnu ou a expiré.' });

/** A survey to offer with a closing message, made in memory so a dispatcher's batch stores all of them at once. */
export function newSatisfactionSurvey(deps: Pick<CoreDeps, 'clock' | 'city'>, c: Case, notificationId: string): { row: SatisfactionSurveyRow; url: string } {
  const token = randomBytes(24).toString('base64url');
  const now = deps.clock.now();
  return {
    row: {
      caseId: c.id,
      tokenHash: hashToken(token),
      notificationId,
      directorateId: c.directorateId,
      requestTypeId: c.requestTypeId,
      channel: c.channel,
      askedAt: now,
      expiresAt: new Date(now.getTime() + SURVEY_DAYS * 86_400_000),
    },
    url: `${deps.city.publicBaseUrl}/avis/${token}`,
  };
}

/** The survey behind a link, for its page: whether it was answered already. */
export async function findSurvey(deps: CoreDeps, token: string): Promise<{ answered: boolean; reference: string; requestTypeLabel: string }> {
  if (!TOKEN.test(token)) throw unknownLink();
  const survey = await deps.store.satisfaction.find(hashToken(token));
  if (!survey || (!survey.answered && survey.expiresAt <= deps.clock.now())) throw unknownLink();
  const c = await deps.store.cases.findById(survey.caseId);
  const type = c ? await deps.store.catalogue.requestTypeById(c.requestTypeId) : null;
  return { answered: survey.answered, reference: c?.reference ?? '', requestTypeLabel: type?.label ?? '' };
}

/** Records the answer, once: 'already' when the link was used. */
export async function answerSurvey(deps: CoreDeps, token: string, input: { score: string | undefined; comment: string | undefined }): Promise<'recorded' | 'already'> {
  const score = Number(input.score);
  if (!Number.isInteger(score) || score < 1 || score > 5) throw invalid('score', 'Choose from 1 to 5');
  const comment = (input.comment ?? '').trim();
  if (comment.length > COMMENT_MAX) throw invalid('comment', `At most ${COMMENT_MAX} characters`);
  const survey = await findSurvey(deps, token);
  if (survey.answered) return 'already';
  return deps.store.transaction(async (tx) => {
    const at = deps.clock.now();
    const done = await tx.satisfaction.answer(hashToken(token), { score, comment: comment || null, at });
    if (!done) return 'already';
    await tx.events.append(caseEvent(deps, done.caseId, 'satisfaction_given', 'internal', null, { score, ...(comment ? { comment } : {}) }));
    return 'recorded';
  });
}
