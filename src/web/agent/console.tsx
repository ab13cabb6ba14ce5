import type { Context } from 'hono';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/actor.js';
import { STATUS_LABELS_FR, TRANSITIONS, type CaseStatus } from '../../core/case-status.js';
import { acceptCase } from '../../core/cases/accept-case.js';
import { assignCase } from '../../core/cases/assign-case.js';
import { directorateAgents } from '../../core/agents/directorate-agents.js';
import { mergeCase } from '../../core/cases/merge-case.js';
import { attachToCase } from '../../core/attachments/attach-file.js';
import { incomingFile } from '../../http/attachment-upload.js';
import { transferCase } from '../../core/cases/transfer-case.js';
import { listAlerts, markAlertRead } from '../../core/alerts/staff-alerts.js';
import { changeCaseStatus } from '../../core/cases/change-case-status.js';
import { commentCase } from '../../core/cases/comment-case.js';
import { createCase } from '../../core/cases/create-case.js';
import { directorateQueue } from '../../core/cases/directorate-queue.js';
import { escalateCase } from '../../core/cases/escalate-case.js';
import { getCaseWithTimeline, listCases } from '../../core/cases/read-case.js';
import { listRequestTypes, searchKnowledge } from '../../core/catalogue/catalogue.js';
import { DomainError } from '../../core/errors.js';
import { CHANNEL_LABELS_FR, type Case, type CaseEvent, type Channel } from '../../core/model.js';
import { parseReference } from '../../core/reference.js';
import { getResidentRecord } from '../../core/residents/resident-record.js';
import { searchResidents } from '../../core/residents/search-residents.js';
import { myCalls } from '../../core/phone/screen-pop.js';
import { checkOrigin } from '../../http/auth.js';
import type { App, HttpDeps } from '../../http/context.js';
import { dateFr, dateTimeFr } from '../../core/city-day.js';
import { ErrorSummary, FileField, TextArea, TextField } from '../components/form-fields.js';
import { problemFr, type FieldError } from '../problems-fr.js';
import { sendPage } from '../render.js';
import { AgentPage, agentOf, agentSignIn } from './agent-frame.js';
import { DUPLICATE_REASON_FR, DuplicateActions, Person } from './resident-summary.js';
import { ProblemNotice } from '../components/notices.js';

/** The files a timeline step carries (an agent's scan, a resident's message with attachments). */
function attachmentsOf(e: CaseEvent): { id: string; filename: string }[] {
  if (Array.isArray(e.data.attachments)) return e.data.attachments as { id: string; filename: string }[];
  return typeof e.data.attachmentId === 'string' ? [{ id: e.data.attachmentId, filename: String(e.data.filename ?? 'pièce jointe') }] : [];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const CHANNEL_FR = CHANNEL_LABELS_FR;

/** Why an agent opens a record: recorded in the resident's access log, which the resident reads. */
const PURPOSES: Record<string, string> = {
  accueil: 'Accueil de l’usager au guichet',
  appel: 'Appel téléphonique de l’usager',
  courrier: 'Traitement d’un courrier',
  traitement: 'Traitement d’une demande',
};

/** The statuses as agents say them (the residents' labels speak to the resident: "votre réponse"). */
const STATUS_FR: Record<CaseStatus, string> = {
  ...STATUS_LABELS_FR,
  escalated: 'Transmise à la direction',
  awaiting_resident: 'En attente de l’usager',
};

/** The deadline in words and a sign, never in colour alone. */
const DEADLINE_FR: Record<NonNullable<Case['deadlineState']>, string> = {
  on_track: '✓ Dans les délais',
  at_risk: '⚠ Échéance proche',
  breached: '✗ Délai dépassé',
  paused: '⏸ En attente de l’usager',
};

/** What each timeline step says to an agent. */
const EVENT_FR: Record<string, string> = {
  case_created: 'Demande enregistrée',
  status_changed: 'Statut changé',
  case_reopened: 'Demande rouverte',
  case_escalated: 'Transmise à la direction',
  case_accepted: 'Prise en charge par la direction',
  case_transferred: 'Transférée à une autre direction',
  case_assigned: 'Attribuée',
  case_merged: 'Regroupée',
  message_sent: 'Message à l’usager',
  note_added: 'Note interne',
  resident_message: 'Message de l’usager',
  attachment_added: 'Pièce jointe',
  notification_sent: 'Usager informé',
  staff_alert_raised: 'Alerte',
  unverified_message: 'Message non vérifié (à accepter)',
};

export function register(app: App, deps: HttpDeps) {
  const page = (c: Context, actor: Actor, title: string, section: Parameters<typeof AgentPage>[0]['section'], body: unknown, status: 200 | 201 | 404 | 409 | 412 | 422 = 200, hasErrors = false) =>
    sendPage(
      c,
      deps,
      <AgentPage deps={deps} actor={actor} title={title} section={section} hasErrors={hasErrors}>
        {body as never}
      </AgentPage>,
      status,
    );
  const ownPath = (c: Context) => new URL(c.req.url).pathname + new URL(c.req.url).search;

  const SearchBox = ({ q }: { q: string }) => (
    <form method="get" action="/agent/recherche" role="search" aria-label="Rechercher un usager ou une demande" class="search" data-live="/agent/recherche/resultats">
      <label for="q">Rechercher un usager ou une demande</label>
      <p class="hint" id="q-aide">
        Nom (même mal orthographié), téléphone, courriel ou référence de demande. Les résultats s’affichent pendant la saisie ; flèche bas pour les parcourir.
      </p>
      <input id="q" name="q" type="search" value={q} aria-describedby="q-aide" aria-controls="resultats-zone" autocomplete="off" />
      <div class="actions">
        <button type="submit">Rechercher</button>
      </div>
    </form>
  );

  /** What a query finds: a case by its full reference, else residents; the same whether typed or submitted. */
  const findFor = async (actor: Actor, q: string) => {
    const reference = parseReference(q);
    const found = reference ? await deps.core.store.cases.findByReference(reference) : null;
    if (found) return { caseHit: found, hits: [], error: null };
    try {
      return { caseHit: null, hits: q ? await searchResidents(deps.core, actor, q, 20, PURPOSES.accueil) : [], error: null };
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'validation_failed') throw err;
      return { caseHit: null, hits: [], error: 'Tapez au moins deux lettres d’un nom, un numéro de téléphone, une adresse électronique ou une référence.' };
    }
  };

  const SearchResults = ({ q, found }: { q: string; found: Awaited<ReturnType<typeof findFor>> }) => {
    if (!q) return <></>;
    if (found.error) return <ProblemNotice text={found.error} />;
    if (found.caseHit) {
      return (
        <section aria-labelledby="resultats">
          <h2 id="resultats">1 demande pour « {q} »</h2>
          <ol class="cards">
            <li>
              {/* Nothing of the case here: its page checks who may read it. */}
              <a href={`/agent/demandes/${found.caseHit.id}`}>Ouvrir la demande {found.caseHit.reference}</a>
            </li>
          </ol>
        </section>
      );
    }
    const { hits } = found;
    return (
      <section aria-labelledby="resultats">
        <h2 id="resultats">
          {hits.length} usager{hits.length > 1 ? 's' : ''} pour « {q} »
        </h2>
        {hits.length ? (
          <ol class="cards">
            {hits.map((h) => (
              <li>
                <a href={`/agent/usagers/${h.resident.id}?motif=accueil`}>
                  {h.resident.givenName} {h.resident.familyName}
                </a>
                {h.resident.birthDate ? ` — né(e) le ${dateFr(new Date(h.resident.birthDate))}` : null}
                <br />
                {h.resident.contactPoints.map((p) => p.value).join(' · ')}
                <br />
                {h.openCases} demande{h.openCases > 1 ? 's' : ''} en cours
              </li>
            ))}
          </ol>
        ) : (
          <p>
            Aucun usager trouvé. <a href="/agent/demandes/nouvelle">Enregistrer une demande pour un nouvel usager</a>.
          </p>
        )}
      </section>
    );
  };

  /** The search page: its own box (so none in the header), results as one types (a script, optional). */
  const searchPage = (c: Context, actor: Actor, q: string, found: Awaited<ReturnType<typeof findFor>> | null) =>
    sendPage(
      c,
      deps,
      <AgentPage deps={deps} actor={actor} title={q ? `Recherche « ${q} »` : 'Rechercher'} section="agent-recherche" headerSearch={false} scripts={['/assets/recherche.js']} hasErrors={!!found?.error}>
        <h1>Rechercher</h1>
        <SearchBox q={q} />
        <div id="resultats-zone">{found ? <SearchResults q={q} found={found} /> : null}</div>
        {q ? null : (
          <p>
            <a class="button secondary" href="/agent/demandes/nouvelle">
              Nouvelle demande sans usager identifié
            </a>
          </p>
        )}
      </AgentPage>,
      200,
      { script: true },
    );

  app.get('/agent', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, '/agent');
    return searchPage(c, actor, '', null);
  });

  const queryOf = (c: Context) => (c.req.query('q') ?? '').slice(0, 200).trim();

  app.get('/agent/recherche', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, ownPath(c));
    const q = queryOf(c);
    const found = await findFor(actor, q);
    // A reference typed in full opens its case at once.
    if (found.caseHit) return c.redirect(`/agent/demandes/${found.caseHit.id}`, 303);
    return searchPage(c, actor, q, found);
  });

  // The results alone, for the search page's script as the agent types.
  app.get('/agent/recherche/resultats', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return c.text('Session expirée', 401, { 'cache-control': 'no-store' });
    const q = queryOf(c);
    const html = String(await (<SearchResults q={q} found={await findFor(actor, q)} />));
    return c.html(html, 200, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  });

  app.get('/agent/usagers/:id', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, ownPath(c));
    const id = c.req.param('id');
    if (!UUID.test(id)) throw new DomainError('not_found', 'Resident not found');
    const purposeKey = c.req.query('motif') ?? 'accueil';
    const record = await getResidentRecord(deps.core, actor, id, { purpose: PURPOSES[purposeKey] ?? PURPOSES.accueil, caseLimit: 50 });
    const r = record.resident;
    return page(
      c,
      actor,
      `${r.givenName} ${r.familyName}`,
      'agent-recherche',
      <>
        <h1>
          {r.givenName} {r.familyName}
        </h1>
        {c.req.query('fait') === 'fusion' || c.req.query('fait') === 'distincts' ? (
          <div class="notice success" role="status">
            <p>{c.req.query('fait') === 'fusion' ? 'Dossiers fusionnés dans celui-ci.' : 'Noté : ce ne sont pas les mêmes personnes.'}</p>
          </div>
        ) : null}
        <p class="hint">Consultation enregistrée dans le journal de l’usager : « {PURPOSES[purposeKey] ?? PURPOSES.accueil} ».</p>
        <div class="actions">
          <a class="button" href={`/agent/demandes/nouvelle?usager=${r.id}`}>
            Nouvelle demande pour cet usager
          </a>
        </div>
        <h2>Identité</h2>
        <dl class="summary">
          <dt>Date de naissance</dt>
          <dd>{r.birthDate ? dateFr(new Date(r.birthDate)) : 'Non renseignée'}</dd>
          <dt>Identité certifiée</dt>
          <dd>{record.identities.length ? `Oui, par FranceConnect (${record.identities.map((i) => i.certifiedLevel ?? '').join(', ')})` : 'Non'}</dd>
        </dl>
        <h2>Coordonnées</h2>
        {r.contactPoints.length ? (
          <ul>
            {r.contactPoints.map((p) => (
              <li>
                {p.value} — {p.verified ? '✓ vérifiée' : '✗ non vérifiée'}
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucune coordonnée.</p>
        )}
        {record.duplicates.length ? (
          <section aria-labelledby="doublons">
            <h2 id="doublons">Doublons possibles</h2>
            <ul class="cards">
              {record.duplicates.map((d, i) => (
                <li>
                  <p id={`doublon-${i}`}>
                    <Person r={d.other} />
                    <br />
                    Indices : {d.reasons.map((x) => DUPLICATE_REASON_FR[x] ?? x).join(', ')}
                  </p>
                  <DuplicateActions keep={r.id} other={d.other.id} describedBy={`doublon-${i}`} mergeLabel="Fusionner dans ce dossier" notSameLabel="Ce n’est pas la même personne" returnTo={r.id} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <h2>Demandes ({record.cases.length})</h2>
        {record.cases.length ? (
          <table>
            <caption class="visually-hidden">Demandes de l’usager, les plus récentes d’abord</caption>
            <thead>
              <tr>
                <th scope="col">Référence</th>
                <th scope="col">Canal</th>
                <th scope="col">Reçue le</th>
                <th scope="col">Statut</th>
                <th scope="col">Délai</th>
              </tr>
            </thead>
            <tbody>
              {record.cases.map((k) => (
                <tr>
                  <td>
                    <a href={`/agent/demandes/${k.id}`}>{k.reference}</a>
                  </td>
                  <td>{CHANNEL_FR[k.channel]}</td>
                  <td>{dateFr(k.createdAt)}</td>
                  <td>{STATUS_FR[k.status]}</td>
                  <td>{k.deadlineState ? DEADLINE_FR[k.deadlineState] : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>Aucune demande.</p>
        )}
        <h2>Consultations récentes du dossier</h2>
        {record.accesses.length ? (
          <ul>
            {record.accesses.map((a) => (
              <li>
                {dateTimeFr(a.at)} — {a.actorLabel ?? a.actor} — {a.purpose ?? 'motif non précisé'}
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucune consultation enregistrée.</p>
        )}
        {record.calls.length ? (
          <>
            <h2>Derniers appels</h2>
            <ul>
              {record.calls.map((call) => (
                <li>{dateTimeFr(call.at)} — {call.caller ?? "numéro masqué"}</li>
              ))}
            </ul>
          </>
        ) : null}
      </>,
    );
  });

  // A new request: the type first (its articles then suggest an answer on the spot), then the rest.
  const newRequestForm = async (c: Context, actor: Actor, values: Record<string, string>, errors: FieldError[], status: 200 | 409 | 422 = 200, notice?: string) => {
    const types = (await listRequestTypes(deps.core, actor, {})).filter((t) => t.active);
    const type = types.find((t) => t.code === values.type);
    const articles = type ? await searchKnowledge(deps.core, actor, null, { requestTypeCode: type.code }, 5) : [];
    const resident = values.usager && UUID.test(values.usager) ? await deps.core.store.residents.findById(values.usager) : null;
    const categories = [...new Set(types.map((t) => t.category))].sort((a, b) => a.localeCompare(b, 'fr'));
    const channel = values.channel ?? (actor.role === 'counter_agent' ? 'counter' : 'phone');
    return page(
      c,
      actor,
      'Nouvelle demande',
      'agent-nouvelle',
      <>
        <h1>Nouvelle demande</h1>
        <ProblemNotice text={notice} />
        <ErrorSummary errors={errors} />
        <form method="get" action="/agent/demandes/nouvelle">
          {resident ? <input type="hidden" name="usager" value={resident.id} /> : null}
          {values.channel ? <input type="hidden" name="channel" value={channel} /> : null}
          <div class="field">
            <label for="type">Type de demande</label>
            <select id="type" name="type">
              {categories.map((cat) => (
                <optgroup label={cat}>
                  {types
                    .filter((t) => t.category === cat)
                    .map((t) => (
                      <option value={t.code} selected={t.code === values.type}>
                        {t.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div class="actions">
            <button type="submit" class={type ? 'secondary' : undefined}>
              {type ? 'Changer de type' : 'Continuer'}
            </button>
          </div>
        </form>
        {type ? (
          <form method="post" action="/agent/demandes/nouvelle" novalidate>
            <input type="hidden" name="type" value={type.code} />
            <input type="hidden" name="idempotencyKey" value={values.idempotencyKey || randomUUID()} />
            {resident ? <input type="hidden" name="usager" value={resident.id} /> : null}
            <h2>{type.label}</h2>
            <p>
              Direction : {type.complexity === 'simple' ? 'demande simple, traitable à l’accueil' : 'demande complexe, transmise à la direction compétente'} ; délai {type.deadlineDays} jours ouvrés.
            </p>
            <div class="field">
              <label for="channel">Canal</label>
              <select id="channel" name="channel">
                {Object.entries(CHANNEL_FR).map(([k, label]) => (
                  <option value={k} selected={k === channel}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <TextArea id="description" name="description" label="Description" value={values.description} errors={errors} required maxlength={10000} rows={4} />
            <TextField id="location-address" name="location.address" label="Adresse concernée" value={values['location.address']} errors={errors} maxlength={300} />
            {resident ? (
              <p>
                Usager : <strong>{resident.givenName} {resident.familyName}</strong> (<a href={`/agent/usagers/${resident.id}?motif=accueil`}>dossier</a>)
              </p>
            ) : (
              <fieldset>
                <legend>Usager (facultatif)</legend>
                <TextField id="resident-givenName" name="resident.givenName" label="Prénom" value={values['resident.givenName']} errors={errors} maxlength={100} />
                <TextField id="resident-familyName" name="resident.familyName" label="Nom" value={values['resident.familyName']} errors={errors} maxlength={100} />
                <TextField id="resident-phone" name="resident.phone" type="tel" label="Téléphone" value={values['resident.phone']} errors={errors} maxlength={40} />
                <TextField id="resident-email" name="resident.email" type="email" label="Adresse électronique" value={values['resident.email']} errors={errors} maxlength={254} />
              </fieldset>
            )}
            {type.complexity === 'simple' && articles.length ? (
              <fieldset>
                <legend>Réponse sur place (base de connaissances)</legend>
                <div class="field">
                  <input type="radio" id="article-none" name="articleId" value="" checked={!values.articleId} />
                  <label for="article-none" class="inline">
                    Pas de réponse sur place
                  </label>
                </div>
                {articles.map((a) => (
                  <div class="field">
                    <input type="radio" id={`article-${a.id}`} name="articleId" value={a.id} checked={values.articleId === a.id} />
                    <label for={`article-${a.id}`} class="inline">
                      Répondu avec « {a.title} »
                    </label>
                    <p class="hint">{a.body.slice(0, 240)}{a.body.length > 240 ? '…' : ''}</p>
                  </div>
                ))}
              </fieldset>
            ) : null}
            {type.complexity === 'complex' ? (
              <div class="field">
                <input type="checkbox" id="escalate" name="escalate" value="oui" checked={values.escalate === 'oui' || !values.description} />
                <label for="escalate" class="inline">
                  Transmettre tout de suite à la direction
                </label>
              </div>
            ) : null}
            <div class="actions">
              <button type="submit">Enregistrer la demande</button>
            </div>
          </form>
        ) : null}
      </>,
      status,
      errors.length > 0 || !!notice,
    );
  };

  app.get('/agent/demandes/nouvelle', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, ownPath(c));
    // The channel may come along (a quarantined email recorded by hand): kept only if it is one.
    const channel = c.req.query('channel');
    return newRequestForm(c, actor, { type: c.req.query('type') ?? '', usager: c.req.query('usager') ?? '', ...(channel && Object.hasOwn(CHANNEL_FR, channel) ? { channel } : {}) }, []);
  });

  app.post('/agent/demandes/nouvelle', async (c) => {
    checkOrigin(c, deps.identity.publicBaseUrl);
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, '/agent/demandes/nouvelle');
    const form = await c.req.parseBody();
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(form)) if (typeof v === 'string') values[k] = v.slice(0, 10_000);
    const errors: FieldError[] = [];
    if (!values.description?.trim()) errors.push({ field: 'description', message: 'Décrivez la demande.' });
    const given = values['resident.givenName']?.trim();
    const family = values['resident.familyName']?.trim();
    const anyContact = given || family || values['resident.phone']?.trim() || values['resident.email']?.trim();
    if (!values.usager && anyContact && !given) errors.push({ field: 'resident-givenName', message: 'Indiquez le prénom de l’usager.' });
    if (!values.usager && anyContact && !family) errors.push({ field: 'resident-familyName', message: 'Indiquez le nom de l’usager.' });
    if (errors.length) return newRequestForm(c, actor, values, errors, 422);
    let created;
    try {
      created = await createCase(
        deps.core,
        actor,
        {
          channel: (Object.keys(CHANNEL_FR).includes(values.channel ?? '') ? values.channel : 'counter') as Channel,
          requestTypeCode: values.type ?? '',
          description: values.description!.trim(),
          ...(values['location.address']?.trim() ? { location: { address: values['location.address'].trim() } } : {}),
          ...(values.usager && UUID.test(values.usager)
            ? { resident: { id: values.usager } }
            : anyContact
              ? { resident: { givenName: given!, familyName: family!, ...(values['resident.phone']?.trim() ? { phone: values['resident.phone'].trim() } : {}), ...(values['resident.email']?.trim() ? { email: values['resident.email'].trim() } : {}) } }
              : {}),
          ...(values.articleId && /^[\w-]{1,64}$/.test(values.articleId) ? { resolution: { articleId: values.articleId } } : {}),
        },
        values.idempotencyKey && /^[\w-]{8,100}$/.test(values.idempotencyKey) ? values.idempotencyKey : undefined,
      );
      if (values.escalate === 'oui' && !created.replayed && created.case.status === 'received') await escalateCase(deps.core, actor, created.case.id, { expectedVersion: created.case.version });
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      const fields = (err.extra.invalidFields as { path: string; message: string }[] | undefined) ?? [];
      const mapped = fields.map((f) => ({ field: f.path.replace(/\./g, '-'), message: f.path.endsWith('phone') ? 'Numéro de téléphone invalide.' : f.path.endsWith('email') ? 'Adresse électronique invalide.' : 'Valeur invalide.' }));
      return newRequestForm(c, actor, values, mapped, 422, mapped.length ? undefined : problemFr(err));
    }
    // The tracking code is not put in a URL (history, proxies): the receipt printed from the case carries one.
    return c.redirect(`/agent/demandes/${created.case.id}?fait=creee`, 303);
  });

  const DONE: Record<string, string> = {
    creee: 'Demande enregistrée.',
    note: 'Note ajoutée.',
    message: 'Message envoyé à l’usager.',
    statut: 'Statut changé.',
    transmise: 'Demande transmise à la direction.',
    acceptee: 'Demande prise en charge.',
    attribuee: 'Attribution enregistrée.',
    piece: 'Document joint à la demande.',
    regroupee: 'Demande regroupée avec la demande principale.',
    transferee: 'Demande transférée.',
  };

  const casePage = async (c: Context, actor: Actor, id: string, status: 200 | 409 | 412 | 422 = 200, notice?: string, errors: FieldError[] = []) => {
    if (!UUID.test(id)) throw new DomainError('not_found', 'Case not found');
    const { case: k, events: timeline } = await getCaseWithTimeline(deps.core, actor, id, { purpose: PURPOSES.traitement, limit: 200 });
    const resident = k.residentId ? await deps.core.store.residents.findById(k.residentId) : null;
    const type = await deps.core.store.catalogue.requestTypeByCode(k.requestTypeCode);
    const directorates = await deps.core.store.catalogue.listDirectorates();
    const done = DONE[c.req.query('fait') ?? ''];
    const next = TRANSITIONS[k.status].filter((s) => s !== 'merged' && s !== 'escalated');
    const canEscalate = TRANSITIONS[k.status].includes('escalated') && k.status !== 'awaiting_resident';
    const canAccept = k.status === 'escalated' && !k.acceptedAt && (actor.role === 'directorate_agent' || actor.role === 'supervisor' || actor.role === 'admin');
    // In the directorate's hands, its agents and supervisors hand the case to a colleague; elsewhere one takes it.
    const handsOn = ['escalated', 'in_progress', 'awaiting_resident'].includes(k.status) && k.directorateId !== null && actor.role !== 'counter_agent';
    const colleagues = handsOn ? await directorateAgents(deps.core, actor, k.directorateId!) : [];
    const nameOf = (agentId: string) => (agentId === actor.agentId ? 'Vous' : (colleagues.find((a) => a.id === agentId)?.displayName ?? agentId));
    const Version = () => <input type="hidden" name="version" value={String(k.version)} />;
    return page(
      c,
      actor,
      `Demande ${k.reference}`,
      'agent-recherche',
      <>
        <h1>Demande {k.reference}</h1>
        {done ? (
          <div class="notice success" role="status">
            <p>{done}</p>
            {c.req.query('fait') === 'creee' ? <p>Remettez à l’usager l’accusé de réception : il porte la référence et un code de suivi.</p> : null}
          </div>
        ) : null}
        <ProblemNotice text={notice} />
        <ErrorSummary errors={errors} />
        <dl class="summary">
          <dt>Type</dt>
          <dd>{type?.label ?? k.requestTypeCode}</dd>
          <dt>Statut</dt>
          <dd>
            <span class="status">{STATUS_FR[k.status]}</span>
          </dd>
          <dt>Délai</dt>
          <dd>
            {k.deadlineState ? DEADLINE_FR[k.deadlineState] : '—'}
            {k.dueAt ? ` — échéance le ${dateFr(k.dueAt)}` : null}
          </dd>
          <dt>Direction</dt>
          <dd>{directorates.find((d) => d.id === k.directorateId)?.name ?? k.directorateId}</dd>
          <dt>Attribuée à</dt>
          <dd>{k.assigneeId ? nameOf(k.assigneeId) : 'Personne'}</dd>
          <dt>Canal</dt>
          <dd>{CHANNEL_FR[k.channel]}</dd>
          <dt>Reçue le</dt>
          <dd>{dateTimeFr(k.createdAt)}</dd>
          <dt>Usager</dt>
          <dd>{resident ? <a href={`/agent/usagers/${resident.id}?motif=traitement`}>{resident.givenName} {resident.familyName}</a> : 'Non identifié'}</dd>
          <dt>Description</dt>
          <dd>{k.description}</dd>
        </dl>
        <p>
          <a href={`/v1/cases/${k.id}/acknowledgement.pdf`}>Imprimer l’accusé de réception (PDF, avec un code de suivi)</a>
        </p>
        <h2>Historique</h2>
        <ol class="timeline">
          {timeline.items.map((e: CaseEvent) => (
            <li>
              <span class="when">
                <time datetime={e.createdAt.toISOString()}>{dateTimeFr(e.createdAt)}</time> — {e.visibility === 'internal' ? 'interne' : 'visible par l’usager'}
              </span>
              <strong>{EVENT_FR[e.type] ?? e.type}</strong>
              {typeof e.data.to === 'string' && e.data.to in STATUS_FR ? ` : ${STATUS_FR[e.data.to as CaseStatus]}` : null}
              {typeof (e.data.body ?? e.data.message) === 'string' ? <blockquote>{String(e.data.body ?? e.data.message)}</blockquote> : null}
              {attachmentsOf(e).length ? (
                <ul>
                  {attachmentsOf(e).map((a) => (
                    <li>
                      <a href={`/v1/cases/${k.id}/attachments/${a.id}`}>{a.filename}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
        {canAccept ? (
          <form method="post" action={`/agent/demandes/${k.id}/accepter`}>
            <Version />
            <div class="actions">
              <button type="submit">Prendre en charge</button>
            </div>
          </form>
        ) : null}
        {k.status !== 'merged' ? (
          <section aria-labelledby="ecrire">
            <h2 id="ecrire">Écrire</h2>
            <form method="post" action={`/agent/demandes/${k.id}/commentaire`} novalidate>
              <TextArea id="body" name="body" label="Texte" errors={errors} required maxlength={20000} rows={3} />
              <fieldset>
                <legend>Pour qui ?</legend>
                <div class="field">
                  <input type="radio" id="visibility-internal" name="visibility" value="internal" checked />
                  <label for="visibility-internal" class="inline">
                    Note interne (agents seulement)
                  </label>
                </div>
                <div class="field">
                  <input type="radio" id="visibility-public" name="visibility" value="public" />
                  <label for="visibility-public" class="inline">
                    Message à l’usager
                  </label>
                </div>
              </fieldset>
              <div class="actions">
                <button type="submit">Ajouter</button>
              </div>
            </form>
          </section>
        ) : null}
        {k.status !== 'merged' ? (
          <section aria-labelledby="piece">
            <h2 id="piece">Joindre un document</h2>
            <form method="post" action={`/agent/demandes/${k.id}/piece`} enctype="multipart/form-data">
              <FileField errors={errors} label="Un scan ou une photo" maxMegabytes={Math.round(deps.maxAttachmentBytes / 1048576)} />
              <div class="actions">
                <button type="submit" class="secondary">
                  Joindre
                </button>
              </div>
            </form>
          </section>
        ) : null}
        {next.length ? (
          <section aria-labelledby="statut">
            <h2 id="statut">Changer le statut</h2>
            <form method="post" action={`/agent/demandes/${k.id}/statut`} novalidate>
              <Version />
              <div class="field">
                <label for="status">Nouveau statut</label>
                <select id="status" name="status">
                  {next.map((s) => (
                    <option value={s}>{STATUS_FR[s]}</option>
                  ))}
                </select>
              </div>
              <TextArea id="message" name="message" label="Message à l’usager" hint="La question, quand on attend l’usager ; la réponse, quand on la traite ; la raison, quand elle n’est pas recevable." errors={errors} maxlength={20000} rows={3} />
              <div class="actions">
                <button type="submit">Changer le statut</button>
              </div>
            </form>
          </section>
        ) : null}
        {handsOn ? (
          <section aria-labelledby="attribuer">
            <h2 id="attribuer">Attribuer</h2>
            <form method="post" action={`/agent/demandes/${k.id}/attribuer`}>
              <Version />
              <div class="field">
                <label for="assigneeId">Attribuer à</label>
                <select id="assigneeId" name="assigneeId">
                  {actor.agentId ? <option value={actor.agentId}>Moi-même</option> : null}
                  {colleagues
                    .filter((a) => a.id !== actor.agentId)
                    .map((a) => (
                      <option value={a.id} selected={a.id === k.assigneeId}>
                        {a.displayName}
                        {a.absent ? ' (absent)' : ''}
                      </option>
                    ))}
                  <option value="" selected={!k.assigneeId && !actor.agentId}>
                    Personne (remettre dans la file)
                  </option>
                </select>
              </div>
              <div class="actions">
                <button type="submit" class="secondary">
                  Attribuer
                </button>
              </div>
            </form>
          </section>
        ) : actor.agentId && k.assigneeId !== actor.agentId && !['closed', 'rejected', 'merged'].includes(k.status) ? (
          <form method="post" action={`/agent/demandes/${k.id}/attribuer`}>
            <Version />
            <div class="actions">
              <button type="submit" class="secondary">
                M’attribuer cette demande
              </button>
            </div>
          </form>
        ) : null}
        {k.status === 'escalated' || k.status === 'awaiting_resident' ? (
          <section aria-labelledby="transferer">
            <h2 id="transferer">Transférer à une autre direction</h2>
            <form method="post" action={`/agent/demandes/${k.id}/transferer`} novalidate>
              <Version />
              <div class="field">
                <label for="directorateId">Direction</label>
                <select id="directorateId" name="directorateId">
                  {directorates
                    .filter((d) => d.id !== k.directorateId)
                    .map((d) => (
                      <option value={d.id}>{d.name}</option>
                    ))}
                </select>
              </div>
              <TextArea id="reason" name="reason" label="Raison du transfert" errors={errors} required maxlength={2000} rows={2} />
              <div class="actions">
                <button type="submit" class="secondary">
                  Transférer
                </button>
              </div>
            </form>
          </section>
        ) : null}
        {!['closed', 'rejected', 'merged'].includes(k.status) ? (
          <section aria-labelledby="regrouper">
            <h2 id="regrouper">Regrouper avec une autre demande (doublon)</h2>
            <form method="post" action={`/agent/demandes/${k.id}/regrouper`} novalidate>
              <Version />
              <TextField id="master" name="master" label="Référence de la demande principale" hint="Par exemple 26-K7M4-Q9XC. Cette demande-ci sera suivie sur celle-là." errors={errors} required maxlength={20} />
              <div class="actions">
                <button type="submit" class="secondary">
                  Regrouper
                </button>
              </div>
            </form>
          </section>
        ) : null}
        {canEscalate ? (
          <form method="post" action={`/agent/demandes/${k.id}/transmettre`}>
            <Version />
            <div class="actions">
              <button type="submit" class="secondary">
                Transmettre à la direction compétente
              </button>
            </div>
          </form>
        ) : null}
      </>,
      status,
      !!notice || errors.length > 0,
    );
  };

  app.get('/agent/demandes/:id', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, ownPath(c));
    return casePage(c, actor, c.req.param('id'));
  });

  /** A change made from a page: the version the agent saw, so a change made meanwhile is said, not overwritten. */
  const action = (path: string, run: (actor: Actor, id: string, form: Record<string, string>, version: number | undefined) => Promise<unknown>, done: string) =>
    app.post(`/agent/demandes/:id/${path}`, async (c) => {
      checkOrigin(c, deps.identity.publicBaseUrl);
      const actor = await agentOf(c, deps);
      const id = c.req.param('id');
      if (!actor) return agentSignIn(c, deps, `/agent/demandes/${id}`);
      if (!UUID.test(id)) throw new DomainError('not_found', 'Case not found');
      const raw = await c.req.parseBody();
      const form: Record<string, string> = {};
      for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') form[k] = v.slice(0, 20_000);
      const version = /^\d+$/.test(form.version ?? '') ? Number(form.version) : undefined;
      let after: unknown;
      try {
        after = await run(actor, id, form, version);
      } catch (err) {
        if (!(err instanceof DomainError) || err.code === 'not_found' || err.code === 'forbidden') throw err;
        if (err.code === 'precondition_failed') return casePage(c, actor, id, 409, 'Quelqu’un d’autre a modifié cette demande entre-temps : voici son état actuel. Votre action n’a pas été enregistrée ; refaites-la si elle est toujours utile.');
        if (err.code === 'validation_failed') {
          const field = ((err.extra.invalidFields as { path: string }[] | undefined)?.[0]?.path ?? 'body').replace(/\./g, '-');
          const message = field === 'message' ? 'Écrivez le message à l’usager : ce statut en demande un.' : field === 'master' ? 'Aucune demande ne porte cette référence.' : field === 'masterCaseId' ? 'Une demande ne peut pas être regroupée avec elle-même ni avec une demande close.' : 'Écrivez un texte.';
          return casePage(c, actor, id, 422, undefined, [{ field, message }]);
        }
        return casePage(c, actor, id, 409, problemFr(err));
      }
      // A case handed to another directorate leaves this agent's sight: back to their queue.
      if (after && typeof after === 'object' && 'redirect' in after) return c.redirect(String(after.redirect), 303);
      return c.redirect(`/agent/demandes/${id}?fait=${done}`, 303);
    });

  action(
    'commentaire',
    async (actor, id, form) => {
      if (!form.body?.trim()) throw new DomainError('validation_failed', 'Empty', { invalidFields: [{ path: 'body', message: 'Required' }] });
      await commentCase(deps.core, actor, id, { visibility: form.visibility === 'public' ? 'public' : 'internal', body: form.body.trim() });
    },
    'note',
  );
  action('statut', (actor, id, form, version) => changeCaseStatus(deps.core, actor, id, { status: form.status as CaseStatus, message: form.message?.trim() || undefined, expectedVersion: version }), 'statut');
  action('transmettre', (actor, id, _form, version) => escalateCase(deps.core, actor, id, { expectedVersion: version }), 'transmise');
  action('accepter', (actor, id, _form, version) => acceptCase(deps.core, actor, id, { expectedVersion: version }), 'acceptee');
  // Without a choice (the "take it" button), to oneself; an empty choice puts it back in the queue.
  action('attribuer', (actor, id, form, version) => assignCase(deps.core, actor, id, { assigneeId: form.assigneeId === undefined ? actor.agentId : form.assigneeId || null, expectedVersion: version }), 'attribuee');
  action(
    'transferer',
    async (actor, id, form, version) => {
      if (!form.reason?.trim()) throw new DomainError('validation_failed', 'A reason', { invalidFields: [{ path: 'reason', message: 'Required' }] });
      const moved = await transferCase(deps.core, actor, id, { directorateId: form.directorateId ?? '', reason: form.reason.trim(), expectedVersion: version });
      const stillVisible = actor.role !== 'directorate_agent' || actor.directorateId === moved.directorateId;
      return stillVisible ? undefined : { redirect: `/agent/file?transferee=${encodeURIComponent(moved.reference)}` };
    },
    'transferee',
  );

  action(
    'regrouper',
    async (actor, id, form, version) => {
      const reference = parseReference(form.master ?? '');
      const master = reference ? await deps.core.store.cases.findByReference(reference) : null;
      if (!master) throw new DomainError('validation_failed', 'Unknown reference', { invalidFields: [{ path: 'master', message: 'Unknown' }] });
      await mergeCase(deps.core, actor, id, { masterCaseId: master.id, expectedVersion: version });
    },
    'regroupee',
  );

  // A scan or a photo, recorded at once on the internal timeline (the file's type from its bytes).
  app.post('/agent/demandes/:id/piece', async (c) => {
    checkOrigin(c, deps.identity.publicBaseUrl);
    const actor = await agentOf(c, deps);
    const id = c.req.param('id');
    if (!actor) return agentSignIn(c, deps, `/agent/demandes/${id}`);
    if (!UUID.test(id)) throw new DomainError('not_found', 'Case not found');
    const form = await c.req.parseBody();
    const file = form.file instanceof File && form.file.size > 0 ? form.file : null;
    if (!file) return casePage(c, actor, id, 422, undefined, [{ field: 'file', message: 'Choisissez un fichier.' }]);
    try {
      await attachToCase(deps.core, actor, id, await incomingFile(file, deps.detectContentType), deps.maxAttachmentBytes);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'not_found' || err.code === 'forbidden') throw err;
      return casePage(c, actor, id, 422, undefined, [{ field: 'file', message: problemFr(err) }]);
    }
    return c.redirect(`/agent/demandes/${id}?fait=piece`, 303);
  });

  const ALERT_FR: Record<string, string> = {
    acceptance_reminder: 'À prendre en charge',
    not_accepted_alert: 'Toujours pas prise en charge',
    deadline_at_risk: '⚠ Échéance proche',
    deadline_breached: '✗ Délai dépassé',
    transfer_loop_alert: '↻ Transférée plusieurs fois',
    reopened_by_resident: 'Rouverte par l’usager',
  };

  const CALL_EVENT_FR: Record<string, string> = { ringing: 'Sonne', answered: 'Décroché', ended: 'Terminé' };

  /** The screen pop: who is calling this agent's line, and their record one click away. */
  app.get('/agent/appels', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, '/agent/appels');
    const calls = await myCalls(deps.core, actor, 10);
    return sendPage(
      c,
      deps,
      <AgentPage deps={deps} actor={actor} title="Appels" section="agent-appels" scripts={['/assets/appels.js']}>
        <h1>Appels sur votre ligne</h1>
        <form method="get" action="/agent/appels" class="actions">
          <button type="submit" class="secondary">
            Actualiser
          </button>
        </form>
        <div id="auto" hidden>
          <input type="checkbox" id="auto-refresh" />
          <label for="auto-refresh" class="inline">
            Afficher les appels automatiquement (la page se recharge quand un appel arrive)
          </label>
        </div>
        <ol id="appels" class="cards" data-latest={calls[0]?.call.id ?? ''}>
          {calls.map(({ call, residents }) => (
            <li>
              <strong>{CALL_EVENT_FR[call.event] ?? call.event}</strong> — <time datetime={call.at.toISOString()}>{dateTimeFr(call.at)}</time> — {call.caller ?? 'numéro masqué'}
              <br />
              {residents.length ? (
                residents.map((r) => (
                  <>
                    <a href={`/agent/usagers/${r.id}?motif=appel`}>
                      {r.givenName} {r.familyName}
                    </a>{' '}
                  </>
                ))
              ) : (
                <>
                  Numéro inconnu. <a href="/agent/demandes/nouvelle">Nouvelle demande</a>
                </>
              )}
            </li>
          ))}
        </ol>
        {calls.length ? null : <p>Aucun appel pour le moment.</p>}
      </AgentPage>,
      200,
      { script: true },
    );
  });

  /** For the calls page's optional auto-refresh: the id of the latest call on this agent's line. */
  app.get('/agent/appels/dernier', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return c.text('', 401);
    const [latest] = await myCalls(deps.core, actor, 1);
    c.header('Cache-Control', 'no-store');
    return c.text(latest?.call.id ?? '');
  });

  app.get('/agent/alertes', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, ownPath(c));
    const unreadOnly = c.req.query('toutes') !== 'oui';
    const alerts = await listAlerts(deps.core, actor, { unreadOnly, limit: 100, cursor: null });
    return page(
      c,
      actor,
      'Alertes',
      'agent-alertes',
      <>
        <h1>Alertes</h1>
        <p>{unreadOnly ? <a href="/agent/alertes?toutes=oui">Voir aussi les alertes lues</a> : <a href="/agent/alertes">Voir les alertes non lues seulement</a>}</p>
        {alerts.items.length ? (
          <ul class="cards">
            {alerts.items.map((a) => (
              <li>
                <strong>{ALERT_FR[a.kind] ?? a.kind}</strong> — <a href={`/agent/demandes/${a.caseId}`}>demande {a.reference}</a>
                <br />
                <time datetime={a.createdAt.toISOString()}>{dateTimeFr(a.createdAt)}</time>
                {a.message?.text ? <blockquote>{a.message.text}</blockquote> : null}
                {a.readAt ? (
                  <p>Lue.</p>
                ) : (
                  <form method="post" action={`/agent/alertes/${a.id}/lue`}>
                    <button type="submit" class="secondary">
                      Marquer comme lue
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucune alerte{unreadOnly ? ' non lue' : ''}.</p>
        )}
      </>,
    );
  });

  app.post('/agent/alertes/:id/lue', async (c) => {
    checkOrigin(c, deps.identity.publicBaseUrl);
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, '/agent/alertes');
    const id = c.req.param('id');
    if (!UUID.test(id)) throw new DomainError('not_found', 'Alert not found');
    await markAlertRead(deps.core, actor, id);
    return c.redirect('/agent/alertes', 303);
  });

  app.get('/agent/file', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, ownPath(c));
    const directorates = await deps.core.store.catalogue.listDirectorates();
    const directorateId = c.req.query('direction') ?? actor.directorateId ?? directorates[0]?.id ?? '';
    // Whose cases: everyone's, mine, nobody's yet, or one colleague's.
    const assignment = (c.req.query('attribution') ?? '').slice(0, 100);
    const typeCode = c.req.query('type') || undefined;
    const [queue, colleagues] = await Promise.all([
      directorateQueue(deps.core, actor, directorateId, 100, c.req.query('suite') ?? null, {
        assigneeId: assignment === 'moi' ? (actor.agentId ?? '-') : assignment && assignment !== 'personne' ? assignment : undefined,
        unassigned: assignment === 'personne',
        requestTypeCode: typeCode,
      }),
      directorateAgents(deps.core, actor, directorateId),
    ]);
    const names = new Map(colleagues.map((a) => [a.id, a.displayName]));
    const allTypes = await listRequestTypes(deps.core, actor, {});
    const types = new Map(allTypes.map((t) => [t.code, t.label]));
    // A supervisor's Monday: what is late and what bounces between directorates comes first.
    const supervising = actor.role === 'supervisor' || actor.role === 'admin';
    const watch = supervising
      ? await Promise.all([
          listCases(deps.core, actor, { directorateId, deadlineState: ['breached'] }, 20, null, 'supervision'),
          listCases(deps.core, actor, { directorateId, minTransfers: 2 }, 20, null, 'supervision'),
        ])
      : null;
    const filters = `direction=${encodeURIComponent(directorateId)}${assignment ? `&attribution=${encodeURIComponent(assignment)}` : ''}${typeCode ? `&type=${encodeURIComponent(typeCode)}` : ''}`;
    const name = directorates.find((d) => d.id === directorateId)?.name ?? directorateId;
    return page(
      c,
      actor,
      `File — ${name}`,
      'agent-file',
      <>
        <h1>File de la direction : {name}</h1>
        <form method="get" action="/agent/file">
          <fieldset>
            <legend>Filtrer la file</legend>
            {actor.role !== 'directorate_agent' ? (
              <div class="field">
                <label for="direction">Direction</label>
                <select id="direction" name="direction">
                  {directorates.map((d) => (
                    <option value={d.id} selected={d.id === directorateId}>
                      {d.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : (
              <input type="hidden" name="direction" value={directorateId} />
            )}
            <div class="field">
              <label for="type">Type de demande</label>
              <select id="type" name="type">
                <option value="">Tous les types</option>
                {allTypes
                  .filter((t) => t.directorateId === directorateId)
                  .map((t) => (
                    <option value={t.code} selected={t.code === typeCode}>
                      {t.label}
                    </option>
                  ))}
              </select>
            </div>
            <div class="field">
              <label for="attribution">Attribution</label>
              <select id="attribution" name="attribution">
                <option value="">Toutes les demandes</option>
                {actor.agentId ? (
                  <option value="moi" selected={assignment === 'moi'}>
                    Attribuées à moi
                  </option>
                ) : null}
                <option value="personne" selected={assignment === 'personne'}>
                  Attribuées à personne
                </option>
                {colleagues
                  .filter((a) => a.id !== actor.agentId)
                  .map((a) => (
                    <option value={a.id} selected={assignment === a.id}>
                      Attribuées à {a.displayName}
                    </option>
                  ))}
              </select>
            </div>
            <div class="actions">
              <button type="submit" class="secondary">
                Afficher
              </button>
            </div>
          </fieldset>
        </form>
        {c.req.query('transferee') ? (
          <div class="notice success" role="status">
            <p>Demande {c.req.query('transferee')} transférée.</p>
          </div>
        ) : null}
        {watch ? (
          <section aria-labelledby="surveiller">
            <h2 id="surveiller">À surveiller</h2>
            {watch[0].items.length || watch[1].items.length ? (
              <ul>
                {watch[0].items.map((k) => (
                  <li>
                    ✗ Délai dépassé — <a href={`/agent/demandes/${k.id}`}>{k.reference}</a> ({types.get(k.requestTypeCode) ?? k.requestTypeCode}){k.dueAt ? `, échéance le ${dateFr(k.dueAt)}` : null}
                  </li>
                ))}
                {watch[1].items.map((k) => (
                  <li>
                    ↻ Transférée {k.transferCount} fois — <a href={`/agent/demandes/${k.id}`}>{k.reference}</a> ({types.get(k.requestTypeCode) ?? k.requestTypeCode})
                  </li>
                ))}
              </ul>
            ) : (
              <p>Aucune demande en retard ni transférée plusieurs fois.</p>
            )}
          </section>
        ) : null}
        <p>Demandes transmises, l’échéance la plus proche d’abord.</p>
        {queue.items.length ? (
          <table>
            <caption class="visually-hidden">Demandes de la direction, l’échéance la plus proche d’abord</caption>
            <thead>
              <tr>
                <th scope="col">Référence</th>
                <th scope="col">Type</th>
                <th scope="col">Statut</th>
                <th scope="col">Délai</th>
                <th scope="col">Échéance</th>
                <th scope="col">Attribuée à</th>
              </tr>
            </thead>
            <tbody>
              {queue.items.map((k) => (
                <tr>
                  <td>
                    <a href={`/agent/demandes/${k.id}`}>{k.reference}</a>
                  </td>
                  <td>{types.get(k.requestTypeCode) ?? k.requestTypeCode}</td>
                  <td>
                    {STATUS_FR[k.status]}
                    {k.status === 'escalated' && !k.acceptedAt ? ' — à prendre en charge' : null}
                  </td>
                  <td>{k.deadlineState ? DEADLINE_FR[k.deadlineState] : '—'}</td>
                  <td>{k.dueAt ? dateFr(k.dueAt) : '—'}</td>
                  <td>{k.assigneeId ? (k.assigneeId === actor.agentId ? 'Vous' : (names.get(k.assigneeId) ?? k.assigneeId)) : 'Personne'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>Aucune demande en attente.</p>
        )}
        {queue.nextCursor ? (
          <p>
            <a href={`/agent/file?${filters}&suite=${encodeURIComponent(queue.nextCursor)}`}>Suite de la file</a>
          </p>
        ) : null}
      </>,
    );
  });
}
