import { createRoute, z } from '@hono/zod-openapi';
import { listLinkCandidates } from '../../core/identity/link-candidates.js';
import type { App, HttpDeps } from '../context.js';
import { pickErrors, Timestamp } from '../schemas.js';

export const LinkCandidateSchema = z
  .object({
    id: z.uuid(),
    residentId: z.uuid().openapi({ description: 'The existing record this sign-in could be' }),
    identityResidentId: z.uuid().nullable().openapi({ description: 'The record created at the sign-in, merged into residentId on confirmation' }),
    provider: z.string(),
    level: z.string().nullable(),
    certified: z
      .object({ givenName: z.string(), familyName: z.string(), preferredUsername: z.string().nullable(), birthDate: z.string(), birthplace: z.string().nullable(), birthcountry: z.string() })
      .nullable(),
    reasons: z.array(z.string()).openapi({ example: ['same_family_name', 'same_given_name', 'no_birth_date_on_record'] }),
    createdAt: Timestamp,
  })
  .openapi('IdentityLinkCandidate');

export const route = createRoute({
  method: 'get',
  path: '/v1/identity-links',
  operationId: 'listIdentityLinkCandidates',
  tags: ['Residents'],
  summary: 'First FranceConnect sign-ins that could be several residents',
  description: 'Never linked automatically: an agent confirms which record, if any, is this person.',
  security: [{ apiKey: [] }],
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }) },
  responses: {
    200: { description: 'Oldest first', content: { 'application/json': { schema: z.object({ items: z.array(LinkCandidateSchema) }) } } },
    ...pickErrors(401, 403, 422),
  },
});

export function register(app: App, deps: HttpDeps) {
  app.openapi(route, async (c) => {
    const items = await listLinkCandidates(deps.core, c.get('actor'), c.req.valid('query').limit);
    return c.json(
      {
        items: items.map((x) => ({
          id: x.id,
          residentId: x.residentId,
          identityResidentId: x.identityResidentId,
          provider: x.provider,
          level: x.certifiedLevel,
          certified: x.certified && {
            givenName: x.certified.givenName,
            familyName: x.certified.familyName,
            preferredUsername: x.certified.preferredUsername,
            birthDate: x.certified.birthDate,
            birthplace: x.certified.birthplace,
            birthcountry: x.certified.birthcountry,
          },
          reasons: x.reasons,
          createdAt: x.createdAt.toISOString(),
        })),
      },
      200,
    );
  });
}
