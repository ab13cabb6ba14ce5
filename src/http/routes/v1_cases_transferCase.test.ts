import { describe, expect, test } from '../../../tests/harness.js';

describe('POST /v1/cases/{id}/transfer', () => {
  test('moves the case to another directorate with its reason, keeps the deadline and counts transfers', async ({ h }) => {
    const c = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
    const escalated = (await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} })).body;
    await h.call('POST', `/v1/cases/${c.id}/accept`, { as: 'directorate_agent' });
    const res = await h.call('POST', `/v1/cases/${c.id}/transfer`, { as: 'directorate_agent', body: { directorateId: 'proprete', reason: 'Il s’agit de gravats, pas de la chaussée' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'escalated', directorateId: 'proprete', assigneeId: 'agent-proprete', transferCount: 1, acceptedAt: null, dueAt: escalated.dueAt });
    // The voirie agent no longer sees it; the propreté agent does, in its queue.
    expect((await h.call('GET', `/v1/cases/${c.id}`, { as: 'directorate_agent' })).status).toBe(404);
    const queue = await h.call('GET', '/v1/directorates/proprete/queue', { as: 'directorate_agent_y' });
    expect(queue.body.items.map((x: { id: string }) => x.id)).toEqual([c.id]);
    const events = (await h.call('GET', `/v1/cases/${c.id}/events`)).body.items;
    expect(events.find((e: { type: string }) => e.type === 'case_transferred').data).toMatchObject({ fromDirectorateId: 'voirie', toDirectorateId: 'proprete' });
    expect(events.find((e: { type: string; visibility: string }) => e.type === 'note_added').visibility).toBe('internal');
    const outbox = await h.sql<{ kind: string }[]>`select kind from outbox where case_id = ${c.id} order by id`;
    expect(outbox.map((o) => o.kind)).toEqual(['escalation_started', 'accepted', 'transferred']);
  });

  test('refuses: no reason 422, same directorate 422, unknown directorate 422, not escalated 409', async ({ h }) => {
    const c = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
    expect((await h.call('POST', `/v1/cases/${c.id}/transfer`, { body: { directorateId: 'proprete', reason: 'x' } })).status).toBe(409);
    await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
    expect((await h.call('POST', `/v1/cases/${c.id}/transfer`, { body: { directorateId: 'proprete' } })).status).toBe(422);
    expect((await h.call('POST', `/v1/cases/${c.id}/transfer`, { body: { directorateId: 'voirie', reason: 'x' } })).status).toBe(422);
    expect((await h.call('POST', `/v1/cases/${c.id}/transfer`, { body: { directorateId: 'nope', reason: 'x' } })).status).toBe(422);
    expect((await h.call('POST', `/v1/cases/${c.id}/transfer`, { as: 'integrator', body: { directorateId: 'proprete', reason: 'x' } })).status).toBe(403);
  });
});
