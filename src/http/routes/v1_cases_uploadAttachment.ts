import { createRoute, z } from '@hono/zod-openapi';
import { attachToCase } from '../../core/attachments/attach-file.js';
import type { App, HttpDeps } from '../context.js';
import { IdempotencyHeaders, ReplayedHeader, pickErrors, Uuid } from '../schemas.js';
import { AttachmentSchema, attachmentBody, fileFromForm, UploadForm } from '../attachment-upload.js';

export const route = createRoute({
  method: 'post',
  path: '/v1/cases/{id}/attachments',
  operationId: 'uploadCaseAttachment',
  tags: ['Cases'],
  summary: 'Attach a file to a case (a scanned letter, a photo)',
  description: 'Recorded on the internal timeline. Size-limited (413); the type is checked from the content, not the name (415).',
  security: [{ apiKey: [] }],
  request: { params: z.object({ id: Uuid }), headers: IdempotencyHeaders, body: { required: true, content: { 'multipart/form-data': { schema: UploadForm } } } },
  responses: {
    201: { description: 'Stored', headers: ReplayedHeader, content: { 'application/json': { schema: AttachmentSchema } } },
    ...pickErrors(401, 403, 404, 413, 415, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { record, replayed } = await attachToCase(
      deps.core,
      c.get('actor'),
      c.req.valid('param').id,
      await fileFromForm(c, deps.detectContentType),
      deps.maxAttachmentBytes,
      c.req.valid('header')['idempotency-key'],
    );
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(attachmentBody(record), 201);
  });
}
