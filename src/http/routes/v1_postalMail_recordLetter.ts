import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../core/errors.js';
import { recordPostalLetter } from '../../core/postal/record-letter.js';
import type { App, HttpDeps } from '../context.js';
import { ReplayedHeader, caseBody, CaseSchema, pickErrors, PrioritySchema } from '../schemas.js';
import { fileFromForm } from '../attachment-upload.js';

const Fields = z
  .object({
    requestTypeCode: z.string().min(1).max(64),
    description: z.string().trim().min(1).max(10_000),
    priority: PrioritySchema.optional(),
    residentId: z.uuid().optional(),
    givenName: z.string().trim().min(1).max(100).optional(),
    familyName: z.string().trim().min(1).max(100).optional(),
    postalAddress: z.string().trim().max(300).optional(),
    phone: z.string().max(40).optional(),
    email: z.string().max(254).optional(),
  })
  .strict();

export const route = createRoute({
  method: 'post',
  path: '/v1/postal-mail',
  operationId: 'recordPostalLetter',
  tags: ['Channels'],
  summary: 'The mail room records a scanned letter as a case (channel postal)',
  description:
    'multipart/form-data: `file` (the scan: PDF or image, type checked from the content, size-limited) and the fields below. The case and its scan are written together. The sender is a resident id, or the name and address written on the letter.',
  security: [{ apiKey: [] }],
  request: {
    headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: Fields.extend({ file: z.any().openapi({ type: 'string', format: 'binary' }) }).openapi('PostalLetterForm'),
        },
      },
    },
  },
  responses: {
    201: { description: 'Recorded', headers: ReplayedHeader, content: { 'application/json': { schema: CaseSchema.extend({ trackingCode: z.string(), scanAttachmentId: z.uuid().nullable() }).openapi('PostalLetterRecorded') } } },
    ...pickErrors(401, 403, 413, 415, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const scan = await fileFromForm(c, deps.detectContentType);
    const form = await c.req.parseBody();
    const fields = Fields.safeParse(Object.fromEntries(Object.entries(form).filter(([k, v]) => k !== 'file' && typeof v === 'string')));
    if (!fields.success) {
      throw new DomainError('validation_failed', 'The request is not valid', { invalidFields: fields.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
    }
    const f = fields.data;
    if (!f.residentId && (!f.givenName || !f.familyName) && (f.givenName || f.familyName || f.postalAddress)) {
      throw new DomainError('validation_failed', 'The request is not valid', { invalidFields: [{ path: 'familyName', message: 'Give the sender’s given and family names, or a residentId' }] });
    }
    const resident = f.residentId
      ? { id: f.residentId }
      : f.givenName && f.familyName
        ? { givenName: f.givenName, familyName: f.familyName, postalAddress: f.postalAddress, phone: f.phone, email: f.email }
        : undefined;
    const result = await recordPostalLetter(
      deps.core,
      c.get('actor'),
      { requestTypeCode: f.requestTypeCode, description: f.description, priority: f.priority, resident },
      scan,
      { maxBytes: deps.maxAttachmentBytes, idempotencyKey: c.req.valid('header')['idempotency-key'] },
    );
    c.header('Location', `/v1/cases/${result.case.id}`);
    return c.json({ ...caseBody(result.case), trackingCode: result.trackingCode, scanAttachmentId: result.attachmentId }, 201);
  });
}
