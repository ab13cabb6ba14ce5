import { z } from '@hono/zod-openapi';
import { KEY_SCOPES } from '../core/actor.js';
import { AGENT_ROLES } from '../core/admin/agents.js';
import { AUDITED_ENTITIES, ROLES, type AgentRecord, type ApiKeyRecord, type AuditEntry } from '../core/model.js';
import { Timestamp } from './schemas.js';

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
