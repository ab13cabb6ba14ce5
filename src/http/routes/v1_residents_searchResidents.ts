import { createRoute, z } from '@hono/zod-openapi';
import { searchResidents } from '../../core/residents/search-residents.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, residentBody, ResidentSchema } from '../schemas.js';

export const ResidentSearchResult = z
  .object({
    items: z.array(
      z.object({
        resident: ResidentSchema,
        matchedOn: z.enum(['name', 'phone', 'email', 'reference']),
        openCases: z.number().int(),
      }),
    ),
  })
  .openapi('ResidentSearchResult');

export const route = createRoute({
  method: 'get',
  path: '/v1/residents',
  operationId: 'searchResidents',
  tags: ['Residents'],
  summary: 'Find a resident from one search box',
  description:
    '`q` may be a name or part of one (accents, case and small typos ignored), a phone number in any French format, an email, or a case reference. Best matches first.',
  security: [{ apiKey: [] }],
  request: {
    headers: z.object({ 'x-access-purpose': z.string().max(200).optional().openapi({ description: 'Why the agent searches; shown to each resident found, in their access log' }) }),
    query: z.object({
      q: z.string().trim().min(1).max(200).openapi({ example: 'francois dupont' }),
      limit: z.coerce.number().int().min(1).max(50).default(20),
    }),
  },
  responses: {
    200: { description: 'Matching residents', content: { 'application/json': { schema: ResidentSearchResult } } },
    ...pickErrors(401, 403, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const { q, limit } = c.req.valid('query');
    const hits = await searchResidents(deps.core, c.get('actor'), q, limit, c.req.valid('header')['x-access-purpose']);
    return c.json({ items: hits.map((h) => ({ resident: residentBody(h.resident), matchedOn: h.matchedOn, openCases: h.openCases })) }, 200);
  });
}
