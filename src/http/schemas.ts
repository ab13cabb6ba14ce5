import { PROBLEM_CODES, type ProblemCode } from './problem.js';
import { ATTACHMENT_TYPES } from '../core/attachments/attachment-policy.js';
import { z } from '@hono/zod-openapi';
import { CASE_STATUSES, STATUS_LABELS_FR } from '../core/case-status.js';
import type { Case, CaseEvent, ContactPoint, Directorate, KnowledgeArticle, RequestType, Resident } from '../core/model.js';
import { CHANNELS, CONTACT_KINDS, CONTACT_PROVENANCES, PRIORITIES, VERIFICATIONS } from '../core/model.js';

/** Shared OpenAPI schemas and the mapping from domain objects to API bodies. */

export const Id = z.string().min(1).max(64);
export const Uuid = z.uuid().openapi({ example: '01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f' });
export const Timestamp = z.string().openapi({ format: 'date-time', example: '2026-11-23T09:12:00.000Z' });

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ description: 'A page of this installation saying what the problem means and what to do', example: 'https://guichet.ville.example/problems/validation-failed' }),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(PROBLEM_CODES as [ProblemCode, ...ProblemCode[]]).openapi({ description: 'The stable name to test in code' }),
    detail: z.string().optional(),
    detailFr: z.string().optional().openapi({ description: 'The same in French, when it may be shown as is to a resident or an agent' }),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    invalidFields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

export const ChannelSchema = z.enum(CHANNELS).openapi('Channel');
export const StatusSchema = z.enum(CASE_STATUSES).openapi('CaseStatus');
export const PrioritySchema = z.enum(PRIORITIES).openapi('Priority');

export const LocationSchema = z
  .object({
    address: z.string().max(300).optional(),
    postcode: z.string().regex(/^\d{5}$/, 'A French postcode has five digits').optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
  })
  .refine((l) => (l.latitude === undefined) === (l.longitude === undefined), { message: 'Give both latitude and longitude, or neither' })
  .openapi('Location');

export const CaseSchema = z
  .object({
    id: Uuid,
    reference: z.string().openapi({ example: '26-K7M4-Q9XC', description: 'Short, read over the phone; printed on letters' }),
    channel: ChannelSchema,
    requestTypeCode: z.string(),
    directorateId: z.string(),
    residentId: z.string().nullable(),
    description: z.string(),
    location: LocationSchema.nullable(),
    priority: PrioritySchema,
    status: StatusSchema,
    statusLabel: z.string().openapi({ description: 'What the resident reads (French)', example: 'Reçue' }),
    assigneeId: z.string().nullable(),
    mergedInto: z.string().nullable(),
    answeredByArticleId: z.string().nullable(),
    extra: z.record(z.string(), z.string()),
    escalatedAt: Timestamp.nullable(),
    acceptedAt: Timestamp.nullable(),
    dueAt: Timestamp.nullable().openapi({ description: 'Expected answer date (business days, Europe/Paris); null until escalated and while waiting for the resident' }),
    deadlineState: z.enum(['on_track', 'at_risk', 'breached', 'paused']).nullable(),
    remainingBusinessMinutes: z.number().int().nullable().openapi({ description: 'While waiting for the resident: the business minutes left on the deadline, counted again from their answer' }),
    transferCount: z.number().int(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Case');

export function caseBody(c: Case): z.infer<typeof CaseSchema> {
  return {
    id: c.id,
    reference: c.reference,
    channel: c.channel,
    requestTypeCode: c.requestTypeCode,
    directorateId: c.directorateId,
    residentId: c.residentId,
    description: c.description,
    location: c.location,
    priority: c.priority,
    status: c.status,
    statusLabel: STATUS_LABELS_FR[c.status],
    assigneeId: c.assigneeId,
    mergedInto: c.mergedInto,
    answeredByArticleId: c.answeredByArticleId,
    extra: c.extra,
    escalatedAt: c.escalatedAt?.toISOString() ?? null,
    acceptedAt: c.acceptedAt?.toISOString() ?? null,
    dueAt: c.dueAt?.toISOString() ?? null,
    deadlineState: c.deadlineState,
    remainingBusinessMinutes: c.remainingMinutes,
    transferCount: c.transferCount,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export const etagOf = (c: { id: string; version: number }) => `"${c.version}"`;

/** If-Match carries the ETag we sent: `"3"` (or W/"3"). Anything else cannot match. */
export function versionFromIfMatch(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const m = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  return m ? Number(m[1]) : -1;
}

export const CaseEventSchema = z
  .object({
    id: Uuid,
    caseId: Uuid,
    type: z.string().openapi({ example: 'status_changed' }),
    visibility: z.enum(['public', 'internal']),
    actorId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    createdAt: Timestamp,
  })
  .openapi('CaseEvent');

export const caseEventBody = (e: CaseEvent): z.infer<typeof CaseEventSchema> => ({ ...e, createdAt: e.createdAt.toISOString() });

export const ContactPointSchema = z
  .object({
    id: Uuid,
    kind: z.enum(CONTACT_KINDS),
    value: z.string(),
    verified: z.boolean(),
    provenance: z.enum(CONTACT_PROVENANCES).openapi({
      description: 'Where it came from: typed by an agent, asserted by FranceConnect, or claimed through the anonymous form, an email, a social message or an integrator',
    }),
    verifiedBy: z.enum(VERIFICATIONS).nullable().openapi({ description: 'How it was verified: confirmed by an agent, asserted by FranceConnect, or a confirmation link followed' }),
  })
  .openapi('ContactPoint', {
    description:
      'Notifications about a case go to the points given for that case, and to verified points; a point another request added, unverified, receives nothing.',
  });

export const ResidentSchema = z
  .object({
    id: Uuid,
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.string().nullable(),
    contactPoints: z.array(ContactPointSchema),
    mergedInto: z.string().nullable().openapi({ description: 'Set when this record was merged into another' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Resident');

export function residentBody(r: Resident): z.infer<typeof ResidentSchema> {
  return {
    id: r.id,
    givenName: r.givenName,
    familyName: r.familyName,
    birthDate: r.birthDate,
    contactPoints: r.contactPoints.map((cp: ContactPoint) => ({
      id: cp.id,
      kind: cp.kind,
      value: cp.value,
      verified: cp.verified,
      provenance: cp.provenance,
      verifiedBy: cp.verifiedBy ?? null,
    })),
    mergedInto: r.mergedInto,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export const RequestTypeSchema = z
  .object({
    id: z.string(),
    code: z.string().openapi({ example: 'VOI-NID-POULE' }),
    label: z.string().openapi({ example: 'Nid-de-poule ou chaussée dégradée' }),
    category: z.string(),
    directorateId: z.string(),
    complexity: z.enum(['simple', 'complex']),
    deadlineDays: z.number().int().openapi({ description: 'Deadline in business days' }),
    extraFields: z.array(
      z.object({
        name: z.string(),
        label: z.string(),
        required: z.boolean(),
        datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']).optional(),
        values: z.array(z.object({ key: z.string(), name: z.string() })).optional(),
      }),
    ),
    autoEscalate: z.boolean().openapi({ description: 'Cases of this type go to the directorate as soon as they are recorded' }),
    minAcr: z.enum(['eidas1', 'eidas2', 'eidas3']).nullable().openapi({ description: 'Level of assurance a resident needs to file it online (eidas2+: FranceConnect+)' }),
  })
  .openapi('RequestType');

export const requestTypeBody = (rt: RequestType): z.infer<typeof RequestTypeSchema> => ({
  id: rt.id,
  code: rt.code,
  label: rt.label,
  category: rt.category,
  directorateId: rt.directorateId,
  complexity: rt.complexity,
  deadlineDays: rt.deadlineDays,
  extraFields: rt.extraFields,
  autoEscalate: rt.autoEscalate,
  minAcr: rt.minAcr,
});

export const DirectorateSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    openingHours: z.string().nullable(),
  })
  .openapi('Directorate');

export const directorateBody = (d: Directorate): z.infer<typeof DirectorateSchema> => ({
  id: d.id,
  code: d.code,
  name: d.name,
  email: d.email,
  phone: d.phone,
  address: d.address,
  openingHours: d.openingHours,
});

export const KnowledgeArticleSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    body: z.string(),
    requestTypeCode: z.string().nullable(),
    updatedAt: Timestamp,
  })
  .openapi('KnowledgeArticle');

export const knowledgeArticleBody = (a: KnowledgeArticle): z.infer<typeof KnowledgeArticleSchema> => ({
  id: a.id,
  slug: a.slug,
  title: a.title,
  body: a.body,
  requestTypeCode: a.requestTypeCode,
  updatedAt: a.updatedAt.toISOString(),
});

export const LimitQuery = z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'Page size (1-200)' });
export const CursorQuery = z.string().max(500).optional().openapi({ description: 'The nextCursor of the previous page' });

/** Creating POSTs take an Idempotency-Key: a retry with the same key gets the first answer, never a second creation. */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'Any unique string per intended creation (a UUID): a retry with the same key returns the first result, marked Idempotent-Replayed' }),
});
/** The response header of a replayed creation. */
export const ReplayedHeader = {
  'Idempotent-Replayed': { description: '`true` when this answer is the first request’s, replayed for a retry with the same Idempotency-Key', schema: { type: 'string' as const, enum: ['true'] } },
};

/** A downloaded attachment: one of the types an attachment may have (detected from its bytes when it arrived). */
export const attachmentContent = Object.fromEntries(Object.keys(ATTACHMENT_TYPES).map((type) => [type, { schema: z.string().openapi({ format: 'binary' }) }]));

/** Standard error responses, so every operation documents its problems. */
const problemContent = { 'application/problem+json': { schema: ProblemSchema } };
export const errors = {
  400: { description: 'Malformed request (bad JSON)', content: problemContent },
  401: { description: 'Not signed in, or missing or invalid API key or token', content: problemContent },
  403: { description: 'Your role may not do this', content: problemContent },
  404: { description: 'Not found, or not visible to you', content: problemContent },
  409: { description: 'Not possible in the current state', content: problemContent },
  412: { description: 'If-Match does not match the current ETag', content: problemContent },
  413: { description: 'Body too large', content: problemContent },
  415: { description: 'Body is not JSON', content: problemContent },
  422: { description: 'Validation failed; see invalidFields', content: problemContent },
  429: { description: 'Too many requests; see Retry-After', content: problemContent },
} as const;

export function pickErrors<K extends keyof typeof errors>(...codes: K[]): Pick<typeof errors, K> {
  return Object.fromEntries(codes.map((k) => [k, errors[k]])) as Pick<typeof errors, K>;
}
