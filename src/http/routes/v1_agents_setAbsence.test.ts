import { describe, expect, test } from '../../../tests/harness.js';

describe('PUT /v1/agents/{id}/absence', () => {
  test('an absent agent gets no new escalation; back present, they do', async ({ h }) => {
    expect((await h.call('PUT', '/v1/agents/agent-voirie/absence', { as: 'supervisor', body: { absent: true } })).status).toBe(204);
    const a = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
    const queued = await h.call('POST', `/v1/cases/${a.id}/escalate`, { body: {} });
    expect(queued.body.assigneeId).toBeNull();
    await h.call('PUT', '/v1/agents/agent-voirie/absence', { as: 'admin', body: { absent: false } });
    const b = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
    expect((await h.call('POST', `/v1/cases/${b.id}/escalate`, { body: {} })).body.assigneeId).toBe('agent-voirie');
  });

  test('unknown agent 404; counter agents, directorate agents and integrators 403', async ({ h }) => {
    expect((await h.call('PUT', '/v1/agents/ghost/absence', { as: 'supervisor', body: { absent: true } })).status).toBe(404);
    expect((await h.call('PUT', '/v1/agents/agent-voirie/absence', { as: 'supervisor', body: { absent: 'yes' } })).status).toBe(422);
    for (const as of ['counter_agent', 'directorate_agent', 'integrator'] as const) {
      expect((await h.call('PUT', '/v1/agents/agent-voirie/absence', { as, body: { absent: true } })).status, as).toBe(403);
    }
  });
});
