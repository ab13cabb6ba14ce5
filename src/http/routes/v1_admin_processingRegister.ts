import { createRoute, z } from '@hono/zod-openapi';
import { processingRegister, processingRegisterText } from '../../core/rgpd/processing-register.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors } from '../schemas.js';

/** The RGPD register entry (art. 30) for this installation, generated from its configuration, in French. */
export const route = createRoute({
  method: 'get',
  path: '/v1/admin/processing-register',
  operationId: 'processingRegister',
  tags: ['Administration'],
  summary: 'The register of processing activities entry for Guichet (RGPD art. 30), in French, from this installation’s configuration',
  description: 'Purposes, legal basis, data, recipients (the city’s integrators and technical processors as configured), retention periods (the request types’ own and the defaults), rights and security. `format=text` for the DPO’s register.',
  security: [{ apiKey: [] }],
  request: { query: z.object({ format: z.enum(['json', 'text']).default('json') }) },
  responses: {
    200: {
      description: 'The entry',
      content: {
        'application/json': { schema: z.object({ title: z.string(), sections: z.array(z.object({ heading: z.string(), lines: z.array(z.string()) })) }).openapi('ProcessingRegister') },
        'text/plain': { schema: z.string() },
      },
    },
    ...pickErrors(401, 403, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const processors = [
      ...(deps.email ? ['le relais de messagerie de la ville (courriels)'] : []),
      ...(deps.smsWebhook ? ['la passerelle SMS de la ville'] : []),
      ...[...deps.identity.parties.values()].map((p) => `${p.provider.label} (${new URL(p.provider.issuer).host}, authentification)`),
    ];
    const r = await processingRegister(deps.core, c.get('actor'), { periods: { ...deps.rgpd, notificationDays: 90 }, processors });
    if (c.req.valid('query').format === 'text') {
      c.header('Content-Type', 'text/plain; charset=utf-8');
      return c.body(processingRegisterText(r), 200) as never;
    }
    return c.json(r, 200);
  });
}
