import { z } from '@hono/zod-openapi';
import { KEY_SCOPES } from '../core/actor.js';
import { AGENT_ROLES } from '../core/admin/agents.js';
import { AUDITED_ENTITIES, IMPLICIT_DECISIONS, ROLES, type AgentRecord, type ApiKeyRecord, type AuditEntry, type Directorate, type KnowledgeArticle, type RequestType } from '../core/model.js';
import { directorateBody, requestTypeBody, Timestamp } from './schemas.js';

export const AgentRoleSchema = z.enum(AGENT_ROLES as [AgentRecord['role'], ...AgentRecord['role'][]]);

export const AgentSchema = z
  .object({
    id: z.string().openapi({ example: 'j.martin' }),
    displayName: z.string(),
    email: z.string().nullable(),
    role: AgentRoleSchema,
    directorateId: z.string().nullable(),
    active: z.boolean().openapi({ description: 'false: the agent can no longer sign in, and their API keys stop working at once' }),
    absent: z.boolean(),
    version: z.number().int().openapi({ description: 'Also sent as the ETag; send it back in If-Match' }),
    createdAt: Timestamp,
    updatedAt: Timestamp.nullable(),
  })
  .openapi('Agent');

export const agentBody = (a: AgentRecord): z.infer<typeof AgentSchema> => ({
  id: a.id,
  displayName: a.displayName,
  email: a.email,
  role: a.role,
  directorateId: a.directorateId,
  active: a.active,
  absent: a.absent,
  version: a.version,
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt?.toISOString() ?? null,
});


export const ApiKeySchema = z
  .object({
    id: z.string(),
    label: z.string(),
    role: z.enum(ROLES),
    agentId: z.string().nullable(),
    directorateId: z.string().nullable(),
    scopes: z.array(z.enum(KEY_SCOPES)),
    createdAt: Timestamp,
    revokedAt: Timestamp.nullable(),
    revokedBy: z.string().nullable(),
    replacedBy: z.string().nullable().openapi({ description: 'The key that replaced this one when it was rotated' }),
    expiresAt: Timestamp.nullable().openapi({ description: 'Rotated with an overlap: when this key stops working' }),
    lastUsedAt: Timestamp.nullable().openapi({ description: 'Last authenticated use (to within half a minute); null when never used' }),
  })
  .openapi('ApiKey', { description: 'A key as administration sees it: never the secret, never its hash.' });

export const apiKeyBody = (k: ApiKeyRecord): z.infer<typeof ApiKeySchema> => ({
  id: k.id,
  label: k.label,
  role: k.role,
  agentId: k.agentId,
  directorateId: k.directorateId,
  scopes: k.scopes as z.infer<typeof ApiKeySchema>['scopes'],
  createdAt: k.createdAt.toISOString(),
  revokedAt: k.revokedAt?.toISOString() ?? null,
  revokedBy: k.revokedBy,
  replacedBy: k.replacedBy,
  expiresAt: k.expiresAt?.toISOString() ?? null,
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
});

export const IssuedApiKeySchema = ApiKeySchema.extend({
  key: z.string().openapi({ description: 'The secret, shown this once: only its hash is kept', example: 'gk_integrator_…' }),
}).openapi('IssuedApiKey');

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    at: Timestamp,
    actor: z.string().openapi({ description: 'The agent (or key) that made the change' }),
    actorLabel: z.string().nullable(),
    entity: z.enum(AUDITED_ENTITIES),
    entityId: z.string(),
    action: z.string().openapi({ example: 'deactivated' }),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi('AuditEntry');

export const auditBody = (e: AuditEntry): z.infer<typeof AuditEntrySchema> => ({ ...e, at: e.at.toISOString() });

// The catalogue as administration sees and writes it: every field, and the version for If-Match.
const Minutes = z.number().int().min(0).max(1440);
const BusinessHours = z
  .record(z.enum(['1', '2', '3', '4', '5', '6', '7']), z.array(z.tuple([Minutes, Minutes])).max(6))
  .nullable()
  .openapi({ description: 'Open intervals per ISO weekday (1 = Monday) in minutes after local midnight; null: the city’s hours', example: { '1': [[510, 720], [810, 1020]] } });
const DirectorateFields = {
  name: z.string().min(1).max(200),
  email: z.string().email().max(320).nullable(),
  phone: z.string().max(40).nullable(),
  address: z.string().max(400).nullable(),
  openingHours: z.string().max(400).nullable().openapi({ description: 'As residents read it (“lun-ven 8h30-17h”)' }),
  businessHours: BusinessHours,
  staffEmail: z.string().email().max(320).nullable().openapi({ description: 'The team mailbox its alerts go to' }),
  closedDays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).max(366).openapi({ description: 'Closure days besides weekends and holidays (a “pont”, a strike day): deadlines skip them' }),
};
export const AdminDirectorateSchema = z.object({ id: z.string(), code: z.string(), ...DirectorateFields, version: z.number().int() }).openapi('AdminDirectorate');
export const DirectorateInputSchema = z
  .object({ id: z.string().min(2).max(64), ...DirectorateFields, email: DirectorateFields.email.optional(), phone: DirectorateFields.phone.optional(), address: DirectorateFields.address.optional(), openingHours: DirectorateFields.openingHours.optional(), businessHours: BusinessHours.optional(), staffEmail: DirectorateFields.staffEmail.optional(), closedDays: DirectorateFields.closedDays.optional() })
  .strict();
export const DirectoratePatchSchema = z.object(DirectorateFields).partial().strict();
export const adminDirectorateBody = (d: Directorate): z.infer<typeof AdminDirectorateSchema> => ({
  ...directorateBody(d),
  businessHours: d.businessHours as z.infer<typeof BusinessHours>,
  staffEmail: d.staffEmail ?? null,
  closedDays: d.closedDays ?? [],
  version: d.version ?? 1,
});

const RequestTypeFields = {
  label: z.string().min(1).max(200),
  category: z.string().min(1).max(100),
  directorateId: z.string().min(1).max(64),
  complexity: z.enum(['simple', 'complex']),
  deadlineDays: z.number().int().min(1).max(365),
  extraFields: z
    .array(
      z
        .object({
          name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/),
          label: z.string().min(1).max(200),
          required: z.boolean(),
          datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']).optional().openapi({ description: 'Open311 datatype; absent means string' }),
          values: z.array(z.object({ key: z.string().min(1).max(100), name: z.string().min(1).max(200) }).strict()).max(100).optional().openapi({ description: 'The choices of a list' }),
        })
        .strict(),
    )
    .max(20),
  active: z.boolean(),
  autoEscalate: z.boolean(),
  minAcr: z.enum(['eidas1', 'eidas2', 'eidas3']).nullable(),
  publicReport: z.boolean().openapi({ description: 'Listed in public reports (Open311): potholes, lighting — never civil registry or social help' }),
  retentionDays: z.number().int().min(1).max(36500).nullable().openapi({ description: 'Days a closed case is kept before anonymisation; null: the city’s default' }),
  implicitDecision: z.enum(IMPLICIT_DECISIONS).openapi({ description: 'CRPA: `none` when no decision is expected (a report, a question); otherwise what the administration’s silence is worth after `implicitDecisionMonths` (acknowledgements state the date, and for a rejection how to appeal)' }),
  implicitDecisionMonths: z.number().int().min(1).max(12).openapi({ description: 'Months of silence after which the implicit decision arises (two unless a text says otherwise)' }),
  appealRoutes: z.string().min(1).max(2000).nullable().openapi({ description: 'How to appeal an implicit rejection, in the city’s words (French); null: a general wording' }),
};
export const AdminRequestTypeSchema = z.object({ id: z.string(), code: z.string(), ...RequestTypeFields, version: z.number().int() }).openapi('AdminRequestType');
export const RequestTypeInputSchema = z
  .object({
    code: z.string().min(2).max(64),
    ...RequestTypeFields,
    extraFields: RequestTypeFields.extraFields.default([]),
    active: z.boolean().default(true),
    autoEscalate: z.boolean().default(false),
    minAcr: RequestTypeFields.minAcr.default(null),
    publicReport: z.boolean().default(false),
    retentionDays: RequestTypeFields.retentionDays.default(null),
    implicitDecision: RequestTypeFields.implicitDecision.default('none'),
    implicitDecisionMonths: RequestTypeFields.implicitDecisionMonths.default(2),
    appealRoutes: RequestTypeFields.appealRoutes.default(null),
  })
  .strict();
export const RequestTypePatchSchema = z.object(RequestTypeFields).partial().strict();
export const adminRequestTypeBody = (rt: RequestType): z.infer<typeof AdminRequestTypeSchema> => ({
  ...requestTypeBody(rt),
  active: rt.active,
  publicReport: rt.publicReport ?? false,
  retentionDays: rt.retentionDays ?? null,
  implicitDecision: rt.implicitDecision ?? 'none',
  implicitDecisionMonths: rt.implicitDecisionMonths ?? 2,
  appealRoutes: rt.appealRoutes ?? null,
  version: rt.version ?? 1,
});

const ArticleFields = {
  title: z.string().min(1).max(300),
  body: z.string().min(1).max(50_000),
  requestTypeCode: z.string().max(64).nullable(),
  status: z.enum(['draft', 'published', 'retired']).openapi({ description: 'Only published articles are found by search' }),
};
export const AdminArticleSchema = z.object({ id: z.string(), slug: z.string(), ...ArticleFields, updatedAt: Timestamp, version: z.number().int() }).openapi('AdminKnowledgeArticle');
export const ArticleInputSchema = z.object({ slug: z.string().min(2).max(64), ...ArticleFields, requestTypeCode: ArticleFields.requestTypeCode.default(null), status: ArticleFields.status.default('draft') }).strict();
export const ArticlePatchSchema = z.object(ArticleFields).partial().strict();
export const adminArticleBody = (a: KnowledgeArticle): z.infer<typeof AdminArticleSchema> => ({
  id: a.id,
  slug: a.slug,
  title: a.title,
  body: a.body,
  requestTypeCode: a.requestTypeCode,
  status: a.status ?? 'published',
  updatedAt: a.updatedAt.toISOString(),
  version: a.version ?? 1,
});

export const CatalogueDocumentSchema = z
  .object({
    directorates: z.array(DirectorateInputSchema.extend({ code: z.string().optional(), version: z.number().int().optional() })).max(500),
    requestTypes: z.array(RequestTypeInputSchema.extend({ id: z.string().optional(), version: z.number().int().optional() })).max(2000),
    knowledgeArticles: z.array(ArticleInputSchema.extend({ id: z.string().optional(), updatedAt: z.string().optional(), version: z.number().optional() })).max(5000),
  })
  .openapi('CatalogueDocument', { description: 'The whole catalogue: what GET /v1/admin/catalogue gives and PUT takes back' });
