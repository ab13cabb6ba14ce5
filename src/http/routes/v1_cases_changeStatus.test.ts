import { describe, expect, test } from '../../../tests/harness.js';

describe('POST /v1/cases/{id}/status', () => {
  test('walks a case through its lifecycle, each step an event, the ETag moving along', async ({ h }) => {
    const c = await h.newCase();
    const steps: [string, string | undefined][] = [
      ['in_progress', undefined],
      ['awaiting_resident', 'Pouvez-vous préciser le numéro de la rue ?'],
      ['in_progress', undefined],
      ['resolved', 'La chaussée a été réparée.'],
      ['in_progress', undefined],
      ['resolved', 'Réparation complétée.'],
      ['closed', undefined],
    ];
    let etag = '"1"';
    for (const [status, message] of steps) {
      const res = await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status, ...(message ? { message } : {}) }, headers: { 'if-match': etag } });
      expect(res.status, status).toBe(200);
      expect(res.body.status).toBe(status);
      expect(res.headers.get('etag')).not.toBe(etag);
      etag = res.headers.get('etag')!;
    }
    const events = (await h.call('GET', `/v1/cases/${c.id}/events`)).body.items;
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'case_created', 'status_changed', 'status_changed', 'status_changed', 'status_changed', 'case_reopened', 'status_changed', 'status_changed',
    ]);
    expect(events[2].data).toMatchObject({ from: 'in_progress', to: 'awaiting_resident', labelFr: 'En attente de votre réponse', message: 'Pouvez-vous préciser le numéro de la rue ?' });
    expect(events.every((e: { visibility: string }) => e.visibility === 'public')).toBe(true);
  });

  test('an illegal transition answers 409 saying what is allowed, and changes nothing', async ({ h }) => {
    const c = await h.newCase();
    const res = await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'closed' } });
    expect(res.status).toBe(409);
    expect(res.contentType).toBe('application/problem+json');
    expect(res.body).toMatchObject({ code: 'invalid_transition', from: 'received', to: 'closed' });
    expect(res.body.allowed).toEqual(['in_progress', 'escalated', 'resolved', 'rejected', 'merged']);
    expect(res.body.detail).toContain('Cannot move a case from received to closed');
    const after = await h.call('GET', `/v1/cases/${c.id}`);
    expect(after.body.status).toBe('received');
    expect(after.body.version).toBe(1);
  });

  test('every illegal transition over the API answers 409', async ({ h }) => {
    const c = await h.newCase();
    await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'rejected', message: "Ce n'est pas de la compétence de la ville." } });
    for (const status of ['received', 'in_progress', 'escalated', 'awaiting_resident', 'resolved', 'closed', 'rejected']) {
      const res = await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status, message: 'x' } });
      expect(res.status, status).toBe(409);
    }
  });

  test('merged goes through /merge, escalated through /escalate; resolving, rejecting or asking the resident needs a message', async ({ h }) => {
    const c = await h.newCase();
    expect((await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'merged' } })).status).toBe(409);
    const escalate = await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'escalated' } });
    expect(escalate.status).toBe(409);
    expect(escalate.body.detail).toContain('/escalate');
    for (const status of ['resolved', 'rejected']) {
      const res = await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status } });
      expect(res.status).toBe(422);
      expect(res.body.invalidFields[0].path).toBe('message');
    }
  });

  test('a stale If-Match answers 412 and changes nothing', async ({ h }) => {
    const c = await h.newCase();
    await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'in_progress' } });
    const stale = await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'resolved', message: 'ok' }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('precondition_failed');
    const garbage = await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'resolved', message: 'ok' }, headers: { 'if-match': 'nonsense' } });
    expect(garbage.status).toBe(412);
    expect((await h.call('GET', `/v1/cases/${c.id}`)).body.status).toBe('in_progress');
  });

  test('who may change a status', async ({ h }) => {
    const c = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
    await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
    expect((await h.call('POST', `/v1/cases/${c.id}/status`, { as: 'integrator', body: { status: 'in_progress' } })).status).toBe(403);
    expect((await h.call('POST', `/v1/cases/${c.id}/status`, { as: 'directorate_agent_y', body: { status: 'in_progress' } })).status).toBe(404);
    expect((await h.call('POST', `/v1/cases/${c.id}/status`, { as: 'directorate_agent', body: { status: 'in_progress' } })).status).toBe(200);
    expect((await h.call('POST', `/v1/cases/${c.id}/status`, { as: null, body: { status: 'resolved' } })).status).toBe(401);
  });
});
