import { describe, expect, test } from '../../../tests/harness.js';

describe('POST /v1/cases/{id}/accept', () => {
  test('the directorate takes an escalated case in charge; the outbox tells the workflow', async ({ h }) => {
    const c = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
    await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
    const res = await h.call('POST', `/v1/cases/${c.id}/accept`, { as: 'directorate_agent' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'in_progress', assigneeId: 'agent-voirie' });
    expect(res.body.acceptedAt).not.toBeNull();
    const outbox = await h.sql<{ kind: string }[]>`select kind from outbox where case_id = ${c.id} order by id`;
    expect(outbox.map((o) => o.kind)).toEqual(['escalation_started', 'accepted']);
  });

  test('a case that is not escalated answers 409; another directorate 404; integrators 403', async ({ h }) => {
    const c = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
    // Not escalated: not the directorate's yet (404); a supervisor, who sees it, is told it cannot be accepted.
    expect((await h.call('POST', `/v1/cases/${c.id}/accept`, { as: 'directorate_agent' })).status).toBe(404);
    const notEscalated = await h.call('POST', `/v1/cases/${c.id}/accept`, { as: 'supervisor' });
    expect(notEscalated.status).toBe(409);
    expect(notEscalated.body.code).toBe('invalid_transition');
    await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
    expect((await h.call('POST', `/v1/cases/${c.id}/accept`, { as: 'directorate_agent_y' })).status).toBe(404);
    expect((await h.call('POST', `/v1/cases/${c.id}/accept`, { as: 'integrator' })).status).toBe(403);
    expect((await h.call('POST', `/v1/cases/${c.id}/accept`, { as: 'directorate_agent' })).status).toBe(200);
    expect((await h.call('POST', `/v1/cases/${c.id}/accept`, { as: 'directorate_agent' })).status).toBe(409);
  });
});
