import { createRoute, z } from '@hono/zod-openapi';
import { assertCan } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors } from '../schemas.js';

export const route = createRoute({
  method: 'post',
  path: '/v1/inbound/email',
  operationId: 'ingestEmail',
  tags: ['Channels'],
  summary: 'Hand over one email as raw MIME (for mail servers that do not relay by SMTP)',
  description:
    'Body: the message exactly as received (`Content-Type: message/rfc822`). Same handling as the SMTP listener: threaded or a new case, acknowledged unless it is automatic mail, or quarantined with a reason. A second delivery of the same Message-ID is recorded once. The sender is checked (DMARC, or the trusted relay\'s Authentication-Results): a message that names a case by its reference or Message-ID but whose sender is not proved to be that case\'s resident is `held` on the case as an internal unverified message for an agent to accept.',
  security: [{ apiKey: [] }],
  request: { body: { required: true, content: { 'message/rfc822': { schema: z.string().openapi({ format: 'binary' }) } } } },
  responses: {
    200: {
      description: 'What became of it',
      content: {
        'application/json': {
          schema: z
            .object({
              outcome: z.enum(['created', 'threaded', 'held', 'duplicate', 'quarantined']),
              caseId: z.uuid().nullable(),
              reference: z.string().nullable(),
              reason: z.string().nullable().openapi({ description: 'Why it was quarantined (French, for agents)' }),
            })
            .openapi('InboundEmailOutcome'),
        },
      },
    },
    ...pickErrors(401, 403, 409, 413, 415, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    assertCan(c.get('actor'), 'channels:ingest');
    if (!c.req.header('content-type')?.toLowerCase().startsWith('message/rfc822')) {
      throw new DomainError('unsupported_media_type', 'Send the message as Content-Type: message/rfc822');
    }
    if (!deps.email) throw new DomainError('conflict', 'The email channel is not configured');
    const raw = Buffer.from(await c.req.arrayBuffer());
    const r = await deps.email.ingest(raw);
    return c.json(
      {
        outcome: r.kind,
        caseId: r.kind === 'duplicate' ? r.caseId : r.kind === 'quarantined' ? null : r.case.id,
        reference: r.kind === 'created' || r.kind === 'threaded' || r.kind === 'held' ? r.case.reference : null,
        reason: r.kind === 'quarantined' ? r.reason : null,
      },
      200,
    );
  });
}
