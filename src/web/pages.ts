import type { App, HttpDeps } from '../http/context.js';
import * as agentConsole from './agent/console.js';
import * as backOffice from './agent/back-office.js';
import * as statisticsPage from './agent/statistics-page.js';
import * as assets from './assets.js';
import * as avis from './avis.js';
import * as demande from './demande.js';
import * as espace from './espace.js';
import * as home from './home.js';
import * as legal from './legal.js';
import * as openData from './open-data.js';
import * as suivi from './suivi.js';

/** The residents' pages and the agent console, in the same app as the API and over the same use cases. */
export const PAGES = [assets, home, suivi, demande, espace, legal, openData, avis, agentConsole, backOffice, statisticsPage];

export function registerPages(app: App, deps: HttpDeps): void {
  for (const p of PAGES) p.register(app, deps);
}

export { errorPage, isPageRequest, notFoundPage } from './error-pages.js';
