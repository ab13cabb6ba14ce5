import type { Context } from 'hono';
import { randomUUID } from 'node:crypto';
import { DomainError } from '../core/errors.js';
import type { RequestType } from '../core/model.js';
import { filingCatalogue, filingType } from '../core/public/filing-catalogue.js';
import { publicCase } from '../core/me/public-view.js';
import type { App, HttpDeps } from '../http/context.js';
import { incomingFile } from '../http/attachment-upload.js';
import { submitWithLimit } from '../http/public-limits.js';
import { PublicCaseRequest } from '../http/routes/v1_public_createCase.js';
import { dateTimeFr } from '../core/city-day.js';
import { ImplicitDecision } from './components/case-status.js';
import { labelsFor, RequestForm, TypePicker, type FormValues } from './components/request-form.js';
import { Layout } from './layout.js';
import { formProblem, zodFieldErrors, type FieldError } from './problems-fr.js';
import { sendPage } from './render.js';
import { requestFromForm } from './request-input.js';
import { ProblemNotice } from './components/notices.js';

/** Filing without an account: pick a type, describe it, keep the reference and the tracking code. */
export function register(app: App, deps: HttpDeps) {
  const maxMegabytes = Math.round(deps.maxAttachmentBytes / 1048576);

  app.get('/demande', async (c) => {
    const query = (c.req.query('q') ?? '').slice(0, 100);
    const groups = await filingCatalogue(deps.core, query);
    return sendPage(
      c,
      deps,
      <Layout title="Faire une demande" city={deps.core.city.name} section="demande">
        <h1>Faire une demande</h1>
        <p class="lead">Choisissez ce qui correspond le mieux à votre demande. Vous n’avez pas besoin de compte : une référence et un code de suivi vous seront donnés.</p>
        <TypePicker groups={groups} query={query} base="/demande" needsFcPlus={(t) => t.minAcr !== null} />
      </Layout>,
    );
  });

  const formPage = (c: Context, type: RequestType, values: FormValues, errors: FieldError[], status: 200 | 404 | 413 | 415 | 422 | 429 = 200, notice?: string) =>
    sendPage(
      c,
      deps,
      <Layout title={type.label} city={deps.core.city.name} section="demande" hasErrors={errors.length > 0 || !!notice}>
        <p>
          <a href="/demande">Retour à la liste des démarches</a>
        </p>
        <h1>{type.label}</h1>
        <ProblemNotice text={notice} />
        <p>Les champs sont facultatifs sauf mention contraire. Comptez quelques minutes.</p>
        <RequestForm type={type} action={`/demande/${encodeURIComponent(type.code)}`} values={values} errors={errors} withContact idempotencyKey={values.idempotencyKey || randomUUID()} maxMegabytes={maxMegabytes} />
      </Layout>,
      status,
    );

  /** A type that needs FranceConnect+ is filed from the resident's space, never anonymously. */
  const fcPlusPage = (c: Context, type: RequestType) =>
    sendPage(
      c,
      deps,
      <Layout title={type.label} city={deps.core.city.name} section="demande">
        <h1>{type.label}</h1>
        <p>Cette démarche demande de vous identifier avec FranceConnect+, pour protéger vos données.</p>
        <p>
          <a class="button" href={`/espace/nouvelle-demande/${encodeURIComponent(type.code)}`}>
            Faire cette demande depuis mon espace
          </a>
        </p>
      </Layout>,
    );

  app.get('/demande/:code', async (c) => {
    const type = await filingType(deps.core, c.req.param('code'));
    if (!type) throw new DomainError('not_found', 'Unknown request type');
    if (type.minAcr) return fcPlusPage(c, type);
    return formPage(c, type, {}, []);
  });

  app.post('/demande/:code', async (c) => {
    const type = await filingType(deps.core, c.req.param('code'));
    if (!type) throw new DomainError('not_found', 'Unknown request type');
    if (type.minAcr) return fcPlusPage(c, type);
    const form = requestFromForm(await c.req.parseBody(), true);
    const labels = labelsFor(type);
    const parsed = PublicCaseRequest.safeParse({ ...form.input, requestTypeCode: type.code });
    if (!parsed.success) return formPage(c, type, form.values, zodFieldErrors(parsed.error, labels), 422);
    let created;
    try {
      created = await submitWithLimit(c, deps, parsed.data, form.idempotencyKey, form.file ? await incomingFile(form.file, deps.detectContentType) : undefined);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      const answer = formProblem(err, labels);
      // Anything but the form's own problems (a file, fields, too many filings, a reused key) is the error page's.
      if (answer.notice && err.code !== 'rate_limited' && err.code !== 'idempotency_key_reused') throw err;
      return formPage(c, type, form.values, answer.errors, answer.status as 413 | 415 | 422 | 429, answer.notice ?? undefined);
    }
    const view = await publicCase(deps.core, created.case, { withDescription: false });
    return sendPage(
      c,
      deps,
      <Layout title={`Demande ${view.reference} enregistrée`} city={deps.core.city.name} section="demande">
        <div class="notice success" role="status">
          <h1>Votre demande est enregistrée</h1>
        </div>
        <div class="receipt">
          <h2>Récépissé</h2>
          <dl class="summary">
            <dt>Référence</dt>
            <dd class="code">{view.reference}</dd>
            <dt>Code de suivi</dt>
            <dd class="code">{created.trackingCode}</dd>
            <dt>Objet</dt>
            <dd>{view.requestType.label}</dd>
            <dt>Reçue le</dt>
            <dd>{dateTimeFr(view.receivedAt)}</dd>
            <dt>Service en charge</dt>
            <dd>{view.directorate.name}</dd>
            {view.expectedAnswerFr ? (
              <>
                <dt>Réponse attendue</dt>
                <dd>{view.expectedAnswerFr}</dd>
              </>
            ) : null}
            <ImplicitDecision lines={view.implicitDecisionFr} />
          </dl>
          <p>
            <strong>Gardez la référence et le code de suivi</strong> : ils vous permettent de suivre votre demande sur {deps.core.city.publicBaseUrl}/suivi. Le code ne vous sera plus affiché.
          </p>
        </div>
        <p class="no-print">Imprimez cette page ou notez ces informations (menu « Imprimer » de votre navigateur).</p>
        <div class="actions no-print">
          <a class="button" href={`/suivi/${view.reference}`}>
            Suivre cette demande
          </a>
          <a href="/demande">Faire une autre demande</a>
        </div>
      </Layout>,
      created.replayed ? 200 : 201,
    );
  });
}
