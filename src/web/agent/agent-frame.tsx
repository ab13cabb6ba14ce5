import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { Actor } from '../../core/actor.js';
import { sessionActor } from '../../http/auth.js';
import type { HttpDeps } from '../../http/context.js';
import { Layout, type NavItem, type Section } from '../layout.js';
import { sendPage } from '../render.js';

/** The console's menu: what the agent's role works with. */
function navFor(actor: Actor): NavItem[] {
  const items: NavItem[] = [
    { href: '/agent', label: 'Rechercher', section: 'agent-recherche' },
    { href: '/agent/demandes/nouvelle', label: 'Nouvelle demande', section: 'agent-nouvelle' },
  ];
  if (actor.role === 'counter_agent' || actor.role === 'supervisor' || actor.role === 'admin') items.push({ href: '/agent/appels', label: 'Appels', section: 'agent-appels' });
  if (actor.role === 'directorate_agent' || actor.role === 'supervisor' || actor.role === 'admin') {
    items.push({ href: '/agent/file', label: 'File de la direction', section: 'agent-file' });
    items.push({ href: '/agent/alertes', label: 'Alertes', section: 'agent-alertes' });
    items.push({ href: '/agent/statistiques', label: 'Statistiques', section: 'agent-stats' });
  }
  if (actor.role === 'counter_agent' || actor.role === 'supervisor' || actor.role === 'admin') {
    items.push({ href: '/agent/doublons', label: 'Doublons', section: 'agent-bureau' });
    items.push({ href: '/agent/courriers', label: 'Courriers', section: 'agent-bureau' });
    items.push({ href: '/agent/courriels', label: 'Courriels en quarantaine', section: 'agent-bureau' });
    items.push({ href: '/agent/identites', label: 'FranceConnect', section: 'agent-bureau' });
  }
  return items;
}

/** The search box every console page carries in its header (the search page has its own, larger). */
function HeaderSearch() {
  return (
    <form method="get" action="/agent/recherche" role="search" aria-label="Recherche rapide" class="header-search">
      <label for="q-entete">Rechercher</label>
      <input id="q-entete" name="q" type="search" autocomplete="off" placeholder="Nom, téléphone, courriel, référence" />
      <button type="submit" class="secondary">
        OK
      </button>
    </form>
  );
}

export function AgentPage(p: { deps: HttpDeps; actor: Actor; title: string; section: Section; hasErrors?: boolean; scripts?: string[]; headerSearch?: boolean; children?: Child }) {
  return (
    <Layout
      title={p.title}
      city={p.deps.core.city.name}
      section={p.section}
      hasErrors={p.hasErrors ?? false}
      nav={navFor(p.actor)}
      brandSub={`Console des agents — ${p.actor.label ?? p.actor.agentId ?? ''}`}
      brandHref="/agent"
      scripts={p.scripts ?? []}
      after={
        <>
        {p.headerSearch === false ? null : <HeaderSearch />}
        <form method="post" action="/auth/logout" class="inline-form">
          <button type="submit" class="secondary">
            Se déconnecter
          </button>
        </form>
        </>
      }
    >
      {p.children}
    </Layout>
  );
}

/** The agent behind the session (ProConnect or the city's IdP), or null. */
export async function agentOf(c: Context, deps: HttpDeps): Promise<Actor | null> {
  const actor = await sessionActor(c, deps);
  return actor && actor.role !== 'resident' && actor.role !== 'integrator' ? actor : null;
}

/** The way in for agents; a console page asked for without a session answers it with 401. */
export function agentSignIn(c: Context, deps: HttpDeps, returnTo: string): Promise<Response> {
  const parties = [...deps.identity.parties.values()].filter((rp) => rp.provider.role === 'agent');
  return sendPage(
    c,
    deps,
    <Layout title="Console des agents" city={deps.core.city.name} section="autre" brandSub="Console des agents" brandHref="/agent" nav={[]}>
      <h1>Console des agents</h1>
      {parties.length ? (
        <>
          <p>Connectez-vous avec votre compte professionnel.</p>
          <ul class="cards">
            {parties.map((rp) => (
              <li>
                <a href={`/auth/login/${encodeURIComponent(rp.provider.id)}?returnTo=${encodeURIComponent(returnTo)}`}>S’identifier avec {rp.provider.label}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Aucun fournisseur d’identité pour les agents n’est configuré (IDENTITY_PROVIDERS).</p>
      )}
    </Layout>,
    returnTo === '/agent' ? 200 : 401,
  );
}
