import { createRoute, z } from '@hono/zod-openapi';
import { assertCan } from '../../core/actor.js';
import { caseEvent } from '../../core/cases/case-event.js';
import { getCase } from '../../core/cases/read-case.js';
import { caseFacts } from '../../core/notifications/case-facts.js';
import { DomainError, notFound } from '../../core/errors.js';
import { acknowledgementLetter, notificationEmail, type NotificationFacts } from '../../core/notifications/templates-fr.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, Timestamp, Uuid } from '../schemas.js';
import { letterPdf } from '../../../adapters/notify/letter-pdf.js';

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
  const letters = () => {
    if (!deps.notifications) throw new DomainError('conflict', 'Notifications are not configured');
    return deps.notifications.letters;
  };
  const load = (id: string) => letters().find(id);
  /** A letter about a case the caller may not see answers like a missing letter. */
  const visibleCase = (actor: Parameters<typeof getCase>[1], caseId: string, purpose?: string) =>
    getCase(deps.core, actor, caseId, { purpose, notFoundAs: 'Letter' });

  app.openapi(list, async (c) => {
    assertCan(c.get('actor'), 'cases:work');
    const rows = await letters().toPrint();
    return c.json({ items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) }, 200);
  });

  app.openapi(pdf, async (c) => {
    const actor = c.get('actor');
    assertCan(actor, 'cases:work');
    const n = await load(c.req.valid('param').id);
    if (!n) throw notFound('Letter');
    const found = await visibleCase(actor, n.caseId, 'courrier à imprimer');
    const [{ service, expectedAnswerAt, requestTypeLabel }, resident] = await Promise.all([
      caseFacts(deps.core, found),
      found.residentId ? deps.core.store.residents.findById(found.residentId) : null,
    ]);
    const followUrl = `${deps.identity.publicBaseUrl}/v1/public/cases/${found.reference}`;
    const recipient = resident
      ? { name: `${resident.givenName} ${resident.familyName}`.trim(), address: resident.contactPoints.find((p) => p.kind === 'postal_address')?.value ?? null }
      : null;
    const letter =
      n.kind === 'acknowledgement'
        ? acknowledgementLetter({ reference: found.reference, trackingCode: null, receivedAt: found.createdAt, requestTypeLabel, service, expectedAnswerAt, followUrl, recipient, city: 'Mairie' })
        : (() => {
            const mail = notificationEmail({ kind: n.kind, reference: found.reference, requestTypeLabel, serviceName: service.name, service, receivedAt: found.createdAt, expectedAnswerAt, text: n.message?.text ?? null, followUrl });
            return { title: mail.subject.replace(/^\[[^\]]+\]\s*/, ''), lines: [...(recipient ? [recipient.name, ...(recipient.address ? [recipient.address] : []), ''] : []), ...mail.text.split('\n')] };
          })();
    const bytes = await letterPdf({ ...letter, reference: found.reference, sender: 'Mairie — Guichet unique' });
    return c.body(new Uint8Array(bytes) as unknown as ArrayBuffer, 200, { 'content-type': 'application/pdf', 'cache-control': 'private, no-store' }) as never;
  });

  app.openapi(posted, async (c) => {
    const actor = c.get('actor');
    assertCan(actor, 'cases:work');
    const n = await load(c.req.valid('param').id);
    if (!n) throw notFound('Letter');
    await visibleCase(actor, n.caseId);
    if (!(await letters().markPosted(n.id))) throw new DomainError('conflict', 'This letter was already posted');
    await deps.core.store.events.append(caseEvent(deps.core, n.caseId, 'notification_sent', 'public', actor, { kind: n.kind, channel: 'letter', status: 'posted' }));
    return c.body(null, 204);
  });
}
