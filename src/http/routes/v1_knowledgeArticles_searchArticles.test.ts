import { describe, expect, test } from '../../../tests/harness.js';

const slugs = (res: { body: { items: { slug: string }[] } }) => res.body.items.map((a) => a.slug);

describe('GET /v1/knowledge-articles', () => {
  test('searches in French: stemming and accents do not matter', async ({ h }) => {
    expect(slugs(await h.call('GET', `/v1/knowledge-articles?q=${encodeURIComponent('acte de naissance')}`))[0]).toBe('acte-naissance');
    // "ecole" without accent finds "école"; "inscrire" finds "inscription".
    expect(slugs(await h.call('GET', '/v1/knowledge-articles?q=ecole'))).toContain('inscription-scolaire');
    expect(slugs(await h.call('GET', '/v1/knowledge-articles?q=inscrire'))).toEqual(expect.arrayContaining(['listes-electorales', 'bibliotheque']));
    expect(slugs(await h.call('GET', `/v1/knowledge-articles?q=${encodeURIComponent('carte identité')}`))[0]).toBe('cni-passeport');
    expect(slugs(await h.call('GET', '/v1/knowledge-articles?q=encombrant'))[0]).toBe('encombrants');
    expect(slugs(await h.call('GET', '/v1/knowledge-articles?q=zorglub'))).toEqual([]);
  });

  test('the demo knowledge base has 20+ articles and filters by request type', async ({ h }) => {
    const all = await h.call('GET', '/v1/knowledge-articles?limit=50');
    expect(all.body.items.length).toBeGreaterThanOrEqual(20);
    const byType = await h.call('GET', '/v1/knowledge-articles?requestTypeCode=PRO-ENCOMBRANTS');
    expect(slugs(byType)).toEqual(['encombrants']);
    const one = await h.call('GET', '/v1/knowledge-articles/encombrants');
    expect(one.status).toBe(200);
    expect(one.body.title).toBe('Faire enlever des encombrants');
    expect((await h.call('GET', '/v1/knowledge-articles/nope')).status).toBe(404);
  });

  test('odd queries never fail: operators, quotes, punctuation only', async ({ h }) => {
    for (const q of ['"acte de', '-', '!!!', 'or or', "l'école", '&|!():*']) {
      const res = await h.call('GET', `/v1/knowledge-articles?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
    expect((await h.call('GET', '/v1/knowledge-articles?limit=500')).status).toBe(422);
  });

  test('every role may search; anonymous callers may not', async ({ h }) => {
    for (const as of ['counter_agent', 'directorate_agent', 'supervisor', 'admin', 'integrator'] as const) {
      expect((await h.call('GET', '/v1/knowledge-articles?q=bruit', { as })).status).toBe(200);
    }
    expect((await h.call('GET', '/v1/knowledge-articles?q=bruit', { as: null })).status).toBe(401);
  });
});
