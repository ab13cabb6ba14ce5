import { describe, expect, test } from '../tests/harness.js';
import type { components, paths } from './guichet-api.js';

/**
 * The generated types used as an integrator's code would: requests typed from `paths`, answers read as
 * `components` — and what the server sends has the shape they promise (nullable fields included).
 */
type CreateCase = paths['/v1/cases']['post']['requestBody']['content']['application/json'];
type Case = components['schemas']['Case'];

describe('the generated client types', () => {
  test('a request typed from paths is accepted; the answer reads as the Case type says, null location included', async ({ h }) => {
    const body: CreateCase = { channel: 'web', requestTypeCode: 'VOI-NID-POULE', description: 'Trou rue Garibaldi' };
    const res = await h.call('POST', '/v1/cases', { as: 'integrator', body });
    expect(res.status).toBe(201);
    const created = res.body as Case;
    // The type says `Location | null`: a case filed without a place has null, not a missing or empty object.
    const location: Case['location'] = created.location;
    expect(location).toBeNull();
    const status: Case['status'] = created.status;
    expect(status).toBe('received');
  });
});
