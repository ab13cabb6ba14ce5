import { createRoute, z } from '@hono/zod-openapi';
import { createCase } from '../../core/cases/create-case.js';
import type { App, HttpDeps } from '../context.js';
import { ReplayedHeader, caseBody, CaseSchema, ChannelSchema, etagOf, LocationSchema, pickErrors, PrioritySchema, Uuid } from '../schemas.js';

const Name = z.string().trim().min(1).max(100);

export const InlineResidentSchema = z
  .object({
    givenName: Name,
    familyName: Name,
    birthDate: z.iso.date().optional(),
    email: z.string().max(254).optional(),
    phone: z.string().max(40).optional(),
    postalAddress: z.string().max(300).optional(),
    socialHandle: z.string().max(100).optional(),
  })
  .strict()
  .openapi('InlineResident', { description: 'A resident described inline: reused when name and a contact point clearly match, otherwise created' });

export const CreateCaseRequest = z
  .object({
    channel: ChannelSchema,
    requestTypeCode: z.string().min(1).max(64),
    description: z.string().trim().min(1).max(10_000),
    resident: z.union([z.object({ id: Uuid }).strict(), InlineResidentSchema]).optional(),
    location: LocationSchema.optional(),
    priority: PrioritySchema.optional(),
    extra: z.record(z.string().max(64), z.string().max(1000)).optional(),
    resolution: z
      .object({ articleId: z.string().min(1).max(64), answer: z.string().max(10_000).optional() })
      .strict()
      .optional()
      .openapi({ description: 'Resolve at once (first-contact resolution) with the knowledge article that answered' }),
  })
  .strict()
  .openapi('CreateCaseRequest');
export type CreateCaseRequest = z.infer<typeof CreateCaseRequest>;

export const CreateCaseResponse = CaseSchema.extend({
  trackingCode: z.string().openapi({ description: 'Secret for anonymous follow-up; shown once to the resident', example: 'K7M4-Q9XC-2B3D' }),
  residentOutcome: z.enum(['existing', 'matched', 'created', 'created_possible_duplicate']).nullable(),
}).openapi('CreateCaseResponse');
export type CreateCaseResponse = z.infer<typeof CreateCaseResponse>;

export const route = createRoute({
  method: 'post',
  path: '/v1/cases',
  operationId: 'createCase',
  tags: ['Cases'],
  summary: 'Record a request from any channel',
  description:
    'Creates a case. Send an `Idempotency-Key` header: a retry with the same key returns the first result (header `Idempotent-Replayed: true`) and never a second case.',
  security: [{ apiKey: [] }],
  request: {
    headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
    body: { required: true, content: { 'application/json': { schema: CreateCaseRequest } } },
  },
  responses: {
    201: { description: 'Created', headers: ReplayedHeader, content: { 'application/json': { schema: CreateCaseResponse } } },
    ...pickErrors(400, 401, 403, 413, 415, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const input = c.req.valid('json');
    const key = c.req.valid('header')['idempotency-key'];
    const result = await createCase(deps.core, c.get('actor'), input, key);
    c.header('Location', `/v1/cases/${result.case.id}`);
    c.header('ETag', etagOf(result.case));
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    return c.json({ ...caseBody(result.case), trackingCode: result.trackingCode, residentOutcome: result.residentOutcome }, 201);
  });
}
