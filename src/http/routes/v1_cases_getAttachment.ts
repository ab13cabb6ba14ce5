import { createRoute, z } from '@hono/zod-openapi';
import { readAttachment } from '../../core/attachments/attach-file.js';
import { DomainError } from '../../core/errors.js';
import type { App, HttpDeps } from '../context.js';
import { attachmentContent, pickErrors, Uuid } from '../schemas.js';
import { sendFile } from '../attachment-upload.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/cases/{id}/attachments/{attachmentId}',
  operationId: 'getCaseAttachment',
  tags: ['Cases'],
  summary: 'Download a file attached to a case',
  security: [{ apiKey: [] }],
  request: { params: z.object({ id: Uuid, attachmentId: Uuid }) },
  responses: {
    200: { description: 'The file', content: attachmentContent },
    ...pickErrors(401, 403, 404, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const actor = c.get('actor');
    if (actor.role === 'resident') throw new DomainError('forbidden', 'Residents read their files under /v1/me/cases');
    const { id, attachmentId } = c.req.valid('param');
    const { record, bytes } = await readAttachment(deps.core, actor, id, attachmentId);
    return sendFile(c, record, bytes) as never;
  });
}
