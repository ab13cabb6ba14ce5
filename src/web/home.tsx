import type { App, HttpDeps } from '../http/context.js';
import { Layout } from './layout.js';
import { sendPage } from './render.js';

export function register(app: App, deps: HttpDeps) {
  app.get('/', (c) =>
    sendPage(
      c,
      deps,
      <Layout title="Vos demandes à la mairie" city={deps.core.city.name} section="accueil">
        <h1>Vos demandes à {deps.core.city.name}</h1>
        <p class="lead">Signalez un problème, demandez un document ou une information : votre demande est enregistrée, confiée au service compétent, et vous suivez la réponse.</p>
        <ul class="cards">
          <li>
            <a href="/demande">Faire une demande</a>
            <br />
            Sans compte, en quelques minutes. Vous recevez une référence et un code de suivi.
          </li>
          <li>
            <a href="/suivi">Suivre une demande</a>
            <br />
            Avec la référence et le code de suivi reçus au dépôt, au guichet, par courrier ou par message.
          </li>
          <li>
            <a href="/espace">Mon espace</a>
            <br />
            Avec FranceConnect : toutes vos demandes, vos réponses au service, et qui a consulté votre dossier.
          </li>
        </ul>
      </Layout>,
    ),
  );
}
