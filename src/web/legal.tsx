import type { App, HttpDeps } from '../http/context.js';
import { filingCatalogue } from '../core/public/filing-catalogue.js';
import { Layout } from './layout.js';
import { sendPage } from './render.js';

/** The accessibility statement and the personal data notice a French public service publishes. */
export function register(app: App, deps: HttpDeps) {

  app.get('/accessibilite', (c) =>
    sendPage(
      c,
      deps,
      <Layout title="Déclaration d’accessibilité" city={deps.core.city.name} section="autre">
        <h1>Déclaration d’accessibilité</h1>
        <p>{deps.core.city.name} s’engage à rendre ses services en ligne accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.</p>
        <p>Cette déclaration s’applique aux pages de la relation usagers : faire une demande, suivre une demande, mon espace.</p>
        <h2>État de conformité</h2>
        <p>
          Ces pages sont <strong>partiellement conformes</strong> au référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1 : aucun audit complet par un organisme indépendant n’a encore été réalisé.
        </p>
        <h2>Ce qui est vérifié</h2>
        <ul>
          <li>À chaque modification, chaque page et chaque état de formulaire (erreurs comprises) est contrôlé dans un vrai navigateur par l’outil axe-core : aucune erreur grave ou critique n’est acceptée.</li>
          <li>Chaque parcours (déposer, suivre, se connecter, répondre, rouvrir) est testé au clavier seul.</li>
          <li>Les pages fonctionnent sans JavaScript, se lisent agrandies à 200 %, et ne transmettent aucune information par la couleur seule.</li>
        </ul>
        <h2>Technologies utilisées</h2>
        <p>HTML5, CSS. Aucun script n’est nécessaire.</p>
        <h2>Retour d’information et contact</h2>
        <p>Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez-nous{deps.core.city.contact ? ` (${deps.core.city.contact})` : ' à l’accueil de la mairie'} pour être orienté(e) vers une alternative accessible ou obtenir le contenu sous une autre forme.</p>
        <h2>Voies de recours</h2>
        <p>Si vous nous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez écrire au Défenseur des droits, contacter son délégué dans votre région, ou lui écrire par courrier (gratuit, sans timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</p>
      </Layout>,
    ),
  );

  app.get('/donnees-personnelles', async (c) => {
    const kept = (await filingCatalogue(deps.core)).flatMap((g) => g.types).filter((t) => t.retentionDays);
    return sendPage(
      c,
      deps,
      <Layout title="Données personnelles" city={deps.core.city.name} section="autre">
        <h1>Données personnelles</h1>
        <h2>Qui traite vos données</h2>
        <p>{deps.core.city.name} (responsable du traitement), pour instruire les demandes que vous lui adressez et vous répondre.{deps.core.city.contact ? ` Contact : ${deps.core.city.contact}.` : ''}</p>
        <h2>Pourquoi et sur quelle base</h2>
        <p>Le traitement de vos demandes relève de la mission d’intérêt public de la commune (article 6-1-e du RGPD) et des règles des relations entre le public et l’administration (code des relations entre le public et l’administration).</p>
        <h2>Quelles données</h2>
        <ul>
          <li>Votre demande : sa description, le lieu, les pièces jointes, les échanges avec le service.</li>
          <li>Vos coordonnées, si vous les donnez : nom, prénom, adresse électronique, téléphone, adresse postale. Une adresse ou un numéro que vous donnez n’est utilisé pour vos autres demandes qu’une fois vérifié.</li>
          <li>Si vous vous identifiez avec FranceConnect : votre identité telle que FranceConnect la transmet (nom, prénoms, date et lieu de naissance, adresse électronique).</li>
        </ul>
        <h2>Qui y accède</h2>
        <p>Les agents de la ville qui traitent votre demande : l’accueil, puis le service compétent. Chaque consultation de votre dossier est enregistrée avec son motif ; vous la voyez dans <a href="/espace/consultations">Mon espace</a>. Aucune donnée n’est vendue ni transmise à des fins commerciales, et ces pages ne chargent rien depuis un autre site (ni police, ni mesure d’audience).</p>
        <h2>Combien de temps</h2>
        <p>Vos demandes sont conservées le temps de leur traitement, puis pendant la durée fixée par la ville pour chaque type de demande, avant d’être anonymisées.</p>
        {kept.length ? (
          <ul>
            {kept.map((t) => (
              <li>
                {t.label} : {t.retentionDays} jours après la clôture
              </li>
            ))}
          </ul>
        ) : null}
        <h2>Vos droits</h2>
        <p>Vous pouvez accéder à vos données, les faire rectifier ou effacer, demander la limitation de leur traitement ou vous y opposer, dans les limites prévues par la loi (une demande que la commune doit conserver ne peut pas être effacée ; on vous dira pourquoi). Adressez-vous {deps.core.city.contact ? `à ${deps.core.city.contact}` : 'à l’accueil de la mairie'}, en précisant « données personnelles ».</p>
        <p>Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (www.cnil.fr).</p>
        <h2>Cookies</h2>
        <p>Un seul cookie, nécessaire au fonctionnement : celui de votre session quand vous êtes connecté(e). Aucun cookie de mesure d’audience ou de publicité.</p>
      </Layout>,
    );
  });
}
