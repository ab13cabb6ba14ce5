import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { myExport, residentExport, subjectAccessLines, type SubjectAccessExport } from '../../core/residents/subject-access.js';
import type { App, HttpDeps } from '../context.js';
import { SESSION_SECURITY } from '../me-schemas.js';
import { pickErrors, Uuid } from '../schemas.js';

/**
 * The right of access (RGPD art. 15): a resident downloads everything Guichet holds on them; an agent produces the
 * same for a written request. JSON (the data as stored, section by section) or a readable PDF (`format=pdf`).
 */
const Section = z.array(z.record(z.string(), z.unknown()));
const ExportSchema = z
  .object({
    generatedAt: z.string().openapi({ format: 'date-time' }),
    controller: z.string().openapi({ description: 'The data controller (the city)' }),
    records: Section.openapi({ description: 'The record and every record merged into it' }),
    contactPoints: Section,
    cases: Section.openapi({ description: 'Every case with its whole timeline, attachments’ names, notifications and satisfaction answer' }),
    accessLog: Section.openapi({ description: 'Who read the record, when and why' }),
    identities: Section,
    identityLinkCandidates: Section,
    sessions: Section,
    duplicateCandidates: Section,
    merges: Section,
    phoneCalls: Section,
    nameSearchWords: z.array(z.string()).openapi({ description: 'The words of the name indexed for the agents’ search' }),
  })
  .openapi('SubjectAccessExport');
const query = z.object({ format: z.enum(['json', 'pdf']).default('json').openapi({ description: '`pdf`: the same, as a document to read' }) });
const answers = {
  200: { description: 'Everything held on the person', content: { 'application/json': { schema: ExportSchema }, 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
};

export const mine = createRoute({
  method: 'get',
  path: '/v1/me/export',
  operationId: 'myDataExport',
  tags: ['Me'],
  summary: 'Everything the city holds on me (RGPD right of access)',
  security: SESSION_SECURITY,
  request: { query },
  responses: { ...answers, ...pickErrors(401, 403, 404, 422) },
});

export const forResident = createRoute({
  method: 'get',
  path: '/v1/residents/{id}/export',
  operationId: 'residentDataExport',
  tags: ['Residents'],
  summary: 'Everything held on a resident, for their written request (RGPD right of access)',
  description: 'Counter agents, supervisors and admins. Written in the resident’s access log (purpose: the right of access).',
  security: [{ apiKey: [] }],
  request: { params: z.object({ id: Uuid }), query },
  responses: { ...answers, ...pickErrors(401, 403, 404, 422) },
});

function send(c: Context, deps: HttpDeps, x: SubjectAccessExport, format: 'json' | 'pdf') {
  c.header('Cache-Control', 'no-store');
  if (format === 'json') {
    c.header('Content-Disposition', 'attachment; filename="mes-donnees.json"');
    return c.json(x, 200);
  }
  return deps.core.printer.pdf({ title: 'Vos données personnelles', lines: subjectAccessLines(x), reference: 'RGPD', sender: `${deps.core.city.name} — Guichet unique` }).then((pdf) => {
    c.header('Content-Type', 'application/pdf');
    c.header('Content-Disposition', 'attachment; filename="mes-donnees.pdf"');
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200);
  });
}

export function register(app: App, deps: HttpDeps) {
  app.openapi(mine, async (c) => send(c, deps, await myExport(deps.core, c.get('actor')), c.req.valid('query').format) as never);
  app.openapi(forResident, async (c) => send(c, deps, await residentExport(deps.core, c.get('actor'), c.req.valid('param').id), c.req.valid('query').format) as never);
}
