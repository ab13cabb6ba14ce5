import { describe, expect, test } from '../../../tests/harness.js';

describe('POST /v1/cases/{id}/escalate', () => {
  test("hands a case to the request type's directorate by default, or to the one named", async ({ h }) => {
    const a = await h.newCase({ requestTypeCode: 'VOI-TROTTOIR' });
    const res = await h.call('POST', `/v1/cases/${a.id}/escalate`, { body: {} });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'escalated', directorateId: 'voirie', statusLabel: 'Transmise au service compétent' });
    const b = await h.newCase({ requestTypeCode: 'REL-RECLAMATION' });
    const named = await h.call('POST', `/v1/cases/${b.id}/escalate`, { body: { directorateId: 'proprete', reason: 'Concerne la collecte' } });
    expect(named.body.directorateId).toBe('proprete');
    // Now the propreté agent sees it and the voirie agent does not.
    expect((await h.call('GET', `/v1/cases/${b.id}`, { as: 'directorate_agent_y' })).status).toBe(200);
    expect((await h.call('GET', `/v1/cases/${b.id}`, { as: 'directorate_agent' })).status).toBe(404);
  });

  test('unknown directorate 422; escalating a resolved case 409', async ({ h }) => {
    const a = await h.newCase();
    expect((await h.call('POST', `/v1/cases/${a.id}/escalate`, { body: { directorateId: 'nope' } })).status).toBe(422);
    await h.call('POST', `/v1/cases/${a.id}/status`, { body: { status: 'resolved', message: 'ok' } });
    expect((await h.call('POST', `/v1/cases/${a.id}/escalate`, { body: {} })).status).toBe(409);
    expect((await h.call('POST', `/v1/cases/${a.id}/escalate`, { as: 'integrator', body: {} })).status).toBe(403);
  });
});

describe('automatic escalation', () => {
  test('a request type marked for it goes to its directorate as soon as it is recorded', async ({ h }) => {
    const c = await h.newCase({ requestTypeCode: 'EV-ARBRE', description: 'Branche prête à tomber sur l’école' });
    expect(c).toMatchObject({ status: 'escalated', directorateId: 'espaces-verts', deadlineState: 'on_track' });
    expect(c.dueAt).not.toBeNull();
    const outbox = await h.sql<{ kind: string }[]>`select kind from outbox where case_id = ${c.id}`;
    expect(outbox.map((o) => o.kind)).toEqual(['escalation_started']);
    const types = (await h.call('GET', '/v1/request-types?directorateId=espaces-verts')).body.items;
    expect(types.find((t: { code: string }) => t.code === 'EV-ARBRE').autoEscalate).toBe(true);
    // Other complex types wait for an agent to escalate them.
    expect((await h.newCase({ requestTypeCode: 'EV-PARC' })).status).toBe('received');
  });
});

describe("deadlines in the directorate's own hours", () => {
  test('a directorate open Monday to Saturday 7:00-18:00 gets a due date counted in its hours', async ({ h }) => {
    const { addBusinessMinutes, DEFAULT_CALENDAR, minutesPerBusinessDay } = await import('../../core/deadlines/business-time.js');
    const { calendarFor } = await import('../../core/deadlines/directorate-calendar.js');
    const [d] = await h.sql<{ businessHours: never }[]>`select business_hours from directorates where id = 'proprete'`;
    const cal = calendarFor(DEFAULT_CALENDAR, { businessHours: d!.businessHours });
    expect(minutesPerBusinessDay(cal)).toBe(660);
    const c = await h.newCase({ requestTypeCode: 'PRO-DEPOT-SAUVAGE' }); // 3 business days
    const res = await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
    const escalatedAt = new Date(res.body.escalatedAt);
    expect(res.body.dueAt).toBe(addBusinessMinutes(escalatedAt, 3 * 660, cal).toISOString());
    expect(res.body.dueAt).not.toBe(addBusinessMinutes(escalatedAt, 3 * 420, DEFAULT_CALENDAR).toISOString());
    const [row] = await h.sql<{ payload: { calendar: { hours: Record<string, unknown> } } }[]>`select payload from outbox where case_id = ${c.id}`;
    expect(row!.payload.calendar.hours['6']).toEqual([[420, 1080]]);
  });
});
