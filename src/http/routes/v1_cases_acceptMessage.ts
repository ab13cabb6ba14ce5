import { createRoute, z } from '@hono/zod-openapi';
import { acceptUnverifiedMessage } from '../../core/cases/accept-message.js';
import { caseUpdateRequest, caseUpdateResponses, expectedVersion, updatedCase } from '../case-update.js';
import type { App, HttpDeps } from '../context.js';
import { Uuid } from '../schemas.js';

export const route = createRoute({
  method: 'post',
  path: '/v1/cases/{id}/events/{eventId}/accept',
  operationId: 'acceptUnverifiedMessage',
  tags: ['Cases'],
  summary: 'Accept a message held as unverified',
  description:
    'A message that named this case (reference in the subject, a reply to one of our messages) from a sender not proved to be its resident is kept as an internal `unverified_message` and resumes nothing. Accepting it adds it to the public timeline as the resident\'s message and, when the case waits for the resident, resumes its deadline. 404 for any other event; 409 when accepted already.',
  security: [{ apiKey: [] }],
  request: { ...caseUpdateRequest, params: z.object({ id: Uuid, eventId: Uuid }) },
  responses: caseUpdateResponses,
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { id, eventId } = c.req.valid('param');
    const updated = await acceptUnverifiedMessage(deps.core, c.get('actor'), id, eventId, { expectedVersion: expectedVersion(c) });
    return c.json(updatedCase(c, updated), 200);
  });
}
