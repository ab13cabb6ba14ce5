import { describe, expect, test } from '../../../tests/harness.js';

describe('GET /v1/directorates/{id}/queue', () => {
  test('lists open escalated cases by due date, paused ones last, with their deadline state', async ({ h }) => {
    const long = await h.newCase({ requestTypeCode: 'VOI-TROTTOIR' }); // 15 days
    const short = await h.newCase({ requestTypeCode: 'VOI-ECLAIRAGE' }); // 5 days
    const paused = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
    const notEscalated = await h.newCase({ requestTypeCode: 'VOI-SIGNALISATION' });
    for (const c of [long, short, paused]) await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
    await h.call('POST', `/v1/cases/${paused.id}/status`, { body: { status: 'awaiting_resident', message: 'Photo ?' } });
    const res = await h.call('GET', '/v1/directorates/voirie/queue', { as: 'directorate_agent' });
    expect(res.status).toBe(200);
    expect(res.body.items.map((c: { id: string }) => c.id)).toEqual([short.id, long.id, paused.id]);
    expect(res.body.items.map((c: { deadlineState: string }) => c.deadlineState)).toEqual(['on_track', 'on_track', 'paused']);
    expect(res.body.items.map((c: { id: string }) => c.id)).not.toContain(notEscalated.id);
    const page1 = await h.call('GET', '/v1/directorates/voirie/queue?limit=2', { as: 'supervisor' });
    const page2 = await h.call('GET', `/v1/directorates/voirie/queue?limit=2&cursor=${page1.body.nextCursor}`, { as: 'supervisor' });
    expect([...page1.body.items, ...page2.body.items].map((c: { id: string }) => c.id)).toEqual([short.id, long.id, paused.id]);
    expect(page2.body.nextCursor).toBeNull();
  });

  test("another directorate's queue answers 404 like an unknown one; integrators 403", async ({ h }) => {
    expect((await h.call('GET', '/v1/directorates/proprete/queue', { as: 'directorate_agent' })).status).toBe(404);
    expect((await h.call('GET', '/v1/directorates/nope/queue', { as: 'supervisor' })).status).toBe(404);
    expect((await h.call('GET', '/v1/directorates/voirie/queue', { as: 'integrator' })).status).toBe(403);
    expect((await h.call('GET', '/v1/directorates/voirie/queue', { as: 'counter_agent' })).status).toBe(200);
  });
});
