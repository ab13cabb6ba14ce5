import { eventually } from '../eventually.js';
import { describe, expect, test, type Harness } from '../harness.js';

/**
 * Integrator keys do what their scopes say and nothing else: the city's website files requests and follows those
 * it filed; it does not read the other cases, the feed, or submit Open311 reports unless given those scopes.
 */
async function issue(h: Harness, label: string, scopes?: string[]) {
  const res = await h.call('POST', '/v1/admin/api-keys', { as: 'admin', body: { label, role: 'integrator', ...(scopes ? { scopes } : {}) } });
  expect(res.status).toBe(201);
  return res.body as { id: string; key: string; scopes: string[] };
}

/** A call with a key of the test's own. */
const as = (h: Harness, key: string, method: string, path: string, body?: unknown) =>
  h.call(method, path, { as: null, headers: { authorization: `Bearer ${key}` }, ...(body !== undefined ? { body } : {}) });

const fileCase = (h: Harness, key: string, description: string) =>
  as(h, key, 'POST', '/v1/cases', { channel: 'web', requestTypeCode: 'VOI-NID-POULE', description, resident: { givenName: 'Inès', familyName: 'Roux', email: 'ines.roux@example.fr' } });

describe('integrator scopes', () => {
  test('a website key (default scopes) files requests and reads those it filed, nothing else', async ({ h }) => {
    const site = await issue(h, 'Site de la ville');
    expect(site.scopes).toEqual(['cases:create', 'cases:read']);
    const other = await issue(h, 'Application métier', ['cases:create', 'cases:read']);

    const mine = await fileCase(h, site.key, 'Nid-de-poule rue des Lilas');
    expect(mine.status).toBe(201);
    const theirs = await fileCase(h, other.key, 'Nid-de-poule avenue Foch');
    expect(theirs.status).toBe(201);
    const counter = await h.newCase({ description: 'Signalé au guichet' });

    expect((await as(h, site.key, 'GET', `/v1/cases/${mine.body.id}`)).status).toBe(200);
    expect((await as(h, site.key, 'GET', `/v1/cases/${mine.body.id}/events`)).status).toBe(200);
    // Another integrator's case and a counter case answer like missing ones.
    for (const id of [theirs.body.id, counter.id]) {
      const res = await as(h, site.key, 'GET', `/v1/cases/${id}`);
      expect(res.status).toBe(404);
      expect(res.contentType).toBe('application/problem+json');
    }
    const list = await as(h, site.key, 'GET', '/v1/cases?limit=50');
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([mine.body.id]);
    const otherList = await as(h, other.key, 'GET', '/v1/cases?limit=50');
    expect(otherList.body.items.map((c: { id: string }) => c.id)).toEqual([theirs.body.id]);

    // What it was not given.
    expect((await as(h, site.key, 'GET', '/v1/events')).status).toBe(403);
    expect((await as(h, site.key, 'GET', '/v1/webhook-subscriptions')).status).toBe(403);
    expect((await as(h, site.key, 'POST', `/v1/cases/${mine.body.id}/status`, { status: 'in_progress' })).status).toBe(403);
    const open311 = await h.app.request('/open311/v2/requests.json', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ api_key: site.key, service_code: 'VOI-NID-POULE', lat: '45.76', long: '4.83', description: 'Trou' }).toString(),
    });
    expect(open311.status).toBe(403);
    expect(await open311.json()).toEqual([{ code: 403, description: expect.stringContaining('open311:submit') }]);
  });

  test('cases:read:all reads every case; a read-only key cannot file', async ({ h }) => {
    const reader = await issue(h, 'Tableau de bord', ['cases:read:all']);
    const c = await h.newCase();
    expect((await as(h, reader.key, 'GET', `/v1/cases/${c.id}`)).status).toBe(200);
    expect((await fileCase(h, reader.key, 'Essai')).status).toBe(403);
  });

  test('an Open311 app submits reports with open311:submit alone, and reads nothing through the REST API', async ({ h }) => {
    const app = await issue(h, 'Application de signalement', ['open311:submit']);
    const res = await h.app.request('/open311/v2/requests.json', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ api_key: app.key, service_code: 'VOI-NID-POULE', lat: '45.76', long: '4.83', description: 'Trou devant le 3' }).toString(),
    });
    expect(res.status).toBe(201);
    const reference = ((await res.json()) as { service_request_id: string }[])[0]!.service_request_id;
    const [row] = await h.sql<{ id: string; filedBy: string }[]>`select id, filed_by from cases where reference = ${reference}`;
    expect(row!.filedBy).toBe(`key:${app.id}`);
    expect((await as(h, app.key, 'GET', `/v1/cases/${row!.id}`)).status).toBe(403);
  });

  test('the event feed and webhooks of a key limited to its cases carry those cases only', async ({ h }) => {
    const site = await issue(h, 'Site avec flux', ['cases:create', 'cases:read', 'events:read', 'webhooks:manage']);
    const hook = await as(h, site.key, 'POST', '/v1/webhook-subscriptions', { url: 'http://127.0.0.1:9/hooks', eventTypes: ['case.created', 'case.status_changed'] });
    expect(hook.status).toBe(201);
    const mine = await fileCase(h, site.key, 'Lampadaire éteint');
    const counter = await h.newCase({ description: 'Au guichet' });
    expect((await h.call('POST', `/v1/cases/${counter.id}/status`, { as: 'counter_agent', body: { status: 'in_progress' } })).status).toBe(200);

    const feed = await as(h, site.key, 'GET', '/v1/events?limit=100');
    expect(feed.status).toBe(200);
    expect(feed.body.items.map((e: { type: string; data: { case: { reference: string } } }) => `${e.type} ${e.data.case.reference}`)).toEqual([
      `case.created ${mine.body.reference}`,
    ]);
    // The test integrator (cases:read:all) hears of both.
    const all = await h.call('GET', '/v1/events?limit=100', { as: 'integrator' });
    expect(all.body.items.map((e: { data: { case: { reference: string } } }) => e.data.case.reference)).toEqual(
      expect.arrayContaining([mine.body.reference, counter.reference]),
    );

    const deliveries = await as(h, site.key, 'GET', `/v1/webhook-subscriptions/${hook.body.id}/deliveries`);
    expect(deliveries.status).toBe(200);
    expect(deliveries.body.items.map((d: { caseId: string; eventType: string }) => [d.caseId, d.eventType])).toEqual([[mine.body.id, 'case.created']]);
  });

  test('scopes are checked when a key is issued', async ({ h }) => {
    const bad = [
      { label: 'x', role: 'integrator', scopes: [] },
      { label: 'x', role: 'integrator', scopes: ['cases:delete'] },
    ];
    for (const body of bad) {
      const res = await h.call('POST', '/v1/admin/api-keys', { as: 'admin', body });
      expect(res.status).toBe(422);
    }
    const agentKey = await h.call('POST', '/v1/admin/api-keys', { as: 'admin', body: { label: 'Poste 3', role: 'counter_agent', agentId: 'agent-accueil', scopes: ['cases:read:all'] } });
    expect(agentKey.status).toBe(422);
    expect(agentKey.body.invalidFields[0]).toMatchObject({ path: 'scopes' });
  });
});

describe('key lifecycle', () => {
  test('rotation with an overlap: both keys work until the old one expires; the lineage keeps its cases and subscriptions', async ({ h }) => {
    const site = await issue(h, 'Portail citoyen', ['cases:create', 'cases:read', 'webhooks:manage']);
    const filed = await fileCase(h, site.key, 'Graffiti sur l’école');
    const hook = await as(h, site.key, 'POST', '/v1/webhook-subscriptions', { url: 'http://127.0.0.1:9/hooks', eventTypes: ['case.created'] });

    const rotated = await h.call('POST', `/v1/admin/api-keys/${site.id}/rotate`, { as: 'admin', body: { overlapHours: 2 } });
    expect(rotated.status).toBe(201);
    const next = rotated.body as { id: string; key: string; scopes: string[] };
    expect(next.scopes).toEqual(['cases:create', 'cases:read', 'webhooks:manage']);
    // Both work during the overlap, as the same integrator.
    for (const key of [site.key, next.key]) {
      expect((await as(h, key, 'GET', `/v1/cases/${filed.body.id}`)).status).toBe(200);
      const hooks = await as(h, key, 'GET', '/v1/webhook-subscriptions');
      expect(hooks.body.items.map((w: { id: string }) => w.id)).toEqual([hook.body.id]);
    }
    const keys = (await h.call('GET', '/v1/admin/api-keys', { as: 'admin' })).body.items as { id: string; expiresAt: string | null; revokedAt: string | null; replacedBy: string | null }[];
    const old = keys.find((k) => k.id === site.id)!;
    expect(old.replacedBy).toBe(next.id);
    expect(old.revokedAt).toBeNull();
    const overlap = Date.parse(old.expiresAt!) - Date.now();
    expect(overlap).toBeGreaterThan(2 * 3_600_000 - 60_000);
    expect(overlap).toBeLessThanOrEqual(2 * 3_600_000);
    // Rotating the old one again is refused: the successor is the one to rotate.
    expect((await h.call('POST', `/v1/admin/api-keys/${site.id}/rotate`, { as: 'admin' })).status).toBe(409);

    // Two hours later (the expiry moved into the past), the old key stops; the new one goes on.
    await h.sql`update api_keys set expires_at = now() - interval '1 second' where id = ${site.id}`;
    // (The change wakes every process's key cache; here it is heard a moment later.)
    await eventually(async () => (await as(h, site.key, 'GET', `/v1/cases/${filed.body.id}`)).status, (s) => s === 401, 5000);
    expect((await as(h, next.key, 'GET', `/v1/cases/${filed.body.id}`)).status).toBe(200);

    // Without an overlap the old key stops at once.
    const again = await h.call('POST', `/v1/admin/api-keys/${next.id}/rotate`, { as: 'admin' });
    expect(again.status).toBe(201);
    expect((await as(h, next.key, 'GET', '/v1/request-types')).status).toBe(401);
    expect((await as(h, again.body.key, 'GET', `/v1/cases/${filed.body.id}`)).status).toBe(200);
    expect((await h.call('POST', `/v1/admin/api-keys/${next.id}/rotate`, { as: 'admin', body: { overlapHours: 1000 } })).status).toBe(422);
  });

  test('the last use of each key is shown; a key never used says so', async ({ h }) => {
    const used = await issue(h, 'Utilisée');
    const unused = await issue(h, 'Jamais utilisée');
    const before = Date.now();
    expect((await as(h, used.key, 'GET', '/v1/request-types')).status).toBe(200);
    const keys = (await h.call('GET', '/v1/admin/api-keys', { as: 'admin' })).body.items as { id: string; lastUsedAt: string | null }[];
    const lastUse = Date.parse(keys.find((k) => k.id === used.id)!.lastUsedAt!);
    expect(lastUse).toBeGreaterThanOrEqual(before - 1000);
    expect(lastUse).toBeLessThanOrEqual(Date.now() + 1000);
    expect(keys.find((k) => k.id === unused.id)!.lastUsedAt).toBeNull();
  });
});
