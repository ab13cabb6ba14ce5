import { describe, expect, test } from '../../../tests/harness.js';

const body = { channel: 'phone', requestTypeCode: 'VOI-NID-POULE', description: 'Trou' };

describe('POST /v1/cases — who may call it', () => {
  test('without a key → 401 problem, with an unknown key → 401', async ({ h }) => {
    const none = await h.call('POST', '/v1/cases', { as: null, body });
    expect(none.status).toBe(401);
    expect(none.contentType).toBe('application/problem+json');
    const wrong = await h.call('POST', '/v1/cases', { as: null, body, headers: { authorization: 'Bearer gk_counter_nope' } });
    expect(wrong.status).toBe(401);
    const basic = await h.call('POST', '/v1/cases', { as: null, body, headers: { authorization: 'Basic Zm9vOmJhcg==' } });
    expect(basic.status).toBe(401);
  });

  test('counter agents, supervisors, admins and integrators may create; directorate agents may not', async ({ h }) => {
    for (const as of ['counter_agent', 'supervisor', 'admin', 'integrator'] as const) {
      expect((await h.call('POST', '/v1/cases', { as, body })).status, as).toBe(201);
    }
    const res = await h.call('POST', '/v1/cases', { as: 'directorate_agent', body });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
  });

  test('a revoked key stops working', async ({ h }) => {
    await h.sql`update api_keys set revoked_at = now() where role = 'integrator'`;
    // The harness app is new for this test, so its key cache is empty.
    const res = await h.call('POST', '/v1/cases', { as: 'integrator', body });
    expect(res.status).toBe(401);
  });
});
