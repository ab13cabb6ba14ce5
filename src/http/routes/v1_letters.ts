import { createRoute, z } from '@hono/zod-openapi';
import { lettersToPrint, markLetterPosted, printLetter } from '../../core/notifications/letters.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, Timestamp, Uuid } from '../schemas.js';

/**
 * The mail room's print queue: notifications for residents without an email or a mobile go out by post.
 * It lists them, prints each as a PDF letter and marks it posted (which goes on the case timeline).
 */
const LetterSchema = z
  .object({ id: z.uuid(), caseId: z.uuid(), reference: z.string(), kind: z.string(), createdAt: Timestamp })
  .openapi('LetterToPrint');

export const list = createRoute({
  method: 'get',
  path: '/v1/letters',
  operationId: 'listLettersToPrint',
  tags: ['Channels'],
  summary: 'Letters waiting to be printed and posted (residents without email or mobile)',
  security: [{ apiKey: [] }],
  responses: { 200: { description: 'Oldest first', content: { 'application/json': { schema: z.object({ items: z.array(LetterSchema) }) } } }, ...pickErrors(401, 403) },
});

export const pdf = createRoute({
  method: 'get',
  path: '/v1/letters/{id}/letter.pdf',
  operationId: 'printLetter',
  tags: ['Channels'],
  summary: 'One letter as a PDF, addressed to the resident',
  security: [{ apiKey: [] }],
  request: { params: z.object({ id: Uuid }) },
  responses: { 200: { description: 'A4 PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } }, ...pickErrors(401, 403, 404, 422) },
});

export const posted = createRoute({
  method: 'post',
  path: '/v1/letters/{id}/posted',
  operationId: 'markLetterPosted',
  tags: ['Channels'],
  summary: 'Mark a letter as posted',
  security: [{ apiKey: [] }],
  request: { params: z.object({ id: Uuid }) },
  responses: { 204: { description: 'Posted' }, ...pickErrors(401, 403, 404, 409, 422) },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(list, async (c) => {
    const rows = await lettersToPrint(deps.core, c.get('actor'));
    return c.json({ items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) }, 200);
  });

  app.openapi(pdf, async (c) => {
    const bytes = await printLetter(deps.core, c.get('actor'), c.req.valid('param').id);
    return c.body(new Uint8Array(bytes) as unknown as ArrayBuffer, 200, { 'content-type': 'application/pdf', 'cache-control': 'private, no-store' }) as never;
  });

  app.openapi(posted, async (c) => {
    await markLetterPosted(deps.core, c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
