import { createApp, openApiDocument } from '../src/http/app.js';
import { DEFAULT_LIMITS, type HttpDeps } from '../src/http/context.js';
import { createLogger } from '../src/logger.js';

/** The OpenAPI document as the code defines it. Building it touches no database. */
export function currentDocument() {
  const unused = () => {
    throw new Error('not used while generating the document');
  };
  const deps = {
    core: unused as never,
    authenticate: unused,
    checkReady: unused,
    logger: createLogger('silent'),
    maxBodyBytes: 1,
    identity: unused as never,
    trustProxyHops: 0,
    limits: DEFAULT_LIMITS,
    maxAttachmentBytes: 1,
    email: null,
    notifications: null as never,
    webhooks: null as never,
    smsWebhook: null,
    detectContentType: unused,
    social: null,
    metrics: null,
    web: { colour: '#000091' },
    open311: { redactContacts: true },
    openData: { minCount: 10 },
    rgpd: { casesDays: 1095, accessLogDays: 730, identityDays: 1095, inactiveDays: 730, noticeDays: 30 },
  } satisfies HttpDeps;
  return openApiDocument(createApp(deps));
}

export function serialize(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * TypeScript types for clients (openapi-typescript: `paths`, `components`, `operations`), from the same document;
 * an integrator's code imports them with openapi-fetch or its own fetch wrapper.
 */
export async function clientTypes(doc: unknown): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const header = '/**\n * Guichet API types for clients, generated from openapi.json by openapi-typescript (`npm run openapi`).\n * Do not edit: the drift test compares them with the route definitions.\n */\n\n';
  return header + astToString(await openapiTS(doc as never, { alphabetize: false, exportType: false }));
}
