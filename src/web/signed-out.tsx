import type { Context } from 'hono';
import type { HttpDeps } from '../http/context.js';
import { Layout } from './layout.js';
import { sendPage } from './render.js';

/** Where a resident lands after signing out here and at FranceConnect. */
export function signedOutPage(c: Context, deps: HttpDeps): Promise<Response> {
  return sendPage(
    c,
    deps,
    <Layout title="Vous êtes déconnecté(e)" city={deps.core.city.name} section="espace">
      <h1>Vous êtes déconnecté(e)</h1>
      <p>Vous êtes déconnecté(e) de votre espace et de FranceConnect. À bientôt !</p>
      <p>
        <a href="/espace">Se reconnecter</a> ou <a href="/">revenir à l’accueil</a>.
      </p>
    </Layout>,
  );
}
