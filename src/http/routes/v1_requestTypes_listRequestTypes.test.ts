import { describe, expect, test } from '../../../tests/harness.js';

describe('GET /v1/request-types and /v1/directorates', () => {
  test('the demo catalogue looks like a French city: 30+ types over 8+ directorates', async ({ h }) => {
    const types = (await h.call('GET', '/v1/request-types')).body.items;
    const dirs = (await h.call('GET', '/v1/directorates')).body.items;
    expect(types.length).toBeGreaterThanOrEqual(30);
    expect(dirs.length).toBeGreaterThanOrEqual(8);
    expect(new Set(types.map((t: { directorateId: string }) => t.directorateId)).size).toBeGreaterThanOrEqual(8);
    const dirIds = new Set(dirs.map((d: { id: string }) => d.id));
    for (const t of types) {
      expect(dirIds.has(t.directorateId)).toBe(true);
      expect(t.deadlineDays).toBeGreaterThan(0);
      expect(['simple', 'complex']).toContain(t.complexity);
    }
    expect(types.find((t: { code: string }) => t.code === 'VOI-NID-POULE')).toMatchObject({ label: 'Nid-de-poule ou chaussée dégradée', complexity: 'complex', directorateId: 'voirie' });
    expect(dirs.find((d: { id: string }) => d.id === 'etat-civil').name).toBe("Direction de l'État civil et des Élections");
  });

  test('filters by category, directorate and complexity; rejects an unknown complexity', async ({ h }) => {
    const voirie = (await h.call('GET', '/v1/request-types?directorateId=voirie')).body.items;
    expect(voirie.length).toBeGreaterThan(3);
    expect(voirie.every((t: { directorateId: string }) => t.directorateId === 'voirie')).toBe(true);
    const simple = (await h.call('GET', '/v1/request-types?complexity=simple')).body.items;
    expect(simple.every((t: { complexity: string }) => t.complexity === 'simple')).toBe(true);
    const cat = (await h.call('GET', `/v1/request-types?category=${encodeURIComponent('État civil')}`)).body.items;
    expect(cat.length).toBeGreaterThan(3);
    expect((await h.call('GET', '/v1/request-types?complexity=hard')).status).toBe(422);
  });

  test('every role may read the catalogue; anonymous callers may not', async ({ h }) => {
    for (const as of ['counter_agent', 'directorate_agent', 'supervisor', 'admin', 'integrator'] as const) {
      expect((await h.call('GET', '/v1/request-types', { as })).status).toBe(200);
      expect((await h.call('GET', '/v1/directorates', { as })).status).toBe(200);
    }
    expect((await h.call('GET', '/v1/request-types', { as: null })).status).toBe(401);
    expect((await h.call('GET', '/v1/directorates', { as: null })).status).toBe(401);
  });
});
