import { describe, expect, test } from '../../../tests/harness.js';

describe('POST /v1/cases/{id}/merge', () => {
  test('links a duplicate to its master: merged, mergedInto set, both timelines say so', async ({ h }) => {
    const master = await h.newCase({ description: 'Lampadaire éteint rue Hugo' });
    const dup = await h.newCase({ description: 'Rue Hugo, plus de lumière' });
    const res = await h.call('POST', `/v1/cases/${dup.id}/merge`, { body: { masterCaseId: master.id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'merged', mergedInto: master.id, statusLabel: 'Regroupée avec une autre demande' });
    const dupEvents = (await h.call('GET', `/v1/cases/${dup.id}/events`)).body.items;
    expect(dupEvents.at(-1)).toMatchObject({ type: 'case_merged', visibility: 'public', data: { masterCaseId: master.id, masterReference: master.reference } });
    const masterEvents = (await h.call('GET', `/v1/cases/${master.id}/events`)).body.items;
    expect(masterEvents.at(-1)).toMatchObject({ type: 'duplicate_linked', data: { duplicateCaseId: dup.id } });
  });

  test('refuses merging into itself, into a merged case, an unknown master, or a closed case', async ({ h }) => {
    const a = await h.newCase();
    const b = await h.newCase();
    const c = await h.newCase();
    expect((await h.call('POST', `/v1/cases/${a.id}/merge`, { body: { masterCaseId: a.id } })).status).toBe(422);
    expect((await h.call('POST', `/v1/cases/${a.id}/merge`, { body: { masterCaseId: '01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f' } })).status).toBe(422);
    await h.call('POST', `/v1/cases/${b.id}/merge`, { body: { masterCaseId: c.id } });
    expect((await h.call('POST', `/v1/cases/${a.id}/merge`, { body: { masterCaseId: b.id } })).status).toBe(409);
    expect((await h.call('POST', `/v1/cases/${b.id}/merge`, { body: { masterCaseId: a.id } })).status).toBe(409);
  });

  test('a directorate agent cannot merge into a case it cannot see; integrators cannot merge', async ({ h }) => {
    const v = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
    const p = await h.newCase({ requestTypeCode: 'PRO-TAG' });
    expect((await h.call('POST', `/v1/cases/${v.id}/merge`, { as: 'directorate_agent', body: { masterCaseId: p.id } })).status).toBe(403);
    expect((await h.call('POST', `/v1/cases/${v.id}/merge`, { as: 'integrator', body: { masterCaseId: p.id } })).status).toBe(403);
    expect((await h.call('POST', `/v1/cases/${v.id}/merge`, { as: 'supervisor', body: { masterCaseId: p.id } })).status).toBe(200);
  });
});
