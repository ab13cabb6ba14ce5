import { describe, expect, test } from '../../../tests/harness.js';

describe('merging duplicate residents', () => {
  test('moves every case, contact point and event to the survivor, and the undo restores it exactly', async ({ h }) => {
    const a1 = await h.newCase({ resident: { givenName: 'Sophie', familyName: 'Garnier', phone: '06 55 44 33 22' } });
    const b1 = await h.newCase({ channel: 'email', resident: { givenName: 'Sophie', familyName: 'Garnier-Roy', phone: '06 55 44 33 22', email: 'sophie.g@exemple.fr' } });
    expect(b1.residentOutcome).toBe('created_possible_duplicate');
    const b2 = await h.newCase({ channel: 'web', resident: { id: b1.residentId } });
    const dups = await h.call('GET', '/v1/residents/duplicates');
    expect(dups.body.items).toHaveLength(1);

    const merge = await h.call('POST', `/v1/residents/${a1.residentId}/merge`, { body: { duplicateId: b1.residentId } });
    expect(merge.status).toBe(200);
    expect(merge.body).toMatchObject({ survivorId: a1.residentId, mergedId: b1.residentId, undoneAt: null, mergedBy: 'agent-accueil' });
    expect(merge.body.movedCaseIds.sort()).toEqual([b1.id, b2.id].sort());

    const survivor = await h.call('GET', `/v1/residents/${a1.residentId}`);
    expect(survivor.body.cases.map((c: { id: string }) => c.id).sort()).toEqual([a1.id, b1.id, b2.id].sort());
    expect(survivor.body.contactPoints.map((c: { value: string }) => c.value)).toContain('sophie.g@exemple.fr');
    const merged = await h.call('GET', `/v1/residents/${b1.residentId}`);
    expect(merged.body.mergedInto).toBe(a1.residentId);
    expect(merged.body.cases).toEqual([]);
    expect((await h.call('GET', '/v1/residents/duplicates')).body.items).toEqual([]);
    // The merged record no longer shows up in searches; the survivor does.
    const search = await h.call('GET', '/v1/residents?q=0655443322');
    expect(search.body.items.map((i: { resident: { id: string } }) => i.resident.id)).toEqual([a1.residentId]);
    const events = (await h.call('GET', `/v1/cases/${b2.id}/events`)).body.items;
    expect(events.at(-1)).toMatchObject({ type: 'resident_merged', visibility: 'internal', data: { fromResidentId: b1.residentId, toResidentId: a1.residentId } });

    // A case created on the survivor after the merge stays there on undo.
    const later = await h.newCase({ resident: { id: a1.residentId } });
    const undo = await h.call('POST', `/v1/resident-merges/${merge.body.id}/undo`);
    expect(undo.status).toBe(200);
    expect(undo.body.undoneAt).not.toBeNull();
    const a = await h.call('GET', `/v1/residents/${a1.residentId}`);
    const b = await h.call('GET', `/v1/residents/${b1.residentId}`);
    expect(a.body.cases.map((c: { id: string }) => c.id).sort()).toEqual([a1.id, later.id].sort());
    expect(b.body.cases.map((c: { id: string }) => c.id).sort()).toEqual([b1.id, b2.id].sort());
    expect(b.body.mergedInto).toBeNull();
    expect(b.body.contactPoints.map((c: { value: string }) => c.value).sort()).toEqual(['06 55 44 33 22', 'sophie.g@exemple.fr']);
    expect(a.body.contactPoints.map((c: { value: string }) => c.value)).toEqual(['06 55 44 33 22']);
    expect((await h.call('POST', `/v1/resident-merges/${merge.body.id}/undo`)).status).toBe(409);
  });

  test('refuses self-merge, unknown records and merging an already merged record', async ({ h }) => {
    const a = await h.newCase({ resident: { givenName: 'Luc', familyName: 'Perrin' } });
    const b = await h.newCase({ resident: { givenName: 'Luc', familyName: 'Perrin' } });
    const c = await h.newCase({ resident: { givenName: 'Luc', familyName: 'Perrin' } });
    expect((await h.call('POST', `/v1/residents/${a.residentId}/merge`, { body: { duplicateId: a.residentId } })).status).toBe(422);
    expect((await h.call('POST', `/v1/residents/${a.residentId}/merge`, { body: { duplicateId: '01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f' } })).status).toBe(422);
    expect((await h.call('POST', '/v1/residents/01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f/merge', { body: { duplicateId: a.residentId } })).status).toBe(404);
    expect((await h.call('POST', `/v1/residents/${a.residentId}/merge`, { body: { duplicateId: b.residentId } })).status).toBe(200);
    expect((await h.call('POST', `/v1/residents/${c.residentId}/merge`, { body: { duplicateId: b.residentId } })).status).toBe(409);
    expect((await h.call('POST', `/v1/residents/${b.residentId}/merge`, { body: { duplicateId: c.residentId } })).status).toBe(409);
    expect((await h.call('POST', '/v1/resident-merges/01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f/undo')).status).toBe(404);
  });

  test('integrators and directorate agents may not merge or list duplicates', async ({ h }) => {
    const a = await h.newCase({ resident: { givenName: 'Luc', familyName: 'Perrin' } });
    const b = await h.newCase({ resident: { givenName: 'Luc', familyName: 'Perrin' } });
    for (const as of ['integrator', 'directorate_agent'] as const) {
      expect((await h.call('POST', `/v1/residents/${a.residentId}/merge`, { as, body: { duplicateId: b.residentId } })).status).toBe(403);
      expect((await h.call('GET', '/v1/residents/duplicates', { as })).status).toBe(403);
      expect((await h.call('POST', `/v1/residents/${a.residentId}/not-duplicate`, { as, body: { otherId: b.residentId } })).status).toBe(403);
    }
    const n = await h.count('resident_merges');
    expect(n).toBe(0);
  });
});

describe('possible duplicates', () => {
  test('same birth date and similar name is proposed; dismissing removes the pair', async ({ h }) => {
    const a = await h.newCase({ resident: { givenName: 'Nathalie', familyName: 'Rousseau', birthDate: '1980-05-17' } });
    const b = await h.newCase({ resident: { givenName: 'Nathalie', familyName: 'Rouseau', birthDate: '1980-05-17' } });
    await h.newCase({ resident: { givenName: 'Karim', familyName: 'Benali', birthDate: '1980-05-17' } });
    const list = await h.call('GET', '/v1/residents/duplicates');
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].reasons).toEqual(['same_birth_date']);
    const dismiss = await h.call('POST', `/v1/residents/${b.residentId}/not-duplicate`, { body: { otherId: a.residentId } });
    expect(dismiss.status).toBe(204);
    expect((await h.call('GET', '/v1/residents/duplicates')).body.items).toEqual([]);
    expect((await h.call('POST', `/v1/residents/${a.residentId}/not-duplicate`, { body: { otherId: a.residentId } })).status).toBe(422);
  });

  test('pages through pairs with a cursor', async ({ h }) => {
    for (let i = 0; i < 3; i++) {
      const phone = `06 00 00 00 0${i}`;
      await h.newCase({ resident: { givenName: 'Anne', familyName: `Leroy`, phone } });
      await h.newCase({ resident: { givenName: 'Anne', familyName: `Leroy-Blanc`, phone } });
    }
    const p1 = await h.call('GET', '/v1/residents/duplicates?limit=2');
    expect(p1.body.items).toHaveLength(2);
    const p2 = await h.call('GET', `/v1/residents/duplicates?limit=2&cursor=${p1.body.nextCursor}`);
    expect(p2.body.items).toHaveLength(1);
    expect(p2.body.nextCursor).toBeNull();
  });
});
