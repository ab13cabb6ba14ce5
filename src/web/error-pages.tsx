import type { Context } from 'hono';
import { DomainError } from '../core/errors.js';
import type { HttpDeps } from '../http/context.js';
import { STATUS } from '../http/problem.js';
import type { Logger } from '../logger.js';
import { Layout } from './layout.js';
import { problemFr } from './problems-fr.js';
import { sendPage } from './render.js';

const PAGE_PREFIXES = ['/suivi', '/demande', '/espace', '/agent', '/accessibilite', '/donnees-personnelles', '/confirmer', '/assets'];

/** A person's browser, not an API client: page paths, or any path outside the API asked for as HTML. */
export function isPageRequest(c: Context): boolean {
  const path = c.req.path;
  if (path === '/' || PAGE_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) return true;
  if (path.startsWith('/v1/') || path.startsWith('/webhooks/') || path.startsWith('/open311/')) return false;
  return (c.req.header('accept') ?? '').includes('text/html');
}

export function notFoundPage(c: Context, deps: HttpDeps): Promise<Response> {
  return sendPage(
    c,
    deps,
    <Layout title="Page introuvable" city={deps.core.city.name} section="autre">
      <h1>Page introuvable</h1>
      <p>La page ou la demande que vous cherchez n’existe pas, ou vous n’y avez pas accès.</p>
      <p>Si vous avez tapé l’adresse, vérifiez-la. Sinon :</p>
      <ul>
        <li>
          <a href="/suivi">suivre une demande</a> avec sa référence et son code de suivi ;
        </li>
        <li>
          <a href="/demande">faire une demande</a> ;
        </li>
        <li>
          retrouver vos demandes dans <a href="/espace">votre espace</a>.
        </li>
      </ul>
    </Layout>,
    404,
  );
}

/** The French page for an error a page's handler did not turn into a form message. */
export function errorPage(err: unknown, c: Context, deps: HttpDeps, logger: Logger): Promise<Response> {
  if (err instanceof DomainError && err.code === 'not_found') return notFoundPage(c, deps);
  if (err instanceof DomainError) {
    const status = STATUS[err.code];
    return sendPage(
      c,
      deps,
      <Layout title="Action impossible" city={deps.core.city.name} section="autre">
        <h1>Action impossible</h1>
        <p>{problemFr(err)}</p>
        <p>
          <a href="/">Revenir à l’accueil</a>
        </p>
      </Layout>,
      status,
    );
  }
  logger.error({ err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack } }, 'unhandled error on a page');
  return sendPage(
    c,
    deps,
    <Layout title="Erreur technique" city={deps.core.city.name} section="autre">
      <h1>Une erreur technique est survenue</h1>
      <p>Votre dernière action n’a pas été enregistrée. Réessayez dans quelques instants.</p>
      <p>Si le problème continue, contactez la mairie{deps.core.city.contact ? ` (${deps.core.city.contact})` : ''} en indiquant ce code : {c.get('requestId' as never)}.</p>
      <p>
        <a href="/">Revenir à l’accueil</a>
      </p>
    </Layout>,
    500,
  );
}
