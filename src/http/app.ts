import { bodyLimit } from 'hono/body-limit';
import type { Context } from 'hono';
import { randomUUID } from 'node:crypto';
import { VERSION } from '../version.js';
import { finishDocument } from './api-contract.js';
import { registerProblemPages } from './problem-pages.js';
import { DomainError } from '../core/errors.js';
import { authenticate, cachedKeys } from './auth.js';
import { registerOpen311 } from './open311.js';
import { registerApiDocs } from './api-docs.js';
import { httpTracing } from './tracing.js';
import { sameSecret } from '../secrets.js';
import { newRouter, type App, type HttpDeps } from './context.js';
import { errorToProblem, problem } from './problem.js';
import { errorPage, isPageRequest, notFoundPage, registerPages } from '../web/pages.js';
import * as health from './routes/health.js';
import * as listDirectorates from './routes/v1_directorates_listDirectorates.js';
import * as getArticle from './routes/v1_knowledgeArticles_getArticle.js';
import * as searchArticles from './routes/v1_knowledgeArticles_searchArticles.js';
import * as listRequestTypes from './routes/v1_requestTypes_listRequestTypes.js';
import * as undoMerge from './routes/v1_residentMerges_undoMerge.js';
import * as dismissDuplicate from './routes/v1_residents_dismissDuplicate.js';
import * as getResident from './routes/v1_residents_getResident.js';
import * as listDuplicates from './routes/v1_residents_listDuplicates.js';
import * as mergeResidents from './routes/v1_residents_mergeResidents.js';
import * as searchResidents from './routes/v1_residents_searchResidents.js';
import * as addCaseEvent from './routes/v1_cases_addEvent.js';
import * as assignCase from './routes/v1_cases_assignCase.js';
import * as changeCaseStatus from './routes/v1_cases_changeStatus.js';
import * as createCase from './routes/v1_cases_createCase.js';
import * as escalateCase from './routes/v1_cases_escalateCase.js';
import * as getCase from './routes/v1_cases_getCase.js';
import * as listCaseEvents from './routes/v1_cases_listEvents.js';
import * as listCases from './routes/v1_cases_listCases.js';
import * as mergeCase from './routes/v1_cases_mergeCase.js';
import * as acceptCase from './routes/v1_cases_acceptCase.js';
import * as transferCase from './routes/v1_cases_transferCase.js';
import * as getQueue from './routes/v1_directorates_getQueue.js';
import * as setAbsence from './routes/v1_agents_setAbsence.js';
import * as login from './routes/auth_login.js';
import * as loginCallback from './routes/auth_callback.js';
import * as logout from './routes/auth_logout.js';
import * as loggedOut from './routes/auth_loggedOut.js';
import * as listProviders from './routes/auth_listProviders.js';
import * as serviceJwks from './routes/auth_jwks.js';
import * as getMe from './routes/v1_me_getMe.js';
import * as listMyCases from './routes/v1_me_listCases.js';
import * as getMyCase from './routes/v1_me_getCase.js';
import * as createMyCase from './routes/v1_me_createCase.js';
import * as postMyMessage from './routes/v1_me_postMessage.js';
import * as reopenMyCase from './routes/v1_me_reopenCase.js';
import * as myAccessLog from './routes/v1_me_accessLog.js';
import * as createPublicCase from './routes/v1_public_createCase.js';
import * as trackPublicCase from './routes/v1_public_trackCase.js';
import * as listLinkCandidates from './routes/v1_identityLinks_listCandidates.js';
import * as decideIdentityLink from './routes/v1_identityLinks_decide.js';
import * as uploadMyAttachment from './routes/v1_me_uploadAttachment.js';
import * as getMyAttachment from './routes/v1_me_getAttachment.js';
import * as uploadCaseAttachment from './routes/v1_cases_uploadAttachment.js';
import * as getCaseAttachment from './routes/v1_cases_getAttachment.js';
import * as reportCallEvent from './routes/v1_telephony_callEvent.js';
import * as recordLetter from './routes/v1_postalMail_recordLetter.js';
import * as ingestEmail from './routes/v1_inbound_email.js';
import * as smsDeliveryReport from './routes/webhooks_smsGateway.js';
import * as facebookWebhook from './routes/webhooks_facebook.js';
import * as acknowledgementPdf from './routes/v1_cases_acknowledgement.js';
import * as letters from './routes/v1_letters.js';
import * as alerts from './routes/v1_alerts.js';
import * as confirmContact from './routes/confirmer.js';
import * as verifyContactPoint from './routes/v1_residents_verifyContactPoint.js';
import * as acceptMessage from './routes/v1_cases_acceptMessage.js';
import * as adminAgents from './routes/v1_admin_agents.js';
import * as adminApiKeys from './routes/v1_admin_apiKeys.js';
import * as adminAudit from './routes/v1_admin_audit.js';
import * as adminCatalogue from './routes/v1_admin_catalogue.js';
import * as adminCatalogueCsv from './routes/v1_admin_catalogueCsv.js';
import * as webhookSubscriptions from './routes/v1_webhookSubscriptions.js';
import * as eventFeed from './routes/v1_events.js';
import * as statistics from './routes/v1_statistics.js';
import * as subjectAccess from './routes/v1_subjectAccess.js';
import * as myContactPoints from './routes/v1_me_contactPoints.js';
import * as processingRegister from './routes/v1_admin_processingRegister.js';
import * as eraseResident from './routes/v1_residents_erase.js';

/** The table of contents of the API. Order matters only where paths overlap (duplicates before {id}). */
export const ROUTES = [
  health,
  // Sign-in (browser)
  listProviders,
  login,
  loginCallback,
  logout,
  loggedOut,
  serviceJwks,
  // Residents signed in: their own requests
  getMe,
  listMyCases,
  createMyCase,
  getMyCase,
  postMyMessage,
  uploadMyAttachment,
  getMyAttachment,
  reopenMyCase,
  myAccessLog,
  // Anonymous follow-up from the city website
  createPublicCase,
  trackPublicCase,
  confirmContact,
  // Cases
  createCase,
  listCases,
  getCase,
  listCaseEvents,
  addCaseEvent,
  acceptMessage,
  changeCaseStatus,
  assignCase,
  escalateCase,
  mergeCase,
  uploadCaseAttachment,
  getCaseAttachment,
  acknowledgementPdf,
  // Escalation: the directorates' side
  acceptCase,
  transferCase,
  getQueue,
  setAbsence,
  alerts,
  // Channels
  reportCallEvent,
  recordLetter,
  ingestEmail,
  smsDeliveryReport,
  facebookWebhook,
  letters,
  // Residents
  searchResidents,
  listDuplicates,
  getResident,
  mergeResidents,
  dismissDuplicate,
  verifyContactPoint,
  undoMerge,
  listLinkCandidates,
  decideIdentityLink,
  // Administration
  adminAgents,
  adminApiKeys,
  adminAudit,
  adminCatalogue,
  adminCatalogueCsv,
  // Integrators
  webhookSubscriptions,
  eventFeed,
  // Accountability
  statistics,
  subjectAccess,
  myContactPoints,
  processingRegister,
  eraseResident,
  // Catalogue and knowledge base
  listRequestTypes,
  listDirectorates,
  searchArticles,
  getArticle,
];

export const OPENAPI_INFO: Parameters<App['getOpenAPI31Document']>[0] = {
  openapi: '3.1.0',
  info: {
    title: 'Guichet API',
    version: VERSION,
    license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
    contact: { name: 'The city’s Guichet team (who issued your API key)' },
    description:
      "The REST API of Guichet, a city's one-stop shop for residents' requests. Every error is an RFC 9457 `application/problem+json` body with a stable `type`. Lists use cursor pagination (`limit`, `cursor`, `nextCursor`). Creating POSTs accept `Idempotency-Key`; updates accept `If-Match` with the resource's ETag. Reporting apps also find Open311 GeoReport v2 (XML and JSON) at `/open311/v2` — see `/open311/v2/discovery.json`.",
  },
  servers: [{ url: '/' }],
};

export function createApp(deps: HttpDeps): App {
  const app = newRouter();
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description:
      "An API key issued by the city (`Authorization: Bearer gk_…`) or a JWT access token from the city's IdP. Its role decides what the caller may do.",
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: '__Host-guichet_session',
    description: 'The browser session opened by GET /auth/login/{provider} (FranceConnect for residents; ProConnect or the city IdP for agents).',
  });

  if (deps.tracing) app.use('*', httpTracing());
  app.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 64).replace(/[^\w.-]/g, '') || randomUUID();
    const logger = deps.logger.child({ requestId });
    c.set('requestId', requestId);
    // Problem `type`s are pages of this installation (GET /problems/{slug}).
    c.set('problemBase', `${deps.core.city.publicBaseUrl}/problems/`);
    c.set('logger', logger);
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    deps.metrics?.observeRequest(c.req.method, c.req.routePath, c.res.status, (performance.now() - started) / 1000);
    // The route pattern, never the URL: query strings carry names, phone numbers and emails.
    logger.info(
      { method: c.req.method, route: c.req.routePath, status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10, actor: c.get('actor')?.principalId },
      'request',
    );
  });
  const tooLarge = (c: Context, detail: string) =>
    isPageRequest(c) ? errorPage(new DomainError('payload_too_large', detail), c, deps, c.get('logger') ?? deps.logger) : problem(c, 'payload_too_large', detail);
  const jsonLimit = bodyLimit({ maxSize: deps.maxBodyBytes, onError: (c) => tooLarge(c, `The request body exceeds ${deps.maxBodyBytes} bytes`) });
  // File uploads have their own, larger limit (plus room for the multipart envelope and a page form's fields).
  const uploadLimit = bodyLimit({ maxSize: deps.maxAttachmentBytes + 64 * 1024, onError: (c) => tooLarge(c, `Attachments are limited to ${deps.maxAttachmentBytes} bytes`) });
  const takesFiles = (path: string) =>
    /\/attachments$/.test(path) || path === '/v1/postal-mail' || path === '/v1/inbound/email' || /^\/(demande|espace\/nouvelle-demande)\/[^/]+$/.test(path) || /^\/espace\/demandes\/[^/]+\/message$/.test(path) || /^\/agent\/demandes\/[^/]+\/piece$/.test(path);
  app.use('*', (c, next) => (c.req.method === 'POST' && takesFiles(c.req.path) ? uploadLimit(c, next) : jsonLimit(c, next)));
  // One key cache for the API and Open311's api_key.
  const keys = cachedKeys(deps);
  const auth = authenticate(deps, keys);
  // /v1/public is the anonymous follow-up of the city website; everything else under /v1 needs a caller.
  app.use('/v1/*', (c, next) => (c.req.path.startsWith('/v1/public/') ? next() : auth(c, next)));

  // A body the document says is required, sent without one (no Content-Type), is refused rather than read as
  // an empty object — which would make a PATCH a silent no-op.
  const needsBody = requiredBodies(app);
  app.use('*', async (c, next) => {
    if ((c.req.method === 'POST' || c.req.method === 'PUT' || c.req.method === 'PATCH') && !c.req.header('content-type') && needsBody(c.req.method, c.req.path)) {
      return problem(c, 'unsupported_media_type', 'This operation takes a body: send it with its Content-Type');
    }
    await next();
  });
  for (const r of ROUTES) r.register(app, deps);
  registerProblemPages(app);
  registerOpen311(app, deps, keys);
  registerPages(app, deps);

  let served: unknown = null;
  app.get('/openapi.json', (c) => c.json((served ??= openApiDocument(app)) as object));
  registerApiDocs(app);
  // Prometheus' scrape (not in the OpenAPI document: it is for the operator's monitoring, not integrators).
  app.get('/metrics', async (c) => {
    const m = deps.metrics;
    if (!m) return problem(c, 'route_not_found', 'Metrics are not served here (set METRICS_TOKEN)');
    if (m.token && !sameSecret(c.req.header('authorization') ?? '', `Bearer ${m.token}`)) return problem(c, 'unauthenticated', 'Send the metrics token as a bearer');
    c.header('Content-Type', m.contentType);
    c.header('Cache-Control', 'no-store');
    return c.body(await m.render());
  });
  // A known path asked with another method answers 405 and says which it takes; an unknown one, 404.
  // A person's browser gets a French page; an API client, a problem.
  const allowed = allowedMethods(app);
  app.notFound((c) => {
    const methods = allowed(c.req.path);
    // A handler's own "not found" (an unknown file under a known path) stays a 404.
    if (methods.length && !methods.includes(c.req.method)) {
      c.header('Allow', methods.join(', '));
      return problem(c, 'method_not_allowed', `${c.req.path} takes ${methods.join(', ')}`);
    }
    return isPageRequest(c) ? notFoundPage(c, deps) : problem(c, 'route_not_found', `No route for ${c.req.method} ${c.req.path}`);
  });
  app.onError((err, c) => (isPageRequest(c) ? errorPage(err, c, deps, c.get('logger') ?? deps.logger) : errorToProblem(err, c, c.get('logger') ?? deps.logger)));
  return app;
}

/** A route's path as a pattern: `:id` (Hono) and `{id}` (OpenAPI) match one segment, `*` anything. */
function pathPattern(path: string): RegExp {
  const segment = (seg: string) => (seg.startsWith(':') || /^\{[^}]+\}$/.test(seg) ? '[^/]+' : seg === '*' ? '.*' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${path.split('/').map(segment).join('/')}$`);
}

/** Whether an operation of the document requires a request body, from the routes' definitions (read once). */
function requiredBodies(app: App): (method: string, path: string) => boolean {
  let table: { pattern: RegExp; method: string }[] | null = null;
  return (method, path) => {
    table ??= app.openAPIRegistry.definitions.flatMap((d) =>
      d.type === 'route' && d.route.request?.body?.required
        ? [{ method: d.route.method.toUpperCase(), pattern: pathPattern(d.route.path) }]
        : [],
    );
    return table.some((r) => r.method === method && r.pattern.test(path));
  };
}

/** The methods the app's routes take on a path (HEAD with GET), computed from its route table once. */
function allowedMethods(app: App): (path: string) => string[] {
  let table: { pattern: RegExp; method: string }[] | null = null;
  return (path) => {
    table ??= app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => ({
        method: r.method,
        pattern: pathPattern(r.path),
      }));
    const methods = new Set(table.filter((r) => r.pattern.test(path)).map((r) => r.method));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  };
}

export function openApiDocument(app: App) {
  return finishDocument(app.getOpenAPI31Document(OPENAPI_INFO));
}

