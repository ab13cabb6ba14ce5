import { describe, expect, test } from '../../../tests/harness.js';

describe('POST /v1/cases/{id}/events', () => {
  test('adds internal notes and public messages to the timeline', async ({ h }) => {
    const c = await h.newCase();
    const note = await h.call('POST', `/v1/cases/${c.id}/events`, { body: { kind: 'note', body: 'Rappeler après 17h' } });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ type: 'note_added', visibility: 'internal', actorId: 'agent-accueil', data: { body: 'Rappeler après 17h' } });
    const msg = await h.call('POST', `/v1/cases/${c.id}/events`, { body: { kind: 'message', body: 'Votre demande est bien prise en compte.' } });
    expect(msg.body).toMatchObject({ type: 'message_sent', visibility: 'public' });
    const timeline = (await h.call('GET', `/v1/cases/${c.id}/events`)).body.items;
    expect(timeline.map((e: { type: string }) => e.type)).toEqual(['case_created', 'note_added', 'message_sent']);
  });

  test('events are immutable, even for the database owner', async ({ h }) => {
    const c = await h.newCase();
    await expect(h.sql`update case_events set type = 'x' where case_id = ${c.id}`).rejects.toThrow(/append-only/);
    await expect(h.sql`delete from case_events where case_id = ${c.id}`).rejects.toThrow(/append-only/);
  });

  test('errors: empty body 422, unknown kind 422, unknown case 404, merged case 409', async ({ h }) => {
    const c = await h.newCase();
    expect((await h.call('POST', `/v1/cases/${c.id}/events`, { body: { kind: 'note', body: '  ' } })).status).toBe(422);
    expect((await h.call('POST', `/v1/cases/${c.id}/events`, { body: { kind: 'gossip', body: 'x' } })).status).toBe(422);
    expect((await h.call('POST', '/v1/cases/01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f/events', { body: { kind: 'note', body: 'x' } })).status).toBe(404);
    const master = await h.newCase();
    await h.call('POST', `/v1/cases/${c.id}/merge`, { body: { masterCaseId: master.id } });
    expect((await h.call('POST', `/v1/cases/${c.id}/events`, { body: { kind: 'note', body: 'x' } })).status).toBe(409);
  });

  test('integrators may read the timeline but not write to it; other directorates see 404', async ({ h }) => {
    const c = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
    await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
    expect((await h.call('GET', `/v1/cases/${c.id}/events`, { as: 'integrator' })).status).toBe(200);
    expect((await h.call('POST', `/v1/cases/${c.id}/events`, { as: 'integrator', body: { kind: 'note', body: 'x' } })).status).toBe(403);
    expect((await h.call('GET', `/v1/cases/${c.id}/events`, { as: 'directorate_agent_y' })).status).toBe(404);
    expect((await h.call('POST', `/v1/cases/${c.id}/events`, { as: 'directorate_agent', body: { kind: 'note', body: 'Vu sur place' } })).status).toBe(201);
  });
});
