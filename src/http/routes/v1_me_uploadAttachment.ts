import { createRoute, z } from '@hono/zod-openapi';
import { attachToMyCase } from '../../core/attachments/attach-file.js';
import type { App, HttpDeps } from '../context.js';
import { limitResidentWrite } from '../resident-limits.js';
import { IdempotencyHeaders, ReplayedHeader, pickErrors, Uuid } from '../schemas.js';
import { SESSION_SECURITY } from '../me-schemas.js';
import { AttachmentSchema, attachmentBody, fileFromForm, UploadForm } from '../attachment-upload.js';

export const route = createRoute({
  method: 'post',
  path: '/v1/me/cases/{id}/attachments',
  operationId: 'uploadMyAttachment',
  tags: ['Me'],
  summary: 'Upload a file to one of my requests',
  description: 'Then send its id in `attachmentIds` of a message. Size-limited (413); the type is checked from the content (415).',
  security: SESSION_SECURITY,
  request: { params: z.object({ id: Uuid }), headers: IdempotencyHeaders, body: { required: true, content: { 'multipart/form-data': { schema: UploadForm } } } },
  responses: {
    201: { description: 'Stored', headers: ReplayedHeader, content: { 'application/json': { schema: AttachmentSchema } } },
    ...pickErrors(401, 403, 404, 413, 415, 422, 429),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    await limitResidentWrite(deps, c.get('actor'), 'upload');
    const { record, replayed } = await attachToMyCase(
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
