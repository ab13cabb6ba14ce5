import { swaggerUI } from '@hono/swagger-ui';
import { bodyLimit } from 'hono/body-limit';
import { randomUUID } from 'node:crypto';
import { apiKeyAuth } from './auth.js';
import { newRouter, type App, type HttpDeps } from './context.js';
import { errorToProblem, problem } from './problem.js';
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

/** The table of contents of the API. Order matters only where paths overlap (duplicates before {id}). */
const ROUTES = [
  health,
  // Cases
  createCase,
  listCases,
  getCase,
  listCaseEvents,
  addCaseEvent,
  changeCaseStatus,
  assignCase,
  escalateCase,
  mergeCase,
  // Escalation: the directorates' side
  acceptCase,
  transferCase,
  getQueue,
  setAbsence,
  // Residents
  searchResidents,
  listDuplicates,
  getResident,
  mergeResidents,
  dismissDuplicate,
  undoMerge,
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
    version: '1.0.0',
    description:
      "The REST API of Guichet, a city's one-stop shop for residents' requests. Every error is an RFC 9457 `application/problem+json` body with a stable `type`. Lists use cursor pagination (`limit`, `cursor`, `nextCursor`). Creating POSTs accept `Idempotency-Key`; updates accept `If-Match` with the resource's ETag.",
  },
  servers: [{ url: '/' }],
};

export function createApp(deps: HttpDeps): App {
  const app = newRouter();
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key issued by the city: `Authorization: Bearer gk_…`. Its role decides what the caller may do.',
  });

  app.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 64).replace(/[^\w.-]/g, '') || randomUUID();
    const logger = deps.logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('logger', logger);
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    // The route pattern, never the URL: query strings carry names, phone numbers and emails.
    logger.info(
      { method: c.req.method, route: c.req.routePath, status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10, actor: c.get('actor')?.principalId },
      'request',
    );
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: (c) => problem(c, 'payload_too_large', `The request body exceeds ${deps.maxBodyBytes} bytes`),
    }),
  );
  app.use('/v1/*', apiKeyAuth(deps));

  for (const r of ROUTES) r.register(app, deps);

  app.doc31('/openapi.json', OPENAPI_INFO);
  app.get('/docs', swaggerUI({ url: '/openapi.json', title: 'Guichet API' }));
  app.notFound((c) => problem(c, 'route_not_found', `No route for ${c.req.method} ${c.req.path}`));
  app.onError((err, c) => errorToProblem(err, c, c.get('logger') ?? deps.logger));
  return app;
}

export function openApiDocument(app: App) {
  return app.getOpenAPI31Document(OPENAPI_INFO);
}

