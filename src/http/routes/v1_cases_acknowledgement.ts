import { createRoute, z } from '@hono/zod-openapi';
import { printAcknowledgement } from '../../core/notifications/letters.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, Uuid } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/cases/{id}/acknowledgement.pdf',
  operationId: 'caseAcknowledgementPdf',
  tags: ['Cases'],
  summary: 'The acknowledgement as a PDF: the receipt printed at the counter, the letter posted for a postal request',
  description: 'Date of receipt, the service in charge with its contact details, the expected answer date (CRPA L112-3, R112-5) and a tracking code for following the request at `/suivi/{reference}` — a fresh one at each print (earlier codes stay valid; only hashes are kept). The read is in the resident’s access log.',
  security: [{ apiKey: [] }],
  request: { params: z.object({ id: Uuid }) },
  responses: {
    200: { description: 'A4 PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
    ...pickErrors(401, 403, 404, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { pdf, reference } = await printAcknowledgement(deps.core, c.get('actor'), c.req.valid('param').id);
    return c.body(new Uint8Array(pdf) as unknown as ArrayBuffer, 200, {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="accuse-reception-${reference}.pdf"`,
      'cache-control': 'private, no-store',
    }) as never;
  });
}
