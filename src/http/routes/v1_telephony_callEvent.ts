import { createRoute, z } from '@hono/zod-openapi';
import { screenPop } from '../../core/phone/screen-pop.js';
import type { App, HttpDeps } from '../context.js';
import { caseBody, CaseSchema, pickErrors, residentBody, ResidentSchema } from '../schemas.js';

export const CallEventRequest = z
  .object({
    callId: z.string().min(1).max(128).openapi({ description: "The telephony system's call id", example: '1732271234.42' }),
    event: z.enum(['ringing', 'answered', 'ended']),
    callerNumber: z.string().max(40).nullable().openapi({ description: 'As the CTI sends it; null or "anonymous" when withheld', example: '0612345678' }),
    at: z.iso.datetime({ offset: true }).optional().openapi({ example: '2026-11-23T09:12:00Z', description: 'Accepted for compatibility with CTIs that send it, and ignored: calls and access-log lines carry the server’s time' }),
  })
  .strict()
  .openapi('CallEvent');

export const route = createRoute({
  method: 'post',
  path: '/v1/telephony/calls',
  operationId: 'reportCallEvent',
  tags: ['Channels'],
  summary: 'A call event from the telephony system: answers the screen pop',
  description:
    "Posted by the city's CTI (Wazo, Asterisk…) with the key of the agent's workstation. Answers the residents holding the caller's number with their open cases, records the call on their records (once per call and event) and logs every read in the residents' access logs, at the server's time. The agent then records or updates a case with channel `phone`.",
  security: [{ apiKey: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: CallEventRequest } } } },
  responses: {
    200: {
      description: 'Who is calling',
      content: {
        'application/json': {
          schema: z
            .object({
              caller: z.string().nullable().openapi({ description: 'E.164; null when withheld or not a phone number' }),
              residents: z.array(ResidentSchema.extend({ openCases: z.array(CaseSchema) })),
            })
            .openapi('ScreenPop'),
        },
      },
    },
    ...pickErrors(400, 401, 403, 415, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const input = c.req.valid('json');
    const pop = await screenPop(deps.core, c.get('actor'), { ...input, at: input.at ? new Date(input.at) : undefined });
    return c.json({ caller: pop.caller, residents: pop.residents.map((r) => ({ ...residentBody(r.resident), openCases: r.openCases.map(caseBody) })) }, 200);
  });
}
