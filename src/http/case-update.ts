import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Case } from '../core/model.js';
import { caseBody, CaseSchema, etagOf, pickErrors, Uuid, versionFromIfMatch } from './schemas.js';

/** What every case update shares: the id, an optional If-Match, the updated case and its ETag back. */
export const caseUpdateRequest = {
  params: z.object({ id: Uuid }),
  headers: z.object({ 'if-match': z.string().max(100).optional().openapi({ description: 'The ETag from your last read; a stale one answers 412' }) }),
};

export const caseUpdateResponses = {
  200: { description: 'The updated case', content: { 'application/json': { schema: CaseSchema } } },
  ...pickErrors(400, 401, 403, 404, 409, 412, 413, 415, 422),
};

export function expectedVersion(c: Context): number | undefined {
  return versionFromIfMatch(c.req.header('if-match'));
}

export function updatedCase(c: Context, updated: Case) {
  c.header('ETag', etagOf(updated));
  return caseBody(updated);
}
