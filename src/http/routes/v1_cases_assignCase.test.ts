import { describe, expect, test } from '../../../tests/harness.js';

describe('POST /v1/cases/{id}/assign', () => {
  test('assigns to an agent of the directorate and back to the queue, each an internal event', async ({ h }) => {
    const c = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
    const res = await h.call('POST', `/v1/cases/${c.id}/assign`, { body: { assigneeId: 'agent-voirie' }, headers: { 'if-match': '"1"' } });
    expect(res.status).toBe(200);
    expect(res.body.assigneeId).toBe('agent-voirie');
    const back = await h.call('POST', `/v1/cases/${c.id}/assign`, { body: { assigneeId: null } });
    expect(back.body.assigneeId).toBeNull();
    const events = (await h.call('GET', `/v1/cases/${c.id}/events`)).body.items.filter((e: { type: string }) => e.type === 'case_assigned');
    expect(events.map((e: { data: unknown }) => e.data)).toEqual([{ from: null, to: 'agent-voirie' }, { from: 'agent-voirie', to: null }]);
    expect(events.every((e: { visibility: string }) => e.visibility === 'internal')).toBe(true);
  });

  test('refuses unknown agents and agents of another directorate', async ({ h }) => {
    const c = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
    expect((await h.call('POST', `/v1/cases/${c.id}/assign`, { body: { assigneeId: 'ghost' } })).status).toBe(422);
    const other = await h.call('POST', `/v1/cases/${c.id}/assign`, { body: { assigneeId: 'agent-proprete' } });
    expect(other.status).toBe(422);
    expect(other.body.detail ?? other.body.invalidFields[0].message).toBeTruthy();
    expect((await h.call('POST', `/v1/cases/${c.id}/assign`, { body: { assigneeId: 'agent-voirie' }, headers: { 'if-match': '"9"' } })).status).toBe(412);
  });

  test('integrators may not assign; other directorates see 404', async ({ h }) => {
    const c = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
    expect((await h.call('POST', `/v1/cases/${c.id}/assign`, { as: 'integrator', body: { assigneeId: null } })).status).toBe(403);
    expect((await h.call('POST', `/v1/cases/${c.id}/assign`, { as: 'directorate_agent_y', body: { assigneeId: null } })).status).toBe(404);
  });
});
