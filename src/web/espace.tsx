import type { Context } from 'hono';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../core/actor.js';
import { readAttachment, attachToMyCase } from '../core/attachments/attach-file.js';
import { DomainError } from '../core/errors.js';
import { acrSatisfies } from '../core/identity/assurance.js';
import { myAccessLog } from '../core/me/my-access-log.js';
import { createMyCase, getMyCase, listMyCases, postMyMessage, reopenMyCase } from '../core/me/my-cases.js';
import { publicCase, publicTimeline } from '../core/me/public-view.js';
import type { RequestType } from '../core/model.js';
import { filingCatalogue, filingType } from '../core/public/filing-catalogue.js';
import { STATUS_LABELS_FR } from '../core/case-status.js';
import { checkOrigin, sessionActor } from '../http/auth.js';
import { incomingFile, sendFile } from '../http/attachment-upload.js';
import type { App, HttpDeps } from '../http/context.js';
import { limitResidentWrite } from '../http/resident-limits.js';
import { MyCaseRequest } from '../http/routes/v1_me_createCase.js';
import { MyMessage } from '../http/routes/v1_me_postMessage.js';
import { ReopenRequest } from '../http/routes/v1_me_reopenCase.js';
import { dateFr, dateTimeFr } from '../core/city-day.js';
import { CaseSummary, Timeline } from './components/case-status.js';
import { ErrorSummary, FileField, TextArea } from './components/form-fields.js';
import { labelsFor, REQUEST_LABELS, RequestForm, TypePicker, type FormValues } from './components/request-form.js';
import { Layout } from './layout.js';
import { fileError, formProblem, problemFr, zodFieldErrors, type FieldError } from './problems-fr.js';
import { STATUS } from '../http/problem.js';
import { sendPage } from './render.js';
import { requestFromForm } from './request-input.js';
import { ProblemNotice, DoneNotice } from './components/notices.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in resident's space: their requests whatever the channel, answers, reopening, the access log. */
export function register(app: App, deps: HttpDeps) {
  const maxMegabytes = Math.round(deps.maxAttachmentBytes / 1048576);
  const residentParties = () => [...deps.identity.parties.values()].filter((rp) => rp.provider.role === 'resident');
  const franceConnectPlus = () => residentParties().find((rp) => rp.provider.kind === 'franceconnect_plus');
  const loginHref = (id: string, returnTo: string, acr?: string) => `/auth/login/${encodeURIComponent(id)}?returnTo=${encodeURIComponent(returnTo)}${acr ? `&acr=${encodeURIComponent(acr)}` : ''}`;

  /** The way in; a protected page answers it with 401 (the space's own front page with 200). */
  const signInPage = (c: Context, returnTo: string) => {
    const franceConnect = residentParties().find((rp) => rp.provider.kind === 'franceconnect') ?? residentParties()[0];
    return sendPage(
      c,
      deps,
      <Layout title="Mon espace" city={deps.core.city.name} section="espace">
        <h1>Mon espace</h1>
        <p class="lead">Retrouvez toutes vos demandes auprès de {deps.core.city.name}, quelle que soit la façon dont vous les avez faites (guichet, téléphone, courrier, courriel, site), répondez aux questions du service et suivez les réponses.</p>
        {franceConnect ? (
          <>
            <p>Pour accéder à votre espace, identifiez-vous avec FranceConnect : le compte que vous utilisez déjà pour les impôts, l’Assurance maladie ou La Poste.</p>
            <p>
              <a class="button" href={loginHref(franceConnect.provider.id, returnTo)}>
                S’identifier avec FranceConnect
              </a>
            </p>
          </>
        ) : (
          <p>La connexion à l’espace personnel n’est pas disponible pour le moment. Vous pouvez <a href="/suivi">suivre une demande</a> avec sa référence et son code de suivi.</p>
        )}
        <p>
          Pas de compte FranceConnect ? Vous pouvez <a href="/demande">faire une demande</a> et la <a href="/suivi">suivre</a> sans compte.
        </p>
      </Layout>,
      returnTo === '/espace' ? 200 : 401,
    );
  };

  /** The resident behind the session, or null (the page then offers to sign in). */
  const resident = async (c: Context): Promise<Actor | null> => {
    const actor = await sessionActor(c, deps);
    return actor?.role === 'resident' ? actor : null;
  };
  const ownPath = (c: Context) => new URL(c.req.url).pathname;

  const SignOut = () => (
    <form method="post" action="/auth/logout" class="inline-form">
      <button type="submit" class="secondary">
        Se déconnecter
      </button>
    </form>
  );

  const EspaceNav = () => (
    <nav aria-label="Mon espace" class="actions">
      <a href="/espace">Mes demandes</a>
      <a href="/espace/nouvelle-demande">Faire une demande</a>
      <a href="/espace/consultations">Qui a consulté mon dossier</a>
      <a href="/v1/me/export?format=pdf" download="mes-donnees.pdf">
        Télécharger mes données
      </a>
      <SignOut />
    </nav>
  );

  app.get('/espace', async (c) => {
    const actor = await resident(c);
    if (!actor) return signInPage(c, '/espace');
    const cursor = c.req.query('suite') ?? null;
    const page = await listMyCases(deps.core, actor, 20, cursor);
    return sendPage(
      c,
      deps,
      <Layout title="Mes demandes" city={deps.core.city.name} section="espace">
        <h1>Mes demandes</h1>
        <EspaceNav />
        {!actor.residentId ? (
          <div class="notice" role="status">
            <p>Votre identité est en cours de vérification par un agent de la ville. Vos demandes apparaîtront ici dès sa confirmation.</p>
          </div>
        ) : null}
        {actor.residentId && !page.items.length && !cursor ? <p>Vous n’avez pas encore de demande.</p> : null}
        {page.items.length ? (
          <ul class="cards">
            {page.items.map((k) => (
              <li>
                <a href={`/espace/demandes/${k.id}`}>Demande {k.reference}</a>
                <br />
                Statut : <strong>{STATUS_LABELS_FR[k.status]}</strong> — reçue le {dateFr(k.createdAt)}
                {k.status === 'awaiting_resident' ? <><br /><strong>Le service attend votre réponse.</strong></> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {page.nextCursor ? (
          <p>
            <a href={`/espace?suite=${encodeURIComponent(page.nextCursor)}`}>Demandes plus anciennes</a>
          </p>
        ) : null}
      </Layout>,
    );
  });

  const NOTICES: Record<string, string> = {
    envoye: 'Votre message a été transmis au service.',
    rouverte: 'Votre demande est rouverte : le service va la reprendre.',
    deposee: 'Votre demande est enregistrée.',
  };

  const casePage = async (c: Context, actor: Actor, id: string, errors: { message?: FieldError[]; reopen?: FieldError[] } = {}, values: FormValues = {}, status: 200 | 409 | 413 | 415 | 422 | 429 = 200, notice?: string) => {
    if (!UUID.test(id)) throw new DomainError('not_found', 'Case not found');
    const mine = await getMyCase(deps.core, actor, id);
    const view = await publicCase(deps.core, mine.case, { withDescription: true });
    const flash = NOTICES[c.req.query('fait') ?? ''];
    const open = !['closed', 'rejected', 'merged'].includes(mine.case.status);
    const all = [...(errors.message ?? []), ...(errors.reopen ?? [])];
    return sendPage(
      c,
      deps,
      <Layout title={`Demande ${view.reference}`} city={deps.core.city.name} section="espace" hasErrors={all.length > 0 || !!notice}>
        <p>
          <a href="/espace">Retour à mes demandes</a>
        </p>
        <h1>Demande {view.reference}</h1>
        <DoneNotice text={flash} />
        <ProblemNotice text={notice} />
        <ErrorSummary errors={all} />
        <CaseSummary c={view} />
        <h2>Votre demande</h2>
        <blockquote>{view.description}</blockquote>
        <h2>Étapes et messages</h2>
        <Timeline events={publicTimeline(mine.events)} attachmentHref={(a) => `/espace/demandes/${id}/pieces/${a}`} />
        {open && mine.case.status !== 'resolved' ? (
          <section aria-labelledby="ecrire">
            <h2 id="ecrire">{view.awaitingResident ? 'Répondre au service' : 'Ajouter une information'}</h2>
            <form method="post" action={`/espace/demandes/${id}/message`} enctype="multipart/form-data" novalidate>
              <TextArea id="body" name="body" label={view.awaitingResident ? 'Votre réponse' : 'Votre message'} value={values.body} errors={errors.message ?? []} required maxlength={10000} />
              <FileField errors={errors.message ?? []} label="Une pièce jointe" maxMegabytes={maxMegabytes} />
              <div class="actions">
                <button type="submit">Envoyer</button>
              </div>
            </form>
          </section>
        ) : null}
        {mine.case.status === 'resolved' ? (
          <section aria-labelledby="rouvrir">
            <h2 id="rouvrir">La réponse ne vous convient pas ?</h2>
            <p>Vous pouvez rouvrir la demande en expliquant ce qui ne va pas.</p>
            <form method="post" action={`/espace/demandes/${id}/rouvrir`} novalidate>
              <TextArea id="reason" name="reason" label="Ce qui ne va pas" value={values.reason} errors={errors.reopen ?? []} required maxlength={5000} rows={4} />
              <div class="actions">
                <button type="submit">Rouvrir ma demande</button>
              </div>
            </form>
          </section>
        ) : null}
        {!open ? <p>Cette demande est terminée. Pour une nouvelle question, <a href="/espace/nouvelle-demande">faites une nouvelle demande</a>.</p> : null}
      </Layout>,
      status,
    );
  };

  app.get('/espace/demandes/:id', async (c) => {
    const actor = await resident(c);
    if (!actor) return signInPage(c, ownPath(c));
    return casePage(c, actor, c.req.param('id'));
  });

  app.post('/espace/demandes/:id/message', async (c) => {
    checkOrigin(c, deps.identity.publicBaseUrl);
    const actor = await resident(c);
    if (!actor) return signInPage(c, `/espace/demandes/${c.req.param('id')}`);
    const id = c.req.param('id');
    if (!UUID.test(id)) throw new DomainError('not_found', 'Case not found');
    const form = await c.req.parseBody();
    const body = typeof form.body === 'string' ? form.body : '';
    const parsed = MyMessage.safeParse({ body });
    if (!parsed.success) return casePage(c, actor, id, { message: zodFieldErrors(parsed.error, REQUEST_LABELS) }, { body }, 422);
    try {
      const attachmentIds: string[] = [];
      if (form.file instanceof File && form.file.size > 0) {
        await limitResidentWrite(deps, actor, 'upload');
        attachmentIds.push((await attachToMyCase(deps.core, actor, id, await incomingFile(form.file, deps.detectContentType), deps.maxAttachmentBytes)).record.id);
      }
      await limitResidentWrite(deps, actor, 'message');
      await postMyMessage(deps.core, actor, id, { body: parsed.data.body, attachmentIds });
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'not_found') throw err;
      const onFile = fileError(err);
      if (onFile) return casePage(c, actor, id, { message: [onFile] }, { body }, STATUS[err.code] as 413 | 415 | 422);
      return casePage(c, actor, id, {}, { body }, err.code === 'rate_limited' ? 429 : 409, problemFr(err));
    }
    return c.redirect(`/espace/demandes/${id}?fait=envoye`, 303);
  });

  app.post('/espace/demandes/:id/rouvrir', async (c) => {
    checkOrigin(c, deps.identity.publicBaseUrl);
    const actor = await resident(c);
    if (!actor) return signInPage(c, `/espace/demandes/${c.req.param('id')}`);
    const id = c.req.param('id');
    if (!UUID.test(id)) throw new DomainError('not_found', 'Case not found');
    const form = await c.req.parseBody();
    const reason = typeof form.reason === 'string' ? form.reason : '';
    const parsed = ReopenRequest.safeParse({ reason });
    if (!parsed.success) return casePage(c, actor, id, { reopen: zodFieldErrors(parsed.error, REQUEST_LABELS) }, { reason }, 422);
    try {
      await limitResidentWrite(deps, actor, 'message');
      await reopenMyCase(deps.core, actor, id, parsed.data);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'not_found') throw err;
      return casePage(c, actor, id, {}, { reason }, err.code === 'rate_limited' ? 429 : 409, problemFr(err));
    }
    return c.redirect(`/espace/demandes/${id}?fait=rouverte`, 303);
  });

  app.get('/espace/demandes/:id/pieces/:attachmentId', async (c) => {
    const actor = await resident(c);
    if (!actor) return signInPage(c, ownPath(c));
    const { id, attachmentId } = c.req.param();
    if (!UUID.test(id) || !UUID.test(attachmentId)) throw new DomainError('not_found', 'Attachment not found');
    const { record, bytes } = await readAttachment(deps.core, actor, id, attachmentId);
    return sendFile(c, record, bytes);
  });

  app.get('/espace/nouvelle-demande', async (c) => {
    const actor = await resident(c);
    if (!actor) return signInPage(c, '/espace/nouvelle-demande');
    const query = (c.req.query('q') ?? '').slice(0, 100);
    return sendPage(
      c,
      deps,
      <Layout title="Faire une demande" city={deps.core.city.name} section="espace">
        <h1>Faire une demande</h1>
        <EspaceNav />
        <TypePicker groups={await filingCatalogue(deps.core, query)} query={query} base="/espace/nouvelle-demande" needsFcPlus={(t) => !!t.minAcr && !acrSatisfies(actor.acr, t.minAcr)} />
      </Layout>,
    );
  });

  const newCaseForm = (c: Context, type: RequestType, values: FormValues, errors: FieldError[], status: 200 | 413 | 415 | 422 | 429 = 200, notice?: string) =>
    sendPage(
      c,
      deps,
      <Layout title={type.label} city={deps.core.city.name} section="espace" hasErrors={errors.length > 0 || !!notice}>
        <p>
          <a href="/espace/nouvelle-demande">Retour à la liste des démarches</a>
        </p>
        <h1>{type.label}</h1>
        <ProblemNotice text={notice} />
        <p>Les champs sont facultatifs sauf mention contraire. La réponse vous parviendra dans votre espace et par les coordonnées vérifiées de votre dossier.</p>
        <RequestForm type={type} action={`/espace/nouvelle-demande/${encodeURIComponent(type.code)}`} values={values} errors={errors} withContact={false} idempotencyKey={values.idempotencyKey || randomUUID()} maxMegabytes={maxMegabytes} />
      </Layout>,
      status,
    );

  /** FranceConnect+ first, for the types that demand it: the login comes back to this form. */
  const needsStrongerLogin = (c: Context, actor: Actor, type: RequestType) =>
    type.minAcr && !acrSatisfies(actor.acr, type.minAcr)
      ? sendPage(
          c,
          deps,
          <Layout title={type.label} city={deps.core.city.name} section="espace">
            <h1>{type.label}</h1>
            <p>Cette démarche demande une identification renforcée avec FranceConnect+ (application France Identité ou équivalent), pour protéger vos données.</p>
            {franceConnectPlus() ? (
              <p>
                <a class="button" href={loginHref(franceConnectPlus()!.provider.id, `/espace/nouvelle-demande/${type.code}`, type.minAcr)}>
                  S’identifier avec FranceConnect+
                </a>
              </p>
            ) : (
              <p>Elle ne peut pas encore être faite en ligne : adressez-vous à l’accueil de la mairie.</p>
            )}
          </Layout>,
          403,
        )
      : null;

  app.get('/espace/nouvelle-demande/:code', async (c) => {
    const actor = await resident(c);
    if (!actor) return signInPage(c, ownPath(c));
    const type = await filingType(deps.core, c.req.param('code'));
    if (!type) throw new DomainError('not_found', 'Unknown request type');
    return (await needsStrongerLogin(c, actor, type)) ?? newCaseForm(c, type, {}, []);
  });

  app.post('/espace/nouvelle-demande/:code', async (c) => {
    checkOrigin(c, deps.identity.publicBaseUrl);
    const actor = await resident(c);
    if (!actor) return signInPage(c, ownPath(c));
    const type = await filingType(deps.core, c.req.param('code'));
    if (!type) throw new DomainError('not_found', 'Unknown request type');
    const stronger = await needsStrongerLogin(c, actor, type);
    if (stronger) return stronger;
    const form = requestFromForm(await c.req.parseBody(), false);
    const labels = labelsFor(type);
    const parsed = MyCaseRequest.safeParse({ ...form.input, requestTypeCode: type.code });
    if (!parsed.success) return newCaseForm(c, type, form.values, zodFieldErrors(parsed.error, labels), 422);
    let created;
    try {
      await limitResidentWrite(deps, actor, 'case');
      created = await createMyCase(deps.core, actor, parsed.data, form.idempotencyKey, form.file ? { file: await incomingFile(form.file, deps.detectContentType), maxBytes: deps.maxAttachmentBytes } : undefined);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      const answer = formProblem(err, labels);
      return newCaseForm(c, type, form.values, answer.errors, answer.status as 413 | 415 | 422 | 429, answer.notice ?? undefined);
    }
    return c.redirect(`/espace/demandes/${created.case.id}?fait=deposee`, 303);
  });

  app.get('/espace/consultations', async (c) => {
    const actor = await resident(c);
    if (!actor) return signInPage(c, '/espace/consultations');
    const cursor = c.req.query('suite') ?? null;
    const page = await myAccessLog(deps.core, actor, 50, cursor);
    return sendPage(
      c,
      deps,
      <Layout title="Qui a consulté mon dossier" city={deps.core.city.name} section="espace">
        <h1>Qui a consulté mon dossier</h1>
        <EspaceNav />
        <p>Chaque consultation de votre dossier ou de vos demandes par un agent de la ville est enregistrée, avec son motif. Vous pouvez en demander la raison au délégué à la protection des données (voir <a href="/donnees-personnelles">Données personnelles</a>).</p>
        {page.items.length ? (
          <table>
            <caption class="visually-hidden">Consultations de votre dossier, les plus récentes d’abord</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Qui</th>
                <th scope="col">Motif</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((e) => (
                <tr>
                  <td>{dateTimeFr(e.at)}</td>
                  <td>
                    {e.who}
                    {e.who !== e.roleLabel ? ` (${e.roleLabel})` : null}
                  </td>
                  <td>{e.purpose ?? 'Non précisé'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>Aucune consultation enregistrée.</p>
        )}
        {page.nextCursor ? (
          <p>
            <a href={`/espace/consultations?suite=${encodeURIComponent(page.nextCursor)}`}>Consultations plus anciennes</a>
          </p>
        ) : null}
      </Layout>,
    );
  });
}
