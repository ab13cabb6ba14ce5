import { describe, expect, test } from '../../../tests/harness.js';

describe('GET /v1/cases/{id}', () => {
  test('returns the case with its ETag', async ({ h }) => {
    const created = await h.newCase({ description: 'Chaussée effondrée' });
    const res = await h.call('GET', `/v1/cases/${created.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({ id: created.id, reference: created.reference, description: 'Chaussée effondrée', status: 'received' });
    expect(res.body.trackingCode).toBeUndefined();
  });

  test('unknown id → 404 problem; malformed id → 422', async ({ h }) => {
    const missing = await h.call('GET', '/v1/cases/01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f');
    expect(missing.status).toBe(404);
    expect(missing.contentType).toBe('application/problem+json');
    const bad = await h.call('GET', '/v1/cases/not-a-uuid');
    expect(bad.status).toBe(422);
    expect(bad.body.invalidFields[0].path).toBe('id');
  });

  test("a directorate agent sees its directorate's cases, and another's answers the same 404 as a missing one", async ({ h }) => {
    const voirie = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
    const proprete = await h.newCase({ requestTypeCode: 'PRO-TAG' });
    // Not yet escalated, a voirie case is not voirie's to read; escalated, it is.
    expect((await h.call('GET', `/v1/cases/${voirie.id}`, { as: 'directorate_agent' })).status).toBe(404);
    for (const c of [voirie, proprete]) await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
    expect((await h.call('GET', `/v1/cases/${voirie.id}`, { as: 'directorate_agent' })).status).toBe(200);
    const hidden = await h.call('GET', `/v1/cases/${proprete.id}`, { as: 'directorate_agent' });
    const missing = await h.call('GET', '/v1/cases/01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f', { as: 'directorate_agent' });
    expect(hidden.status).toBe(404);
    expect({ ...hidden.body, instance: null, requestId: null }).toEqual({ ...missing.body, instance: null, requestId: null });
    expect((await h.call('GET', `/v1/cases/${proprete.id}`, { as: 'directorate_agent_y' })).status).toBe(200);
  });

  test('every other role with cases:read may read; no key → 401', async ({ h }) => {
    const c = await h.newCase();
    for (const as of ['counter_agent', 'supervisor', 'admin', 'integrator'] as const) {
      expect((await h.call('GET', `/v1/cases/${c.id}`, { as })).status, as).toBe(200);
    }
    expect((await h.call('GET', `/v1/cases/${c.id}`, { as: null })).status).toBe(401);
  });
});
