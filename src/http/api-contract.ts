import { SCOPE_DESCRIPTIONS, type KeyScope } from '../core/actor.js';

/**
 * What the OpenAPI document says beyond each route's own definition: which integrator scope each operation
 * needs (the core enforces them: `can()` in core/actor.ts), the tags' descriptions, and `security: []` on the
 * operations anyone may call — so a client generator knows what to send.
 */

/** An integrator calls an operation with any one of these scopes (other callers: by their role). */
export const OPERATION_SCOPES: Readonly<Record<string, readonly KeyScope[]>> = {
  createCase: ['cases:create'],
  listCases: ['cases:read', 'cases:read:all'],
  getCase: ['cases:read', 'cases:read:all'],
  listCaseEvents: ['cases:read', 'cases:read:all'],
  caseAcknowledgementPdf: ['cases:read', 'cases:read:all'],
  getCaseAttachment: ['attachments:read'],
  readEventFeed: ['events:read'],
  ingestEmail: ['channels:ingest'],
  createWebhookSubscription: ['webhooks:manage'],
  listWebhookSubscriptions: ['webhooks:manage'],
  deleteWebhookSubscription: ['webhooks:manage'],
  rotateWebhookSecret: ['webhooks:manage'],
  listWebhookDeliveries: ['webhooks:manage'],
  replayWebhooks: ['webhooks:manage'],
};

export const TAGS: readonly { name: string; description: string }[] = [
  { name: 'Cases', description: 'Residents’ requests, whatever the channel: file, read, work, merge.' },
  { name: 'Escalation', description: 'Handing a case to the competent directorate, its business-day deadline and the directorate’s queue.' },
  { name: 'Residents', description: 'The 360° record of a resident: search, contact points, merges, access log.' },
  { name: 'Me', description: 'The signed-in caller: a resident’s own requests and data (FranceConnect), or an agent’s profile.' },
  { name: 'Public', description: 'The city website’s anonymous request form and follow-up by reference and tracking code.' },
  { name: 'Catalogue', description: 'Request types and directorates.' },
  { name: 'Knowledge base', description: 'The articles counter agents answer from.' },
  { name: 'Channels', description: 'What arrives by email, SMS, post, phone and social networks.' },
  { name: 'Webhooks', description: 'Signed event deliveries (Standard Webhooks) and the pull feed of the same events.' },
  { name: 'Statistics', description: 'Volumes, first-contact answers, deadlines, backlog and satisfaction, per directorate.' },
  { name: 'Administration', description: 'Agents, API keys, catalogue, audit trail and the RGPD register.' },
  { name: 'Sign-in', description: 'FranceConnect for residents; ProConnect or the city IdP for agents.' },
  { name: 'Operations', description: 'Liveness and readiness for the operator’s probes.' },
];

type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  tags?: string[];
  parameters?: { in: string }[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
};

const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });
/** Operations answering a `Location` (the created resource) with their 201. */
const LOCATION = new Set(['createCase', 'createMyCase', 'createPublicCase', 'recordPostalLetter']);
/** Operations answering the resource's `ETag` (send it back as If-Match), beyond those that take If-Match. */
const ETAG = new Set(['getCase', 'createCase', 'createAgent', 'createDirectorate', 'createRequestType', 'createArticle']);

const HEADERS = {
  requestId: { description: 'This request’s id (yours from X-Request-Id, else a new one): quote it to the city when asking about a call', required: true, schema: { type: 'string' } },
  retryAfter: { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 0 } },
  location: { description: 'Where the created resource is read', schema: { type: 'string' } },
  etag: { description: 'The resource’s version: send it as If-Match to change it', schema: { type: 'string' } },
};

/** What a parameter means, for those whose route does not say: by where it is and its name. */
const PARAMETER_DESCRIPTIONS: Record<string, string> = {
  'query:limit': 'Page size',
  'query:cursor': 'The nextCursor of the previous page',
  'header:idempotency-key': 'Any unique string per intended creation (a UUID): a retry with the same key returns the first result, marked Idempotent-Replayed',
  'header:x-access-purpose': 'Why you open this resident’s file (shown to the resident in their access log)',
  'header:if-match': 'The ETag you read; a stale one answers 412',
  'path:provider': 'The identity provider’s id (see GET /auth/providers)',
  'path:attachmentId': 'The attachment’s id',
  'path:token': 'The secret token from the link that was sent',
  'path:reference': 'The case reference given to the resident (e.g. GU-2026-000123)',
  'path:eventId': 'The timeline entry’s id',
  'path:contactPointId': 'The contact point’s id',
  'path:code': 'The request type’s code',
  'query:q': 'Words to search for',
  'query:state': 'The state parameter of the sign-in (returned by the identity provider)',
  'query:code': 'The authorization code (returned by the identity provider)',
  'query:error': 'The error the identity provider returned, if any',
  'query:error_description': 'Its description',
  'query:iss': 'The issuer that answered (RFC 9207)',
  'query:acr': 'The level of identity assurance asked for (eidas1, eidas2, eidas3)',
  'query:requestTypeCode': 'Only this request type',
  'query:directorateId': 'Only this directorate',
  'query:residentId': 'Only this resident’s',
  'query:assigneeId': 'Only those assigned to this agent',
  'query:createdFrom': 'Created at or after this time (ISO 8601)',
  'query:createdTo': 'Created before this time (ISO 8601)',
  'query:caseLimit': 'How many of each resident’s cases to include',
  'query:entity': 'Only changes to this kind of entity',
  'query:entityId': 'Only changes to this entity',
  'query:format': 'json (default) or csv',
  'query:category': 'Only this category',
  'query:complexity': 'simple (answered at the counter) or complex (handed to a directorate)',
  'query:hub.mode': 'Facebook’s subscription check: subscribe',
  'query:hub.verify_token': 'The verify token configured for the page',
  'query:hub.challenge': 'The value to echo back',
};

function describeParameters(path: string, op: Operation): void {
  for (const p of (op.parameters ?? []) as { in: string; name: string; description?: string; schema?: { description?: string } }[]) {
    if (p.description) continue;
    if (p.schema?.description) {
      p.description = p.schema.description;
      continue;
    }
    // A path's {id}: the id of what the segment before it names.
    const owner = path.split('/{id}')[0]!.split('/').pop()?.replace(/-/g, ' ').replace(/s$/, '');
    p.description = PARAMETER_DESCRIPTIONS[`${p.in}:${p.name}`] ?? (p.in === 'path' && p.name === 'id' && owner ? `The ${owner}’s id` : undefined);
  }
}

/** The headers each response carries, said in the document (they are set in app.ts, http/problem.ts and the routes). */
function documentHeaders(op: Operation): void {
  const takesIfMatch = op.parameters?.some((p) => p.in === 'header' && (p as { name?: string }).name === 'if-match') ?? false;
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    const r = response as { headers?: Record<string, unknown> };
    const ref = (name: string) => ({ $ref: `#/components/headers/${name}` });
    const headers: Record<string, unknown> = { ...(r.headers ?? {}), 'X-Request-Id': ref('X-Request-Id') };
    if (status === '429' || status === '503') headers['Retry-After'] = ref('Retry-After');
    if (status === '201' && LOCATION.has(op.operationId ?? '')) headers.Location = ref('Location');
    if (status.startsWith('2') && (takesIfMatch || ETAG.has(op.operationId ?? ''))) headers.ETag = ref('ETag');
    r.headers = headers;
  }
}

type Document = {
  paths?: Record<string, Record<string, Operation>>;
  tags?: unknown;
  components?: { securitySchemes?: Record<string, { description?: string }>; headers?: Record<string, unknown> };
};

const scopeList = Object.entries(SCOPE_DESCRIPTIONS)
  .map(([scope, what]) => `\`${scope}\` — ${what}`)
  .join('; ');

/**
 * zod-to-openapi renders a nullable reference as `allOf: [{$ref}, {type: [object, null]}]`, which no null can
 * satisfy (it must match the referenced object too); what is meant is `anyOf: [{$ref}, {type: null}]`.
 */
function fixNullableRefs(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) fixNullableRefs(n);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  const all = o.allOf as Record<string, unknown>[] | undefined;
  if (Array.isArray(all) && all.length === 2 && typeof all[0]?.$ref === 'string') {
    const second = all[1]!;
    const keys = Object.keys(second);
    if (keys.length === 1 && Array.isArray(second.type) && second.type.includes('null')) {
      delete o.allOf;
      o.anyOf = [{ $ref: all[0].$ref }, { type: 'null' }];
    }
  }
  for (const v of Object.values(o)) fixNullableRefs(v);
}

export function finishDocument<T>(doc: T): T {
  fixNullableRefs(doc);
  const d = doc as Document;
  for (const [path, methods] of Object.entries(d.paths ?? {})) {
    for (const op of Object.values(methods)) {
      describeParameters(path, op);
      // No credentials: say so, rather than leave a generator to guess from an absent field.
      op.security ??= [];
      // Every parameter and body is validated before the handler runs (http/schemas.ts): a bad one answers 422,
      // a body that is not even JSON or a form 400, on every operation that takes them.
      const responses = (op.responses ??= {});
      // (A page answers a French page instead of a problem.)
      const page = Object.keys((responses['200'] as { content?: object } | undefined)?.content ?? {}).includes('text/html');
      if ((op.parameters?.some((p) => p.in === 'path' || p.in === 'query') || op.requestBody) && !responses['422']) {
        responses['422'] = page ? { description: 'A French page saying what is wrong', content: { 'text/html': { schema: { type: 'string' } } } } : problemResponse('Validation failed; see invalidFields');
      }
      if (op.requestBody && !responses['400']) responses['400'] = problemResponse('Malformed request (a body that cannot be read)');
      documentHeaders(op);
      const scopes = op.operationId ? OPERATION_SCOPES[op.operationId] : undefined;
      if (!scopes) continue;
      // OpenAPI 3.1 lets a bearer scheme's requirement list the scopes (roles) needed; any one listed suffices.
      const others = op.security.filter((r) => !('apiKey' in r));
      op.security = [...scopes.map((s) => ({ apiKey: [s] })), ...others];
    }
  }
  d.tags = TAGS;
  d.components = { ...d.components, headers: { 'X-Request-Id': HEADERS.requestId, 'Retry-After': HEADERS.retryAfter, Location: HEADERS.location, ETag: HEADERS.etag } };
  const apiKey = d.components?.securitySchemes?.apiKey;
  if (apiKey) apiKey.description = `${apiKey.description ?? ''} An integrator's key or token carries scopes, listed on each operation it may call: ${scopeList}.`;
  return doc;
}
