import type { Child } from 'hono/jsx';
import type { Context } from 'hono';
import type { App, HttpDeps } from '../http/context.js';
import { DomainError } from '../core/errors.js';
import { answerSurvey, COMMENT_MAX, findSurvey, SCORE_LABELS_FR } from '../core/satisfaction/satisfaction-survey.js';
import { ErrorSummary, TextArea } from './components/form-fields.js';
import { Layout } from './layout.js';
import type { FieldError } from './problems-fr.js';
import { sendPage } from './render.js';

/**
 * The one-question satisfaction survey a closing message links to: how satisfied, from 1 to 5, and a comment if
 * the resident wants. Opening the link records nothing (mail scanners open links); sending the form does, once.
 */
export function register(app: App, deps: HttpDeps) {
  const page = (c: Context, title: string, body: Child, status: 200 | 404 | 422 = 200) =>
    sendPage(
      c,
      deps,
      <Layout title={title} city={deps.core.city.name} section="autre">
        {body}
      </Layout>,
      status,
    );
  const gone = (c: Context, err: unknown) => {
    if (!(err instanceof DomainError) || err.code !== 'not_found') throw err;
    return page(c, 'Lien expiré', <><h1>Ce lien n’est plus valable</h1><p>{err.extra.detailFr as string}</p></>, 404);
  };
  const thanks = (c: Context) => page(c, 'Merci', <><h1>Merci pour votre avis</h1><p>Il a bien été enregistré et sera lu par le service qui a traité votre demande.</p></>);
  const form = (c: Context, token: string, survey: { reference: string; requestTypeLabel: string }, errors: FieldError[], values: { score?: string; comment?: string }) =>
    page(
      c,
      'Votre avis',
      <>
        <ErrorSummary errors={errors} />
        <h1>Votre avis sur le traitement de votre demande</h1>
        <p>
          Demande « {survey.requestTypeLabel} », référence {survey.reference}.
        </p>
        <form method="post" action={`/avis/${encodeURIComponent(token)}`} novalidate>
          <fieldset aria-describedby={errors.some((e) => e.field === 'score') ? 'score-erreur' : undefined}>
            <legend>Êtes-vous satisfait(e) de la façon dont votre demande a été traitée ?</legend>
            {errors.some((e) => e.field === 'score') ? (
              <p class="error-message" id="score-erreur">
                <span class="visually-hidden">Erreur : </span>Choisissez une réponse de 1 à 5.
              </p>
            ) : null}
            {([5, 4, 3, 2, 1] as const).map((n) => (
              <div class="field">
                <input type="radio" id={n === 5 ? 'score' : `score-${n}`} name="score" value={String(n)} checked={values.score === String(n)} />{' '}
                <label for={n === 5 ? 'score' : `score-${n}`}>
                  {n} – {SCORE_LABELS_FR[n]}
                </label>
              </div>
            ))}
          </fieldset>
          <TextArea id="comment" name="comment" label="Un commentaire" hint={`Ce que nous pourrions améliorer, par exemple. ${COMMENT_MAX} caractères au plus.`} maxlength={COMMENT_MAX} rows={4} value={values.comment} errors={errors} />
          <button type="submit">Envoyer mon avis</button>
        </form>
      </>,
      errors.length ? 422 : 200,
    );

  app.get('/avis/:token', async (c) => {
    const token = c.req.param('token');
    try {
      const survey = await findSurvey(deps.core, token);
      return survey.answered ? thanks(c) : form(c, token, survey, [], {});
    } catch (err) {
      return gone(c, err);
    }
  });

  app.post('/avis/:token', async (c) => {
    const token = c.req.param('token');
    const body = await c.req.parseBody();
    const values = { score: typeof body.score === 'string' ? body.score : undefined, comment: typeof body.comment === 'string' ? body.comment : undefined };
    try {
      await answerSurvey(deps.core, token, values);
      return thanks(c);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'validation_failed') {
        const field = (err.extra.invalidFields?.[0]?.path ?? 'score') as string;
        const message = field === 'comment' ? `Le commentaire fait au plus ${COMMENT_MAX} caractères.` : 'Choisissez une réponse de 1 à 5.';
        return form(c, token, await findSurvey(deps.core, token), [{ field, message }], values);
      }
      return gone(c, err);
    }
  });
}
