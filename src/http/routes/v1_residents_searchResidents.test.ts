import { describe, expect, test, type Harness } from '../../../tests/harness.js';

async function seed(h: Harness) {
  const francois = await h.newCase({ resident: { givenName: 'François', familyName: 'Dupont', phone: '06 12 34 56 78', email: 'Francois.Dupont@exemple.fr' } });
  const helene = await h.newCase({ resident: { givenName: 'Hélène', familyName: 'Lefèvre-Moreau', phone: '01 45 67 89 10' } });
  const other = await h.newCase({ resident: { givenName: 'Jean', familyName: 'Martin', email: 'jean.martin@exemple.fr' } });
  return { francois, helene, other };
}

const ids = (res: { body: { items: { resident: { id: string } }[] } }) => res.body.items.map((i) => i.resident.id);

describe('GET /v1/residents?q=', () => {
  test('finds names regardless of accents, case, fragments and small typos', async ({ h }) => {
    const { francois, helene } = await seed(h);
    for (const q of ['francois dupont', 'FRANÇOIS DUPONT', 'dupont', 'dupon', 'francois dupond', 'Dupont François']) {
      const res = await h.call('GET', `/v1/residents?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      expect(ids(res)[0], q).toBe(francois.residentId);
    }
    for (const q of ['helene lefevre', 'lefevre moreau', 'Hélène Lefèvre-Moreau']) {
      expect(ids(await h.call('GET', `/v1/residents?q=${encodeURIComponent(q)}`))[0], q).toBe(helene.residentId);
    }
    const res = await h.call('GET', '/v1/residents?q=dupont');
    expect(res.body.items[0]).toMatchObject({ matchedOn: 'name', openCases: 1 });
  });

  test('ranks among several namesakes: exact words before longer forms, a closer typo before a farther one; merged records never', async ({ h }) => {
    const make = async (givenName: string, familyName: string) => (await h.newCase({ resident: { givenName, familyName, phone: `06${String(Math.random()).slice(2, 10)}` } })).residentId as string;
    const jeanDupont = await make('Jean', 'Dupont');
    const jeanneDupont = await make('Jeanne', 'Dupont');
    const jeanDupond = await make('Jean', 'Dupond');
    const paulDupont = await make('Paul', 'Dupont');
    const merged = await make('Jean', 'Dupont');
    expect((await h.call('POST', `/v1/residents/${jeanDupont}/merge`, { as: 'admin', body: { duplicateId: merged } })).status).toBe(200);
    // Both words as typed: Jean Dupont, then Jeanne (a longer form of "jean"); not Jean Dupond, not Paul.
    expect(ids(await h.call('GET', '/v1/residents?q=jean%20dupont'))).toEqual([jeanDupont, jeanneDupont]);
    // A typo in the family name: the closest word first, then the farther, then the longer given name.
    expect(ids(await h.call('GET', '/v1/residents?q=jean%20dupontt'))).toEqual([jeanDupont, jeanDupond, jeanneDupont]);
    // One word, a fragment: every record with a word that starts with it; typed in full, its own first.
    const one = ids(await h.call('GET', '/v1/residents?q=dupon'));
    expect(new Set(one)).toEqual(new Set([jeanDupont, jeanneDupont, jeanDupond, paulDupont]));
    expect(ids(await h.call('GET', '/v1/residents?q=dupont')).slice(0, 3).sort()).toEqual([jeanDupont, jeanneDupont, paulDupont].sort());
  });

  test('three words with a particle, a typo among a crowd of words with the same beginning, a page of namesakes', async ({ h }) => {
    const make = async (givenName: string, familyName: string) => (await h.newCase({ resident: { givenName, familyName } })).residentId as string;
    const rogerLeGall = await make('Roger', 'Le Gall');
    const rogerLeGoff = await make('Roger', 'Le Goff');
    await make('Anne', 'Le Gall');
    const maria = await make('Maria', 'da Silva');
    // "le" and "da" are words of thousands of residents: a three-word name starts from its two rarest words.
    expect(ids(await h.call('GET', '/v1/residents?q=roger%20le%20galx'))).toEqual([rogerLeGall]);
    expect(ids(await h.call('GET', '/v1/residents?q=roger%20le%20goff'))).toEqual([rogerLeGoff]);
    expect(ids(await h.call('GET', '/v1/residents?q=maria%20da%20silvx'))).toEqual([maria]);
    // Many longer names begin like the typo ("ben…"): the typo still finds its name, first.
    for (const family of ['Benhamou', 'Benaissa', 'Benmoussa', 'Benchetrit', 'Benedetti', 'Bennani', 'Benzekri', 'Benabdallah']) await make('Nadia', family);
    const benoit = await make('Nadia', 'Benoît');
    expect(ids(await h.call('GET', '/v1/residents?q=nadia%20benoix'))[0]).toBe(benoit);
    // Twenty-five namesakes and one longer form: a page of the exact name, the longer form not on it.
    const namesakes = new Set<string>();
    for (let i = 0; i < 25; i++) namesakes.add(await make('Camille', 'Martin'));
    const martinez = await make('Camille', 'Martinez');
    for (const q of ['camille martin', 'camille martim']) {
      const page = ids(await h.call('GET', `/v1/residents?q=${encodeURIComponent(q)}`));
      expect(page, q).toHaveLength(20);
      expect(page.every((id) => namesakes.has(id)), q).toBe(true);
      expect(page, q).not.toContain(martinez);
    }
    expect(ids(await h.call('GET', '/v1/residents?q=camille%20martinez'))).toEqual([martinez]);
  });

  test('finds phone numbers in any French format, emails in any case, and case references', async ({ h }) => {
    const { francois, helene } = await seed(h);
    for (const q of ['06 12 34 56 78', '0612345678', '+33612345678', '+33 6 12 34 56 78', '06.12.34.56.78']) {
      const res = await h.call('GET', `/v1/residents?q=${encodeURIComponent(q)}`);
      expect(ids(res), q).toEqual([francois.residentId]);
      expect(res.body.items[0].matchedOn).toBe('phone');
    }
    expect(ids(await h.call('GET', `/v1/residents?q=${encodeURIComponent('francois.dupont@EXEMPLE.fr')}`))).toEqual([francois.residentId]);
    const byRef = await h.call('GET', `/v1/residents?q=${encodeURIComponent(helene.reference.toLowerCase())}`);
    expect(ids(byRef)).toEqual([helene.residentId]);
    expect(byRef.body.items[0].matchedOn).toBe('reference');
  });

  test('does not match unrelated people', async ({ h }) => {
    await seed(h);
    expect(ids(await h.call('GET', '/v1/residents?q=zorglub'))).toEqual([]);
    expect(ids(await h.call('GET', '/v1/residents?q=0699999999'))).toEqual([]);
  });

  test('a query too short or too long answers 422', async ({ h }) => {
    expect((await h.call('GET', '/v1/residents?q=a')).status).toBe(422);
    expect((await h.call('GET', '/v1/residents')).status).toBe(422);
    expect((await h.call('GET', `/v1/residents?q=${'x'.repeat(300)}`)).status).toBe(422);
  });

  test('integrators and directorate agents may not search residents', async ({ h }) => {
    for (const as of ['integrator', 'directorate_agent'] as const) {
      expect((await h.call('GET', '/v1/residents?q=dupont', { as })).status, as).toBe(403);
    }
    expect((await h.call('GET', '/v1/residents?q=dupont', { as: 'supervisor' })).status).toBe(200);
    expect((await h.call('GET', '/v1/residents?q=dupont', { as: null })).status).toBe(401);
  });
});
