import { createRoute, z } from '@hono/zod-openapi';
import { getCase } from '../../core/cases/read-case.js';
import { caseFacts } from '../../core/notifications/case-facts.js';
import { acknowledgementLetter } from '../../core/notifications/templates-fr.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, Uuid } from '../schemas.js';
import { letterPdf } from '../../../adapters/notify/letter-pdf.js';

export const route = createRoute({
  method: 'get',
  path: '/v1/cases/{id}/acknowledgement.pdf',
  operationId: 'caseAcknowledgementPdf',
  tags: ['Cases'],
  summary: 'The acknowledgement as a PDF: the receipt printed at the counter, the letter posted for a postal request',
  description: 'Date of receipt, the service in charge with its contact details and the expected answer date (CRPA L112-3, R112-5). The read is in the resident’s access log.',
  security: [{ apiKey: [] }],
  request: { params: z.object({ id: Uuid }) },
  responses: {
    200: { description: 'A4 PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
    ...pickErrors(401, 403, 404, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const found = await getCase(deps.core, c.get('actor'), c.req.valid('param').id, { purpose: 'accusé de réception' });
    const [facts, resident] = await Promise.all([caseFacts(deps.core, found), found.residentId ? deps.core.store.residents.findById(found.residentId) : null]);
    const letter = acknowledgementLetter({
      ...facts,
      reference: found.reference,
      trackingCode: null,
      receivedAt: found.createdAt,
      followUrl: `${deps.identity.publicBaseUrl}/v1/public/cases/${found.reference}`,
      recipient: resident
        ? { name: `${resident.givenName} ${resident.familyName}`.trim(), address: resident.contactPoints.find((p) => p.kind === 'postal_address')?.value ?? null }
        : null,
      city: 'Mairie',
    });
    const pdf = await letterPdf({ ...letter, reference: found.reference, sender: 'Mairie — Guichet unique' });
    return c.body(new Uint8Array(pdf) as unknown as ArrayBuffer, 200, {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="accuse-reception-${found.reference}.pdf"`,
      'cache-control': 'private, no-store',
    }) as never;
  });
}
