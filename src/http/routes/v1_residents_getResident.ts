import { createRoute, z } from '@hono/zod-openapi';
import { getResidentRecord } from '../../core/residents/resident-record.js';
import type { App, HttpDeps } from '../context.js';
import { caseBody, CaseSchema, pickErrors, residentBody, ResidentSchema, Uuid } from '../schemas.js';

export const CertifiedIdentitySchema = z
  .object({
    provider: z.string().openapi({ example: 'franceconnect' }),
    source: z.string().url().openapi({ description: 'The issuer that certified these attributes' }),
    level: z.string().nullable().openapi({ example: 'eidas1', description: 'Level of assurance of the login that sent them' }),
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    preferredUsername: z.string().nullable().openapi({ description: "Usage name (nom d'usage)" }),
    birthDate: z.string().nullable(),
    gender: z.enum(['male', 'female']).nullable(),
    birthplace: z.string().nullable().openapi({ description: 'INSEE code of the commune of birth; null when born abroad' }),
    birthcountry: z.string().nullable().openapi({ description: 'INSEE code of the country of birth (99100: France)' }),
    linkStatus: z.enum(['linked', 'pending_review', 'new_record']),
    lastSeenAt: z.string().datetime(),
  })
  .openapi('CertifiedIdentity', { description: 'Certified by the national register through FranceConnect; no API edits them.' });

export const ResidentRecordSchema = ResidentSchema.extend({
  cases: z.array(CaseSchema).openapi({ description: 'Every case of the resident across channels, newest first' }),
  certifiedIdentities: z.array(CertifiedIdentitySchema),
  recentCalls: z
    .array(z.object({ callId: z.string(), event: z.enum(['ringing', 'answered', 'ended']), caller: z.string().nullable(), agentId: z.string().nullable(), at: z.string().datetime() }))
    .openapi({ description: 'Calls from this resident’s numbers reported by the telephony system, newest first' }),
}).openapi('ResidentRecord');

export const route = createRoute({
  method: 'get',
  path: '/v1/residents/{id}',
  operationId: 'getResident',
  tags: ['Residents'],
  summary: "A resident's record with all their cases (360° view)",
  description: 'Each read is recorded in the resident\'s access log. Send `X-Access-Purpose` to say why (e.g. "appel entrant").',
  security: [{ apiKey: [] }],
  request: {
    params: z.object({ id: Uuid }),
    headers: z.object({ 'x-access-purpose': z.string().max(200).optional() }),
    query: z.object({ caseLimit: z.coerce.number().int().min(1).max(500).default(100) }),
  },
  responses: {
    200: { description: 'The record', content: { 'application/json': { schema: ResidentRecordSchema } } },
    ...pickErrors(401, 403, 404, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const record = await getResidentRecord(deps.core, c.get('actor'), c.req.valid('param').id, {
      purpose: c.req.valid('header')['x-access-purpose'],
      caseLimit: c.req.valid('query').caseLimit,
    });
    return c.json(
      {
        ...residentBody(record.resident),
        cases: record.cases.map(caseBody),
        certifiedIdentities: record.identities.map((i) => ({
          provider: i.provider,
          source: i.issuer,
          level: i.certifiedLevel,
          givenName: i.certified?.givenName ?? null,
          familyName: i.certified?.familyName ?? null,
          preferredUsername: i.certified?.preferredUsername ?? null,
          birthDate: i.certified?.birthDate ?? null,
          gender: i.certified?.gender ?? null,
          birthplace: i.certified?.birthplace ?? null,
          birthcountry: i.certified?.birthcountry ?? null,
          linkStatus: i.linkStatus,
          lastSeenAt: i.lastSeenAt.toISOString(),
        })),
        recentCalls: record.calls.map((call) => ({ callId: call.callId, event: call.event, caller: call.caller, agentId: call.agentId, at: call.at.toISOString() })),
      },
      200,
    );
  });
}
