import { describe, expect, test } from '../harness.js';
import { TEST_KEYS } from '../setup/test-keys.js';

/** Administration without SQL: what an operator does on a Monday, through the API, with the trail it leaves. */
describe('administration API', () => {
  test('an agent is created, given a key that acts with their role, changed with If-Match, deactivated — their key stops at once; all in the audit trail', async ({ h }) => {
    const created = await h.call('POST', '/v1/admin/agents', { as: 'admin', body: { id: 'c.leroy', displayName: 'Claire Leroy', email: 'c.leroy@ville.example', role: 'counter_agent' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({ id: 'c.leroy', role: 'counter_agent', active: true, version: 1 });
    expect((await h.call('POST', '/v1/admin/agents', { as: 'admin', body: { id: 'c.leroy', displayName: 'Doublon', role: 'counter_agent' } })).status).toBe(409);

    const issued = await h.call('POST', '/v1/admin/api-keys', { as: 'admin', body: { label: 'Poste accueil 3', role: 'counter_agent', agentId: 'c.leroy' } });
    expect(issued.status).toBe(201);
    expect(issued.body.key).toMatch(/^gk_counter_[\w-]{32}$/);
    const key = { authorization: `Bearer ${issued.body.key}` };
    // The secret is not kept: the list never shows it, nor its hash.
    const listed = await h.call('GET', '/v1/admin/api-keys', { as: 'admin' });
    expect(JSON.stringify(listed.body)).not.toContain(issued.body.key);
    expect(listed.body.items.find((k: { id: string }) => k.id === issued.body.id)).toMatchObject({ label: 'Poste accueil 3', agentId: 'c.leroy', revokedAt: null });
    // The key acts as Claire, a counter agent.
    const filed = await h.call('POST', '/v1/cases', { as: null, headers: key, body: { channel: 'counter', requestTypeCode: 'VOI-NID-POULE', description: 'Trou' } });
    expect(filed.status).toBe(201);

    // A stale If-Match is refused; the current one changes her.
    const stale = await h.call('PATCH', '/v1/admin/agents/c.leroy', { as: 'admin', headers: { 'if-match': '"7"' }, body: { displayName: 'Claire Leroy-Martin' } });
    expect(stale.status).toBe(412);
    const renamed = await h.call('PATCH', '/v1/admin/agents/c.leroy', { as: 'admin', headers: { 'if-match': '"1"' }, body: { displayName: 'Claire Leroy-Martin' } });
    expect(renamed.status).toBe(200);
    expect(renamed.headers.get('etag')).toBe('"2"');
    // Moved to a directorate without one: refused, nothing changed.
    expect((await h.call('PATCH', '/v1/admin/agents/c.leroy', { as: 'admin', body: { role: 'directorate_agent' } })).status).toBe(422);
    expect((await h.call('PATCH', '/v1/admin/agents/c.leroy', { as: 'admin', body: { role: 'directorate_agent', directorateId: 'nulle-part' } })).status).toBe(422);

    // Deactivated: her key stops working at once.
    const off = await h.call('PATCH', '/v1/admin/agents/c.leroy', { as: 'admin', headers: { 'if-match': '"2"' }, body: { active: false } });
    expect(off.status).toBe(200);
    expect((await h.call('GET', '/v1/request-types', { as: null, headers: key })).status).toBe(401);

    const trail = await h.call('GET', '/v1/admin/audit?entity=agent&entityId=c.leroy', { as: 'admin' });
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['deactivated', 'updated', 'created']);
    expect(trail.body.items[0]).toMatchObject({ actor: 'admin', entity: 'agent', before: { active: true, version: 2 }, after: { active: false, version: 3 } });
    expect(trail.body.items[1]).toMatchObject({ before: { displayName: 'Claire Leroy' }, after: { displayName: 'Claire Leroy-Martin' } });
    // The trail cannot be rewritten, even in SQL through the application's role.
    await expect(h.sql`update admin_audit set actor = 'personne'`).rejects.toThrow(/append-only/);
  });

  test('a key is rotated (the old one stops, the new one works, each names the other) or revoked, once', async ({ h }) => {
    const issued = await h.call('POST', '/v1/admin/api-keys', { as: 'admin', body: { label: 'Portail citoyen', role: 'integrator', scopes: ['attachments:read'] } });
    expect(issued.status).toBe(201);
    const rotated = await h.call('POST', `/v1/admin/api-keys/${issued.body.id}/rotate`, { as: 'admin' });
    expect(rotated.status).toBe(201);
    expect(rotated.body).toMatchObject({ label: 'Portail citoyen', role: 'integrator', scopes: ['attachments:read'], revokedAt: null });
    expect(rotated.body.key).not.toBe(issued.body.key);
    expect((await h.call('GET', '/v1/request-types', { as: null, headers: { authorization: `Bearer ${issued.body.key}` } })).status).toBe(401);
    expect((await h.call('GET', '/v1/request-types', { as: null, headers: { authorization: `Bearer ${rotated.body.key}` } })).status).toBe(200);
    const old = (await h.call('GET', '/v1/admin/api-keys', { as: 'admin' })).body.items.find((k: { id: string }) => k.id === issued.body.id);
    expect(old).toMatchObject({ replacedBy: rotated.body.id, revokedBy: 'admin' });
    expect((await h.call('POST', `/v1/admin/api-keys/${issued.body.id}/rotate`, { as: 'admin' })).status).toBe(409);

    expect((await h.call('POST', `/v1/admin/api-keys/${rotated.body.id}/revoke`, { as: 'admin' })).status).toBe(200);
    expect((await h.call('GET', '/v1/request-types', { as: null, headers: { authorization: `Bearer ${rotated.body.key}` } })).status).toBe(401);
    expect((await h.call('POST', `/v1/admin/api-keys/${rotated.body.id}/revoke`, { as: 'admin' })).status).toBe(409);
    expect((await h.call('POST', '/v1/admin/api-keys/inconnue/revoke', { as: 'admin' })).status).toBe(404);
    const actions = (await h.call('GET', '/v1/admin/audit?entity=api_key', { as: 'admin' })).body.items.map((e: { action: string; entityId: string }) => `${e.action}:${e.entityId === issued.body.id ? 'old' : 'new'}`);
    expect(actions).toEqual(['revoked:new', 'issued:new', 'rotated:old', 'issued:old']);
  });

  test('keys must fit their agent; an admin cannot lock themselves out; only admins administer', async ({ h }) => {
    expect((await h.call('POST', '/v1/admin/api-keys', { as: 'admin', body: { label: 'x', role: 'supervisor', agentId: 'agent-accueil' } })).status).toBe(422);
    expect((await h.call('POST', '/v1/admin/api-keys', { as: 'admin', body: { label: 'x', role: 'counter_agent' } })).status).toBe(422);
    expect((await h.call('POST', '/v1/admin/api-keys', { as: 'admin', body: { label: 'x', role: 'integrator', scopes: ['everything'] } })).status).toBe(422);
    const self = await h.call('PATCH', '/v1/admin/agents/admin', { as: 'admin', body: { active: false } });
    expect(self.status).toBe(409);
    expect((await h.call('PATCH', '/v1/admin/agents/admin', { as: 'admin', body: { role: 'supervisor' } })).status).toBe(409);
    expect((await h.call('GET', '/v1/request-types', { as: null, headers: { authorization: `Bearer ${TEST_KEYS.admin}` } })).status).toBe(200);
    for (const as of ['supervisor', 'counter_agent', 'integrator'] as const) expect((await h.call('GET', '/v1/admin/agents', { as })).status).toBe(403);
    expect(await h.count('admin_audit')).toBe(0);
  });
});
