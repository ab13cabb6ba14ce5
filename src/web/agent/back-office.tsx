import type { Context } from 'hono';
import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import { lettersToPrint, markLetterPosted } from '../../core/notifications/letters.js';
import { dismissDuplicateResidents, listDuplicateResidents } from '../../core/residents/duplicates.js';
import { mergeResidents } from '../../core/residents/merge-residents.js';
import { decideLinkCandidate, listLinkCandidates } from '../../core/identity/link-candidates.js';
import { listQuarantined, readQuarantined, releaseQuarantined } from '../../core/inbound/quarantine.js';
import type { Resident } from '../../core/model.js';
import { checkOrigin } from '../../http/auth.js';
import type { App, HttpDeps } from '../../http/context.js';
import { dateFr, dateTimeFr } from '../../core/city-day.js';
import { problemFr } from '../problems-fr.js';
import { sendPage } from '../render.js';
import { AgentPage, agentOf, agentSignIn } from './agent-frame.js';
import { DUPLICATE_REASON_FR, DuplicateActions, Person } from './resident-summary.js';
import { DoneNotice, ProblemNotice } from '../components/notices.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const LETTER_FR: Record<string, string> = {
  acknowledgement: 'Accusé de réception',
  case_resolved: 'Réponse',
  awaiting_resident: 'Question à l’usager',
  case_rejected: 'Demande non recevable',
  case_escalated: 'Transmission au service',
};

/** What agents handled only through the API: possible duplicates to review, the mail room's letters to print. */
export function register(app: App, deps: HttpDeps) {
  const page = (c: Context, actor: Actor, title: string, body: unknown, status: 200 | 409 = 200, hasErrors = false) =>
    sendPage(
      c,
      deps,
      <AgentPage deps={deps} actor={actor} title={title} section="agent-bureau" hasErrors={hasErrors}>
        {body as never}
      </AgentPage>,
      status,
    );

  const duplicatesPage = async (c: Context, actor: Actor, notice?: string) => {
    const pairs = await listDuplicateResidents(deps.core, actor, 50, null);
    const done = c.req.query('fait');
    return page(
      c,
      actor,
      'Doublons possibles',
      <>
        <h1>Doublons possibles</h1>
        {done ? (
          <div class="notice success" role="status">
            <p>{done === 'fusion' ? 'Dossiers fusionnés : le second est rattaché au premier (réversible depuis l’API).' : 'Noté : ce ne sont pas les mêmes personnes.'}</p>
          </div>
        ) : null}
        <ProblemNotice text={notice} />
        {pairs.items.length ? (
          <ul class="cards">
            {pairs.items.map((p, i) => (
              <li>
                <h2 id={`paire-${i}`}>Paire {i + 1} : {p.reasons.map((r) => DUPLICATE_REASON_FR[r] ?? r).join(', ')}</h2>
                <p>
                  <Person r={p.residentA} />
                </p>
                <p>
                  <Person r={p.residentB} />
                </p>
                <p class="hint">Détectée le {dateTimeFr(p.detectedAt)}</p>
                <DuplicateActions keep={p.residentA.id} other={p.residentB.id} describedBy={`paire-${i}`} mergeLabel="Fusionner dans le premier" notSameLabel="Ce ne sont pas les mêmes personnes" />
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucun doublon possible à examiner.</p>
        )}
      </>,
      notice ? 409 : 200,
      !!notice,
    );
  };

  app.get('/agent/doublons', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, '/agent/doublons');
    return duplicatesPage(c, actor);
  });

  const post = (path: string, run: (actor: Actor, form: Record<string, string>) => Promise<unknown>, done: string, back: string, again: (c: Context, actor: Actor, notice: string) => Promise<Response>) =>
    app.post(path, async (c) => {
      checkOrigin(c, deps.identity.publicBaseUrl);
      const actor = await agentOf(c, deps);
      if (!actor) return agentSignIn(c, deps, back);
      const form: Record<string, string> = {};
      for (const [k, v] of Object.entries(await c.req.parseBody())) if (typeof v === 'string') form[k] = v.slice(0, 100);
      try {
        await run(actor, form);
      } catch (err) {
        if (!(err instanceof DomainError) || err.code === 'forbidden' || err.code === 'not_found') throw err;
        return again(c, actor, problemFr(err));
      }
      // From a resident's record, back to it (the record the agent was working on).
      const record = form.retour && UUID.test(form.retour) ? `/agent/usagers/${form.retour}` : null;
      return c.redirect(`${record ?? back}?fait=${done}`, 303);
    });

  const ids = (...values: (string | undefined)[]) => {
    if (!values.every((v) => v && UUID.test(v))) throw new DomainError('validation_failed', 'Two resident ids', { detailFr: 'Choisissez une paire dans la liste.' });
    return values as string[];
  };
  post('/agent/doublons/fusion', (actor, f) => {
    const [survivorId, duplicateId] = ids(f.survivorId, f.duplicateId);
    return mergeResidents(deps.core, actor, { survivorId: survivorId!, duplicateId: duplicateId! });
  }, 'fusion', '/agent/doublons', duplicatesPage);
  post('/agent/doublons/distincts', (actor, f) => {
    const [a, b] = ids(f.a, f.b);
    return dismissDuplicateResidents(deps.core, actor, a!, b!);
  }, 'distincts', '/agent/doublons', duplicatesPage);

  const identitiesPage = async (c: Context, actor: Actor, notice?: string) => {
    const candidates = await listLinkCandidates(deps.core, actor, 50);
    const residents = new Map(
      (await Promise.all([...new Set(candidates.map((k) => k.residentId))].map((id) => deps.core.store.residents.findById(id)))).filter((r): r is Resident => !!r).map((r) => [r.id, r]),
    );
    return page(
      c,
      actor,
      'Connexions FranceConnect à rapprocher',
      <>
        <h1>Connexions FranceConnect à rapprocher</h1>
        <p>Une première connexion FranceConnect ressemble à un dossier existant sans certitude : confirmez-vous que c’est la même personne ?</p>
        <DoneNotice text={c.req.query('fait') === 'confirme' ? 'Rapprochement confirmé : les deux dossiers n’en font plus qu’un.' : c.req.query('fait') === 'rejete' ? 'Noté : ce n’est pas la même personne.' : null} />
        <ProblemNotice text={notice} />
        {candidates.length ? (
          <ul class="cards">
            {candidates.map((k, i) => {
              const r = residents.get(k.residentId);
              return (
                <li>
                  <h2 id={`candidat-${i}`}>
                    {k.certified ? `${k.certified.givenName} ${k.certified.familyName}` : 'Identité'} ({k.provider})
                  </h2>
                  <p>
                    Identité certifiée : {k.certified ? `née le ${dateFr(new Date(k.certified.birthDate))}, lieu de naissance ${k.certified.birthplace ?? 'à l’étranger'}` : '—'}
                  </p>
                  <p>Dossier existant : {r ? <Person r={r} /> : 'introuvable'}</p>
                  <div class="actions">
                    <form method="post" action={`/agent/identites/${k.id}/decision`} class="inline-form">
                      <input type="hidden" name="decision" value="confirmed" />
                      <button type="submit" aria-describedby={`candidat-${i}`}>
                        C’est la même personne
                      </button>
                    </form>
                    <form method="post" action={`/agent/identites/${k.id}/decision`} class="inline-form">
                      <input type="hidden" name="decision" value="rejected" />
                      <button type="submit" class="secondary" aria-describedby={`candidat-${i}`}>
                        Ce n’est pas la même personne
                      </button>
                    </form>
                  </div>
                </li>
              );
            })}
          </ul>
        ) : (
          <p>Aucune connexion à rapprocher.</p>
        )}
      </>,
      notice ? 409 : 200,
      !!notice,
    );
  };

  app.get('/agent/identites', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, '/agent/identites');
    return identitiesPage(c, actor);
  });

  app.post('/agent/identites/:id/decision', async (c) => {
    checkOrigin(c, deps.identity.publicBaseUrl);
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, '/agent/identites');
    const id = c.req.param('id');
    if (!UUID.test(id)) throw new DomainError('not_found', 'Identity link candidate not found');
    const decision = (await c.req.parseBody()).decision === 'confirmed' ? 'confirmed' : 'rejected';
    try {
      await decideLinkCandidate(deps.core, actor, id, decision);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'forbidden' || err.code === 'not_found') throw err;
      return identitiesPage(c, actor, problemFr(err));
    }
    return c.redirect(`/agent/identites?fait=${decision === 'confirmed' ? 'confirme' : 'rejete'}`, 303);
  });

  const lettersPage = async (c: Context, actor: Actor, notice?: string) => {
    const letters = await lettersToPrint(deps.core, actor);
    return page(
      c,
      actor,
      'Courriers à imprimer',
      <>
        <h1>Courriers à imprimer</h1>
        {c.req.query('fait') ? (
          <div class="notice success" role="status">
            <p>Courrier noté comme posté.</p>
          </div>
        ) : null}
        <ProblemNotice text={notice} />
        {letters.length ? (
          <table>
            <caption class="visually-hidden">Courriers à imprimer et poster, les plus anciens d’abord</caption>
            <thead>
              <tr>
                <th scope="col">Demande</th>
                <th scope="col">Courrier</th>
                <th scope="col">Depuis le</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {letters.map((l) => (
                <tr>
                  <td>
                    <a href={`/agent/demandes/${l.caseId}`}>{l.reference}</a>
                  </td>
                  <td>{LETTER_FR[l.kind] ?? l.kind}</td>
                  <td>{dateTimeFr(l.createdAt)}</td>
                  <td>
                    <a href={`/v1/letters/${l.id}/letter.pdf`}>Imprimer (PDF)</a>
                    <form method="post" action={`/agent/courriers/${l.id}/poste`} class="inline-form">
                      <button type="submit" class="secondary" aria-label={`Noter le courrier ${l.reference} comme posté`}>
                        Posté
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>Aucun courrier à imprimer.</p>
        )}
      </>,
      notice ? 409 : 200,
      !!notice,
    );
  };

  app.get('/agent/courriers', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, '/agent/courriers');
    return lettersPage(c, actor);
  });

  app.post('/agent/courriers/:id/poste', async (c) => {
    checkOrigin(c, deps.identity.publicBaseUrl);
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, '/agent/courriers');
    const id = c.req.param('id');
    if (!UUID.test(id)) throw new DomainError('not_found', 'Letter not found');
    try {
      await markLetterPosted(deps.core, actor, id);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'forbidden' || err.code === 'not_found') throw err;
      return lettersPage(c, actor, problemFr(err));
    }
    return c.redirect('/agent/courriers?fait=poste', 303);
  });

  const sizeFr = (n: number) => (n < 1024 ? `${n} octets` : n < 1024 * 1024 ? `${Math.ceil(n / 1024)} Kio` : `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} Mio`);

  const quarantinePage = async (c: Context, actor: Actor, notice?: string) => {
    const messages = await listQuarantined(deps.core, actor);
    return page(
      c,
      actor,
      'Courriels en quarantaine',
      <>
        <h1>Courriels en quarantaine</h1>
        <p>Les messages que le canal courriel n’a pas pu lire. Lisez-les, enregistrez la demande qu’ils contiennent s’il y en a une, puis marquez-les comme traités : le message est alors supprimé.</p>
        {c.req.query('fait') ? (
          <div class="notice success" role="status">
            <p>Message traité et supprimé.</p>
          </div>
        ) : null}
        <ProblemNotice text={notice} />
        {messages.length ? (
          <table>
            <caption class="visually-hidden">Courriels en quarantaine, les plus anciens d’abord</caption>
            <thead>
              <tr>
                <th scope="col">Reçu le</th>
                <th scope="col">Motif</th>
                <th scope="col">Taille</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr>
                  <td>{dateTimeFr(m.receivedAt)}</td>
                  <td>{m.reason}</td>
                  <td>{sizeFr(m.size)}</td>
                  <td>
                    <a href={`/agent/courriels/${m.id}`} aria-label={`Lire le message reçu le ${dateTimeFr(m.receivedAt)}`}>
                      Lire
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>Aucun courriel en quarantaine.</p>
        )}
      </>,
      notice ? 409 : 200,
      !!notice,
    );
  };

  app.get('/agent/courriels', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, '/agent/courriels');
    return quarantinePage(c, actor);
  });

  app.get('/agent/courriels/:id', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, `/agent/courriels/${encodeURIComponent(c.req.param('id'))}`);
    const id = c.req.param('id');
    if (!UUID.test(id)) throw new DomainError('not_found', 'Quarantined message not found');
    const { message, content } = await readQuarantined(deps.core, actor, id);
    const preview = content && deps.email ? await deps.email.preview(content) : null;
    return page(
      c,
      actor,
      'Courriel en quarantaine',
      <>
        <h1>Courriel en quarantaine</h1>
        <dl class="summary">
          <dt>Reçu le</dt>
          <dd>{dateTimeFr(message.receivedAt)}</dd>
          <dt>Motif</dt>
          <dd>{message.reason}</dd>
          <dt>Expéditeur</dt>
          <dd>{preview?.from ?? 'Illisible'}</dd>
          <dt>Objet</dt>
          <dd>{preview?.subject ?? '—'}</dd>
          <dt>Pièces jointes</dt>
          <dd>{preview?.attachments.length ? preview.attachments.join(', ') : 'Aucune'}</dd>
        </dl>
        <h2>Texte du message</h2>
        {preview ? <pre class="message">{preview.text || '(vide)'}</pre> : <p>Le message ne peut pas être affiché. Téléchargez-le pour l’ouvrir dans une messagerie.</p>}
        <div class="actions">
          {content ? (
            <a class="button secondary" href={`/agent/courriels/${message.id}/message.eml`}>
              Télécharger le message ({sizeFr(message.size)})
            </a>
          ) : null}
          <a class="button secondary" href="/agent/demandes/nouvelle?channel=email">
            Enregistrer une demande
          </a>
          <form method="post" action={`/agent/courriels/${message.id}/traite`} class="inline-form">
            <button type="submit">Marquer comme traité et supprimer</button>
          </form>
        </div>
      </>,
    );
  });

  app.get('/agent/courriels/:id/message.eml', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, '/agent/courriels');
    const id = c.req.param('id');
    if (!UUID.test(id)) throw new DomainError('not_found', 'Quarantined message not found');
    const { content } = await readQuarantined(deps.core, actor, id);
    if (!content) throw new DomainError('not_found', 'Quarantined message not found');
    // Downloaded, never rendered: an unreadable message may be hostile.
    return c.body(content as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'message/rfc822',
      'content-disposition': `attachment; filename="quarantaine-${id}.eml"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
  });

  app.post('/agent/courriels/:id/traite', async (c) => {
    checkOrigin(c, deps.identity.publicBaseUrl);
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, '/agent/courriels');
    const id = c.req.param('id');
    if (!UUID.test(id)) throw new DomainError('not_found', 'Quarantined message not found');
    try {
      await releaseQuarantined(deps.core, actor, id);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'forbidden') throw err;
      return quarantinePage(c, actor, 'Ce message n’est plus en quarantaine : un autre agent l’a déjà traité.');
    }
    return c.redirect('/agent/courriels?fait=traite', 303);
  });
}
