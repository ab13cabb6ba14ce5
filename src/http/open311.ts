import type { Context } from 'hono';
import { XMLBuilder } from 'fast-xml-parser';
import type { Actor } from '../core/actor.js';
import type { CaseStatus } from '../core/case-status.js';
import { OPEN_STATUSES } from '../core/case-status.js';
import { DomainError } from '../core/errors.js';
import type { RequestType } from '../core/model.js';
import {
  getPublicReport,
  listPublicReports,
  postReportUpdate,
  publicReportUpdates,
  publicService,
  publicServices,
  submitPublicReport,
  type PublicReport,
  type ReportUpdate,
} from '../core/open311/public-reports.js';
import type { App, HttpDeps } from './context.js';

/**
 * Open311 GeoReport v2 at /open311/v2, as FixMyStreet's Open311 adapter and other 311 apps use it: every
 * resource in XML (required by the spec) and JSON, form-encoded POSTs with `api_key`, the spec's error list.
 * The rules (which types are public, what is shown, how a report is filed) are the core's (core/open311); this
 * file speaks the protocol.
 */
export const OPEN311_BASE = '/open311/v2';
const SPEC = 'http://wiki.open311.org/GeoReport_v2';
const STARTED = new Date();

type Format = 'json' | 'xml';
/** `services.json` → services, json; anything else is not an Open311 resource. */
function split(file: string): { name: string; format: Format } | null {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  return m ? { name: decodeURIComponent(m[1]!), format: m[2] as Format } : null;
}

const xml = new XMLBuilder({ format: true, suppressEmptyNode: false, processEntities: true });
/** W3C date-time in UTC, as the spec allows ("Z"). */
const w3c = (d: Date | null) => (d ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : null);

/** JSON as it is; XML under the spec's root element, a list's entries each in its item element. */
function send(c: Context, format: Format, status: 200 | 201 | 400 | 403 | 404, json: unknown, root: string, item: string | null) {
  if (format === 'json') return c.json(json, status);
  const body = item ? { [root]: { [item]: json } } : { [root]: json };
  return c.body(`<?xml version="1.0" encoding="utf-8"?>\n${xml.build(body)}`, status, { 'content-type': 'text/xml; charset=utf-8' });
}

/** The spec's errors: a list of {code, description}, with the HTTP status (400, 403 or 404). */
function fail(c: Context, format: Format, status: 400 | 403 | 404, description: string) {
  const errors = [{ code: status, description }];
  return send(c, format, status, errors, 'errors', 'error');
}

function errorStatus(err: unknown): { status: 400 | 403 | 404; description: string } | null {
  if (!(err instanceof DomainError)) return null;
  if (err.code === 'not_found') return { status: 404, description: err.message };
  if (err.code === 'unauthenticated' || err.code === 'forbidden') return { status: 403, description: err.message };
  // A field refused says which, in its own words (the spec's description is one sentence).
  const field = (err.extra.invalidFields as { path: string; message: string }[] | undefined)?.[0];
  return { status: 400, description: field ? field.message : err.message };
}

const service = (t: RequestType) => ({
  service_code: t.code,
  service_name: t.label,
  description: `${t.label} (${t.category}) : réponse sous ${t.deadlineDays} jours ouvrés.`,
  metadata: t.extraFields.length > 0,
  type: 'realtime',
  keywords: t.category,
  group: t.category,
});

const definition = (t: RequestType) => ({
  service_code: t.code,
  attributes: t.extraFields.map((f, i) => ({
    variable: true,
    code: f.name,
    datatype: f.datatype ?? 'string',
    required: f.required,
    datatype_description: f.datatype === 'number' ? 'Un nombre' : f.datatype === 'datetime' ? 'Une date et une heure (ISO 8601)' : '',
    order: i + 1,
    description: f.label,
    values: f.values ?? [],
  })),
});

const request = (r: PublicReport) => ({
  service_request_id: r.reference,
  status: OPEN_STATUSES.includes(r.status) ? 'open' : 'closed',
  status_notes: r.statusNotes,
  service_name: r.serviceName,
  service_code: r.serviceCode,
  description: r.description,
  agency_responsible: r.agency,
  service_notice: '',
  requested_datetime: w3c(r.requestedAt),
  updated_datetime: w3c(r.updatedAt),
  expected_datetime: w3c(r.expectedAt),
  address: r.address ?? '',
  address_id: '',
  zipcode: r.postcode ?? '',
  lat: r.latitude,
  long: r.longitude,
  media_url: r.mediaUrl ?? '',
});

/** FixMyStreet's extended states, from the case's lifecycle. */
const EXTENDED: Record<CaseStatus, string> = {
  received: 'OPEN',
  in_progress: 'IN_PROGRESS',
  escalated: 'INVESTIGATING',
  awaiting_resident: 'IN_PROGRESS',
  resolved: 'FIXED',
  closed: 'CLOSED',
  rejected: 'NO_FURTHER_ACTION',
  merged: 'DUPLICATE',
};

const update = (u: ReportUpdate) => ({
  update_id: u.updateId,
  service_request_id: u.reference,
  status: EXTENDED[u.status],
  updated_datetime: w3c(u.at),
  description: u.description,
  media_url: u.mediaUrl ?? '',
});

function dateParam(c: Context, name: string): Date | undefined {
  const v = c.req.query(name);
  if (!v) return undefined;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new DomainError('validation_failed', `${name} is not a W3C date-time`);
  return d;
}

/** The form of a POST: single values, `attribute[code]` and `attribute[code][]`. */
function formOf(raw: string) {
  const fields = new Map<string, string>();
  const attributes: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    const m = /^attribute\[([^\]]{1,100})\](\[\])?$/.exec(k);
    if (m) (attributes[m[1]!] ??= []).push(v.slice(0, 1000));
    else if (!fields.has(k)) fields.set(k, v);
  }
  return { get: (k: string) => fields.get(k)?.trim() || undefined, attributes };
}

const coordinate = (v: string | undefined, name: string, max: number) => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || Math.abs(n) > max) throw new DomainError('validation_failed', `${name} is not a coordinate`);
  return n;
};

export function registerOpen311(app: App, deps: HttpDeps, resolveKey: (key: string) => Promise<Actor>) {
  const redact = { redact: deps.open311.redactContacts };
  /** An integrator's key from the form's `api_key` (as the spec says) or an Authorization: Bearer header. */
  const caller = async (c: Context, form: ReturnType<typeof formOf>): Promise<Actor> => {
    const key = form.get('api_key') ?? /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!key) throw new DomainError('unauthenticated', 'Invalid or missing api_key');
    // Through the API's key cache: a report does not pay a database round trip to know its key.
    return resolveKey(key).catch((err: unknown) => {
      throw err instanceof DomainError ? new DomainError('unauthenticated', 'Invalid or missing api_key') : err;
    });
  };
  const handle = (run: (c: Context, name: string, format: Format) => Promise<Response>) => async (c: Context) => {
    const file = split(c.req.param('file') ?? '');
    if (!file) return fail(c, 'json', 404, 'Unknown resource: ask for .json or .xml');
    try {
      return await run(c, file.name, file.format);
    } catch (err) {
      const known = errorStatus(err);
      if (!known) throw err;
      return fail(c, file.format, known.status, known.description);
    }
  };

  app.get(
    `${OPEN311_BASE}/:file`,
    handle(async (c, name, format) => {
      switch (name) {
        case 'discovery': {
          const base = deps.core.city.publicBaseUrl;
          const body = {
            changeset: w3c(STARTED),
            contact: deps.core.city.contact ?? deps.core.city.name,
            key_service: `${base} — clés d’API délivrées par la ville`,
            endpoints: [{ specification: SPEC, url: `${base}${OPEN311_BASE}`, changeset: w3c(STARTED), type: 'production', formats: ['text/xml', 'application/json'] }],
          };
          if (format === 'json') return c.json(body);
          const doc = { ...body, endpoints: { endpoint: body.endpoints.map((e) => ({ ...e, formats: { format: e.formats } })) } };
          return send(c, 'xml', 200, doc, 'discovery', null);
        }
        case 'services': {
          const list = (await publicServices(deps.core)).map(service);
          return send(c, format, 200, list, 'services', 'service');
        }
        case 'requests': {
          const ids = c.req.query('service_request_id');
          const status = c.req.query('status');
          if (status && !['open', 'closed', 'open,closed', 'closed,open'].includes(status)) throw new DomainError('validation_failed', 'status is open or closed');
          const reports = await listPublicReports(
            deps.core,
            {
              references: ids ? ids.split(',').map((s) => s.trim()).filter(Boolean).slice(0, 100) : undefined,
              serviceCode: c.req.query('service_code') || undefined,
              start: dateParam(c, 'start_date'),
              end: dateParam(c, 'end_date'),
              status: status === 'open' || status === 'closed' ? status : undefined,
            },
            redact,
          );
          return send(c, format, 200, reports.map(request), 'service_requests', 'request');
        }
        case 'servicerequestupdates': {
          const updates = (await publicReportUpdates(deps.core, dateParam(c, 'start_date'), dateParam(c, 'end_date'), redact)).map(update);
          return send(c, format, 200, updates, 'service_request_updates', 'request_update');
        }
        default:
          return fail(c, format, 404, `Unknown resource: ${name}`);
      }
    }),
  );

  app.get(
    `${OPEN311_BASE}/services/:file`,
    handle(async (c, code, format) => {
      const d = definition(await publicService(deps.core, code));
      if (format === 'json') return c.json(d);
      return send(c, 'xml', 200, { service_code: d.service_code, attributes: { attribute: d.attributes.map((a) => ({ ...a, values: { value: a.values } })) } }, 'service_definition', null);
    }),
  );

  app.get(
    `${OPEN311_BASE}/requests/:file`,
    handle(async (c, id, format) => send(c, format, 200, [request(await getPublicReport(deps.core, id, redact))], 'service_requests', 'request')),
  );

  // Every request is answered at once (services are `realtime`): no token is ever issued.
  app.get(
    `${OPEN311_BASE}/tokens/:file`,
    handle(async (c, _token, format) => fail(c, format, 404, 'Unknown token: every service here is realtime and answers with its service_request_id')),
  );

  app.post(
    `${OPEN311_BASE}/:file`,
    handle(async (c, name, format) => {
      if (name !== 'requests' && name !== 'servicerequestupdates') return fail(c, format, 404, `Unknown resource: ${name}`);
      if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
        return fail(c, format, 400, 'Send the fields as application/x-www-form-urlencoded');
      }
      const form = formOf(await c.req.text());
      const actor = await caller(c, form);
      if (name === 'servicerequestupdates') {
        const reference = form.get('service_request_id');
        if (!reference) throw new DomainError('validation_failed', 'service_request_id is required');
        const done = await postReportUpdate(deps.core, actor, { reference, description: (form.get('description') ?? '').slice(0, 10_000), mediaUrl: webUrl(form.get('media_url')) });
        const body = [{ update_id: done.updateId }];
        return send(c, format, 200, body, 'service_request_updates', 'request_update');
      }
      const serviceCode = form.get('service_code');
      if (!serviceCode) throw new DomainError('validation_failed', 'service_code is required');
      const lat = coordinate(form.get('lat'), 'lat', 90);
      const long = coordinate(form.get('long'), 'long', 180);
      if ((lat === undefined) !== (long === undefined)) throw new DomainError('validation_failed', 'lat and long go together');
      const address = (form.get('address_string') ?? form.get('address_id'))?.slice(0, 300);
      const created = await submitPublicReport(
        deps.core,
        actor,
        {
          serviceCode,
          description: (form.get('description') ?? `Signalement : ${serviceCode}`).slice(0, 10_000),
          location: { ...(address ? { address } : {}), ...(lat !== undefined ? { latitude: lat, longitude: long! } : {}) },
          attributes: form.attributes,
          reporter: {
            givenName: form.get('first_name')?.slice(0, 100),
            familyName: form.get('last_name')?.slice(0, 100),
            email: form.get('email')?.slice(0, 254),
            phone: form.get('phone')?.slice(0, 40),
          },
          mediaUrl: webUrl(form.get('media_url')),
          deviceId: form.get('device_id')?.slice(0, 200),
          accountId: form.get('account_id')?.slice(0, 200),
        },
        c.req.header('idempotency-key')?.slice(0, 200),
      );
      const body = [{ service_request_id: created.case.reference, service_notice: created.notice, account_id: form.get('account_id') ?? '' }];
      return send(c, format, 201, body, 'service_requests', 'request');
    }),
  );
}

/** A media link is kept only as a web address (it is shown to agents and to the public; nothing is fetched from it). */
function webUrl(v: string | undefined): string | undefined {
  if (!v) return undefined;
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new DomainError('validation_failed', 'media_url must be an http(s) URL');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new DomainError('validation_failed', 'media_url must be an http(s) URL');
  return u.toString().slice(0, 1000);
}
