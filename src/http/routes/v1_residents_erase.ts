import { createRoute, z } from '@hono/zod-openapi';
import { eraseResident } from '../../core/rgpd/erasure.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, Uuid } from '../schemas.js';

/** The right to erasure, on a resident's written request; legal holds stay, and say why. */
export const route = createRoute({
  method: 'post',
  path: '/v1/residents/{id}/erasure',
  operationId: 'eraseResident',
  tags: ['Residents'],
  summary: 'Erase a resident’s data on their request (RGPD art. 17), except what the city must keep',
  description:
    'Counter agents, supervisors and admins. Cases still being handled, and decisions that can still be challenged, are kept (`held`, with the reason in French); every other case is anonymised as retention would; when nothing is held, the record itself is emptied. `explanationFr` is the answer to send to the resident. Written in the access log with the reason.',
  security: [{ apiKey: [] }],
  request: {
    params: z.object({ id: Uuid }),
    body: { required: true, content: { 'application/json': { schema: z.object({ reason: z.string().min(1).max(500).openapi({ description: 'The request: a letter of such date, a form…', example: 'Courrier du 2 décembre 2026' }) }).strict() } } },
  },
  responses: {
    200: {
      description: 'What was erased, and what is held',
      content: {
        'application/json': {
          schema: z
            .object({
              recordErased: z.boolean(),
              anonymised: z.array(z.string()).openapi({ description: 'References of the cases anonymised' }),
              held: z.array(z.object({ reference: z.string(), reasonFr: z.string() })),
              explanationFr: z.string(),
            })
            .openapi('ErasureOutcome'),
        },
      },
    },
    ...pickErrors(401, 403, 404, 415, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => c.json(await eraseResident(deps.core, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200));
}
