import { createRoute, z } from '@hono/zod-openapi';
import { createMyCase } from '../../core/me/my-cases.js';
import { publicCase } from '../../core/me/public-view.js';
import type { App, HttpDeps } from '../context.js';
import { limitResidentWrite } from '../resident-limits.js';
import { ReplayedHeader, LocationSchema, pickErrors } from '../schemas.js';
import { myCaseBody, MyCaseSchema, SESSION_SECURITY } from '../me-schemas.js';

export const MyCaseRequest = z
  .object({
    requestTypeCode: z.string().min(1).max(64),
    description: z.string().trim().min(1).max(10_000),
    location: LocationSchema.optional(),
    extra: z.record(z.string().max(64), z.string().max(1000)).optional(),
  })
  .strict()
  .openapi('MyCaseRequest');

export const route = createRoute({
  method: 'post',
  path: '/v1/me/cases',
  operationId: 'createMyCase',
  tags: ['Me'],
  summary: 'File a new request online (channel web)',
  description:
    'Some request types need a stronger sign-in (see `minAcr` on request types): below it the answer is 403 `insufficient-assurance` with `requiredAcr`. Send `Idempotency-Key` so a double click files one request.',
  security: SESSION_SECURITY,
  request: {
    headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
    body: { required: true, content: { 'application/json': { schema: MyCaseRequest } } },
  },
  responses: {
    201: { description: 'Filed', headers: ReplayedHeader, content: { 'application/json': { schema: MyCaseSchema.extend({ trackingCode: z.string() }).openapi('MyCaseCreated') } } },
    ...pickErrors(400, 401, 403, 409, 413, 415, 422, 429),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    await limitResidentWrite(deps, c.get('actor'), 'case');
    const result = await createMyCase(deps.core, c.get('actor'), c.req.valid('json'), c.req.valid('header')['idempotency-key']);
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    c.header('Location', `/v1/me/cases/${result.case.id}`);
    const view = await publicCase(deps.core, result.case, { withDescription: true });
    return c.json({ ...myCaseBody(view), trackingCode: result.trackingCode }, 201);
  });
}
