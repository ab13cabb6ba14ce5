import type { Child } from 'hono/jsx';

export type Section = 'accueil' | 'demande' | 'suivi' | 'espace' | 'autre' | 'agent-recherche' | 'agent-nouvelle' | 'agent-file' | 'agent-alertes' | 'agent-bureau' | 'agent-appels' | 'agent-stats';

export interface NavItem {
  href: string;
  label: string;
  section: Section;
}

export interface LayoutProps {
  /** Where the person is, first: "Erreur : …" is added when the page shows errors. */
  title: string;
  city: string;
  section: Section;
  hasErrors?: boolean;
  signedIn?: boolean;
  /** The agent console's menu and name instead of the residents' (same frame, same rules). */
  nav?: NavItem[];
  brandSub?: string;
  brandHref?: string;
  /** Scripts of this site the page enhances itself with (the pages work without them). */
  scripts?: string[];
  /** Something the page puts after the menu (the agent's sign-out form). */
  after?: Child;
  children?: Child;
}

const NAV: NavItem[] = [
  { href: '/demande', label: 'Faire une demande', section: 'demande' },
  { href: '/suivi', label: 'Suivre une demande', section: 'suivi' },
  { href: '/espace', label: 'Mon espace', section: 'espace' },
];

/** Every page's frame: one h1 is the page's, the landmarks and the skip link are here. */
export function Layout(p: LayoutProps) {
  return (
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${p.hasErrors ? 'Erreur : ' : ''}${p.title} — ${p.city}`}</title>
        <link rel="stylesheet" href="/assets/guichet.css" />
        <link rel="stylesheet" href="/assets/theme.css" />
      </head>
      <body>
        <a class="skip" href="#contenu">
          Aller au contenu
        </a>
        <header class="site">
          <div class="wrap">
            <a class="brand" href={p.brandHref ?? '/'}>
              {p.city}
              <span>{p.brandSub ?? 'Relation usagers'}</span>
            </a>
            <nav class="main" aria-label="Menu principal">
              <ul>
                {(p.nav ?? NAV).map((n) => (
                  <li>
                    <a href={n.href} aria-current={n.section === p.section ? 'page' : undefined}>
                      {n.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {p.after}
          </div>
        </header>
        <main id="contenu" tabindex={-1}>
          <div class="wrap">{p.children}</div>
        </main>
        <footer class="site">
          <div class="wrap">
            <ul>
              <li>
                <a href="/accessibilite">Accessibilité : partiellement conforme</a>
              </li>
              <li>
                <a href="/donnees-personnelles">Données personnelles</a>
              </li>
              <li>
                <a href="/qualite-de-service">Qualité de service</a>
              </li>
              <li>
                <a href="/donnees-ouvertes">Données ouvertes</a>
              </li>
            </ul>
            <p>{p.city} — service relation usagers</p>
          </div>
        </footer>
        {(p.scripts ?? []).map((src) => (
          <script src={src} defer></script>
        ))}
      </body>
    </html>
  );
}
