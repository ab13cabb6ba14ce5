import { assertCan, type Actor } from '../actor.js';
import { OPEN_STATUSES, STATUS_LABELS_FR, type CaseStatus } from '../case-status.js';
import { caseEvent } from '../cases/case-event.js';
import { recordCase } from '../cases/create-case.js';
import { resumeOnResidentAnswer } from '../cases/resident-answer.js';
import { DomainError, invalid, notFound } from '../errors.js';
import { redactContacts } from '../inbound/personal-data.js';
import type { Case, Location, RequestType } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { parseReference } from '../reference.js';

/**
 * Public reports: what a city shows of its residents' reports about public space (potholes, lighting, graffiti)
 * to reporting apps and to anyone — Open311 GeoReport v2 and FixMyStreet speak this. Only request types flagged
 * `publicReport` are ever listed or accepted; no resident datum is ever shown; descriptions are shown with the
 * emails and phone numbers written in them masked (unless the city chose otherwise).
 */

/** The spec's defaults: a list covers the last 90 days and holds at most 1,000 requests. */
export const REPORT_WINDOW_DAYS = 90;
export const MAX_REPORTS = 1000;

/** What is kept of a report app's own fields, beside the request type's extra fields. */
const APP_FIELDS = { mediaUrl: 'open311:media_url', deviceId: 'open311:device_id', accountId: 'open311:account_id' } as const;

export interface PublicReport {
  reference: string;
  status: CaseStatus;
  /** The status as a resident reads it (French). */
  statusNotes: string;
  serviceCode: string;
  serviceName: string;
  description: string;
  agency: string;
  requestedAt: Date;
  updatedAt: Date;
  expectedAt: Date | null;
  address: string | null;
  postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  mediaUrl: string | null;
}

export interface ReportUpdate {
  updateId: string;
  reference: string;
  status: CaseStatus;
  at: Date;
  description: string;
  mediaUrl: string | null;
}

export interface ReportInput {
  serviceCode: string;
  description: string;
  location: Location;
  /** By attribute code: one value, or several for a multivaluelist. */
  attributes: Record<string, string | string[]>;
  reporter: { givenName?: string | undefined; familyName?: string | undefined; email?: string | undefined; phone?: string | undefined };
  mediaUrl?: string | undefined;
  deviceId?: string | undefined;
  accountId?: string | undefined;
}

/** The request types a reporting app may list and file: active and public. */
export async function publicServices(deps: Pick<CoreDeps, 'store'>): Promise<RequestType[]> {
  return (await deps.store.catalogue.listRequestTypes({})).filter((t) => t.active && t.publicReport).sort((a, b) => a.code.localeCompare(b.code));
}

export async function publicService(deps: Pick<CoreDeps, 'store'>, code: string): Promise<RequestType> {
  const t = await deps.store.catalogue.requestTypeByCode(code);
  if (!t || !t.active || !t.publicReport) throw notFound('Service');
  return t;
}

/** A report filed by an app with an integrator's key: a case on the web channel, the reporter as an unverified contact. */
export async function submitPublicReport(deps: CoreDeps, actor: Actor, input: ReportInput, idempotencyKey?: string): Promise<{ case: Case; notice: string }> {
  assertCan(actor, 'open311:submit');
  const type = await publicService(deps, input.serviceCode).catch(() => {
    throw invalid('service_code', `Unknown service_code: ${input.serviceCode}`);
  });
  if (!input.location.address && (input.location.latitude === undefined || input.location.longitude === undefined)) {
    throw invalid('lat', 'A location is required: lat and long, or address_string');
  }
  const extra = attributeValues(type, input.attributes);
  if (input.mediaUrl) extra[APP_FIELDS.mediaUrl] = input.mediaUrl;
  if (input.deviceId) extra[APP_FIELDS.deviceId] = input.deviceId;
  if (input.accountId) extra[APP_FIELDS.accountId] = input.accountId;
  const r = input.reporter;
  const reporter = r.email || r.phone ? { givenName: r.givenName ?? '', familyName: r.familyName ?? '', email: r.email, phone: r.phone } : undefined;
  const created = await recordCase(deps, actor, { channel: 'web', requestTypeCode: type.code, description: input.description, location: input.location, extra, resident: reporter }, idempotencyKey);
  return {
    case: created.case,
    notice: `Signalement enregistré sous la référence ${created.case.reference}. ${type.label} : réponse sous ${type.deadlineDays} jours ouvrés.`,
  };
}

/** An app's attribute values checked against the request type's fields and their datatypes, as stored. */
function attributeValues(type: RequestType, attributes: Record<string, string | string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [code, raw] of Object.entries(attributes)) {
    const field = type.extraFields.find((f) => f.name === code);
    const path = `attribute[${code}]`;
    if (!field) throw invalid(path, `Unknown attribute for ${type.code}: ${code}`);
    const values = (Array.isArray(raw) ? raw : [raw]).map((v) => v.trim()).filter(Boolean);
    if (values.length === 0) continue;
    const keys = new Set((field.values ?? []).map((v) => v.key));
    switch (field.datatype ?? 'string') {
      case 'multivaluelist':
        for (const v of values) if (!keys.has(v)) throw invalid(path, `Not one of the values of ${code}: ${v}`);
        out[code] = [...new Set(values)].join(',');
        continue;
      case 'singlevaluelist':
        if (values.length > 1 || !keys.has(values[0]!)) throw invalid(path, `Not one of the values of ${code}`);
        break;
      case 'number':
        if (values.length > 1 || !Number.isFinite(Number(values[0]!.replace(',', '.')))) throw invalid(path, `${code} must be a number`);
        break;
      case 'datetime':
        if (values.length > 1 || Number.isNaN(Date.parse(values[0]!))) throw invalid(path, `${code} must be a date and time (ISO 8601)`);
        break;
      default:
        if (values.length > 1) throw invalid(path, `${code} takes one value`);
    }
    out[code] = values[0]!.slice(0, 1000);
  }
  for (const f of type.extraFields) if (f.required && !out[f.name]) throw invalid(`attribute[${f.name}]`, `Required for ${type.code}: ${f.label}`);
  return out;
}

const isOpen = (s: CaseStatus) => OPEN_STATUSES.includes(s);

async function toPublic(deps: Pick<CoreDeps, 'store'>, c: Case, redact: boolean): Promise<PublicReport> {
  const [type, directorate] = await Promise.all([deps.store.catalogue.requestTypeByCode(c.requestTypeCode), deps.store.catalogue.directorateById(c.directorateId)]);
  return {
    reference: c.reference,
    status: c.status,
    statusNotes: STATUS_LABELS_FR[c.status],
    serviceCode: c.requestTypeCode,
    serviceName: type?.label ?? c.requestTypeCode,
    description: redact ? redactContacts(c.description) : c.description,
    agency: directorate?.name ?? c.directorateId,
    requestedAt: c.createdAt,
    updatedAt: c.updatedAt,
    expectedAt: isOpen(c.status) ? c.dueAt : null,
    address: c.location?.address ?? null,
    postcode: c.location?.postcode ?? null,
    latitude: c.location?.latitude ?? null,
    longitude: c.location?.longitude ?? null,
    mediaUrl: c.extra[APP_FIELDS.mediaUrl] ?? null,
  };
}

export interface ReportQuery {
  references?: string[] | undefined;
  serviceCode?: string | undefined;
  start?: Date | undefined;
  end?: Date | undefined;
  status?: 'open' | 'closed' | undefined;
}

/** Public reports newest first: by reference, or within a window (the last 90 days unless told), at most 1,000. */
export async function listPublicReports(deps: CoreDeps, query: ReportQuery, opts: { redact: boolean }): Promise<PublicReport[]> {
  const end = query.end ?? deps.clock.now();
  const start = query.start ?? new Date(end.getTime() - REPORT_WINDOW_DAYS * 86_400_000);
  if (start > end) throw invalid('start_date', 'start_date is after end_date');
  const references = query.references?.map((r) => parseReference(r)).filter((r): r is string => !!r);
  const cases = await deps.store.cases.publicReports({
    references: references?.length ? references : undefined,
    requestTypeCode: query.serviceCode,
    from: references?.length ? undefined : start,
    to: references?.length ? undefined : end,
    open: query.status === undefined ? undefined : query.status === 'open',
    limit: MAX_REPORTS,
  });
  return Promise.all(cases.map((c) => toPublic(deps, c, opts.redact)));
}

export async function getPublicReport(deps: CoreDeps, reference: string, opts: { redact: boolean }): Promise<PublicReport> {
  const [found] = await listPublicReports(deps, { references: [reference] }, opts);
  if (!found) throw notFound('Service request');
  return found;
}

/** What changed on public reports within a window: their status changes and the city's public messages. */
export async function publicReportUpdates(deps: CoreDeps, start: Date | undefined, end: Date | undefined, opts: { redact: boolean }): Promise<ReportUpdate[]> {
  const to = end ?? deps.clock.now();
  const from = start ?? new Date(to.getTime() - REPORT_WINDOW_DAYS * 86_400_000);
  if (from > to) throw invalid('start_date', 'start_date is after end_date');
  const rows = await deps.store.events.publicReportEvents(from, to, MAX_REPORTS);
  return rows.map(({ event: e, reference, status: current }) => {
    const status = (typeof e.data.to === 'string' ? e.data.to : current) as CaseStatus;
    const text = [e.data.message, e.data.body, e.data.answer].find((x): x is string => typeof x === 'string') ?? STATUS_LABELS_FR[status];
    return { updateId: e.id, reference, status, at: e.createdAt, description: opts.redact ? redactContacts(text) : text, mediaUrl: null };
  });
}

/** An app passes on what its user added to a report: a public message on the case, from the reporter. */
export async function postReportUpdate(deps: CoreDeps, actor: Actor, input: { reference: string; description: string; mediaUrl?: string | undefined }): Promise<{ updateId: string }> {
  assertCan(actor, 'open311:submit');
  const reference = parseReference(input.reference);
  if (!reference) throw notFound('Service request');
  const found = await deps.store.cases.findByReference(reference);
  if (!found) throw notFound('Service request');
  const type = await deps.store.catalogue.requestTypeByCode(found.requestTypeCode);
  if (!type?.publicReport) throw notFound('Service request');
  if (!input.description.trim()) throw invalid('description', 'The update needs a description');
  return deps.store.transaction(async (tx) => {
    // A public report is public: any Open311 app may add to it, whichever filed it.
    const c = (await tx.cases.findById(found.id, { forUpdate: true }))!;
    if (!isOpen(c.status)) throw new DomainError('conflict', 'This service request is closed');
    const body = input.mediaUrl ? `${input.description.trim()}\n${input.mediaUrl}` : input.description.trim();
    // From the reporter through the app the city gave a key to: on the public timeline, and an answer when the
    // city was waiting for one.
    const event = caseEvent(deps, c.id, 'resident_message', 'public', actor, { body, channel: 'open311' });
    await tx.events.append(event);
    await resumeOnResidentAnswer(deps, tx, { ...c, updatedAt: deps.clock.now() }, actor);
    return { updateId: event.id };
  });
}
