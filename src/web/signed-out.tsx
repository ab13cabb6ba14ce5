import type { Context } from 'hono';
import type { HttpDeps } from '../http/context.js';
import { Layout } from './layout.js';
import { sendPage } from './render.js';

/** Where a resident or an agent lands after signing out here and at their identity provider. */
export function signedOutPage(c: Context, deps: HttpDeps): Promise<Response> {
  return sendPage(
    c,
    deps,
    <Layout title="Vous êtes déconnecté(e)" city={deps.core.city.name} section="espace">
      <h1>Vous êtes déconnecté(e)</h1>
      <p>Vous êtes déconnecté(e) de Guichet et de votre compte (FranceConnect, ProConnect ou compte de la ville). À bientôt !</p>
      <p>
        <a href="/espace">Revenir à mon espace</a>, <a href="/agent">à la console des agents</a> ou <a href="/">à l’accueil</a>.
      </p>
    </Layout>,
  );
}
