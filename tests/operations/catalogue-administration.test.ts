import { describe, expect, test } from '../harness.js';

/** The city's own catalogue, administered through the API and felt where agents and residents meet it. */
describe('catalogue administration', () => {
  test('a new directorate and request type take cases at once; a closure day moves the exact due date; changes need the current ETag and are audited', async ({ h }) => {
    const d = await h.call('POST', '/v1/admin/directorates', { as: 'admin', body: { id: 'jardins', name: 'Direction des jardins', email: 'jardins@ville.example', closedDays: [] } });
    expect(d.status).toBe(201);
    expect(d.headers.get('etag')).toBe('"1"');
    const rt = await h.call('POST', '/v1/admin/request-types', {
      as: 'admin',
      body: { code: 'JAR-ARBRE', label: 'Arbre dangereux', category: 'Espaces verts', directorateId: 'jardins', complexity: 'complex', deadlineDays: 2, publicReport: true },
    });
    expect(rt.status).toBe(201);
    expect(rt.body).toMatchObject({ code: 'JAR-ARBRE', active: true, publicReport: true, retentionDays: null, version: 1 });
    expect((await h.call('GET', '/v1/request-types')).body.items.map((t: { code: string }) => t.code)).toContain('JAR-ARBRE');

    const { calendarFor } = await import('../../src/core/deadlines/directorate-calendar.js');
    const { addBusinessMinutes, isBusinessDay, minutesPerBusinessDay, DEFAULT_CALENDAR } = await import('../../src/core/deadlines/business-time.js');
    // The next business day after today is declared closed (a "pont").
    const day = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
    let next = new Date(Date.now() + 86_400_000);
    const local = (d: Date) => ({ y: Number(day(d).slice(0, 4)), m: Number(day(d).slice(5, 7)), d: Number(day(d).slice(8, 10)) });
    while (!isBusinessDay(local(next) as never, DEFAULT_CALENDAR)) next = new Date(next.getTime() + 86_400_000);
    const stale = await h.call('PATCH', '/v1/admin/directorates/jardins', { as: 'admin', headers: { 'if-match': '"5"' }, body: { closedDays: [day(next)] } });
    expect(stale.status).toBe(412);
    const closed = await h.call('PATCH', '/v1/admin/directorates/jardins', { as: 'admin', headers: { 'if-match': '"1"' }, body: { closedDays: [day(next)] } });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ closedDays: [day(next)], version: 2 });
    // Exactly: received Monday 7 December 2026 at 10:00 (Paris), 2 business days, Tuesday 8 closed → Thursday 10, 10:00.
    const dec = calendarFor(DEFAULT_CALENDAR, { businessHours: null, closedDays: ['2026-12-08'] });
    expect(addBusinessMinutes(new Date('2026-12-07T09:00:00Z'), 2 * minutesPerBusinessDay(dec), dec).toISOString()).toBe('2026-12-10T09:00:00.000Z');
    // The API's due date at escalation skips the closure day: a business day later than without it.
    const c = await h.newCase({ requestTypeCode: 'JAR-ARBRE' });
    const escalated = await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
    expect(escalated.status).toBe(200);
    const cal = calendarFor(DEFAULT_CALENDAR, { businessHours: null, closedDays: [day(next)] });
    const from = new Date(escalated.body.escalatedAt);
    const withClosure = addBusinessMinutes(from, 2 * minutesPerBusinessDay(cal), cal).getTime();
    const plain = addBusinessMinutes(from, 2 * minutesPerBusinessDay(DEFAULT_CALENDAR), DEFAULT_CALENDAR).getTime();
    expect(new Date(escalated.body.dueAt).getTime()).toBe(withClosure);
    expect(withClosure).toBeGreaterThan(plain);

    // Deactivated: no new case of that type.
    expect((await h.call('PATCH', '/v1/admin/request-types/JAR-ARBRE', { as: 'admin', body: { active: false } })).status).toBe(200);
    expect((await h.call('POST', '/v1/cases', { body: { channel: 'counter', requestTypeCode: 'JAR-ARBRE', description: 'Arbre' } })).status).toBe(422);
    // An unknown directorate is refused, nothing changes.
    expect((await h.call('PATCH', '/v1/admin/request-types/JAR-ARBRE', { as: 'admin', body: { directorateId: 'nulle-part' } })).status).toBe(422);

    const trail = (await h.call('GET', '/v1/admin/audit?entity=request_type&entityId=JAR-ARBRE', { as: 'admin' })).body.items;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['updated', 'created']);
    expect(trail[0]).toMatchObject({ before: { active: true }, after: { active: false } });
  });

  test('an article is drafted (not found), published (found by its words at once), edited, retired (not found)', async ({ h }) => {
    const search = async (q: string) => (await h.call('GET', `/v1/knowledge-articles?q=${encodeURIComponent(q)}`)).body.items.map((a: { slug: string }) => a.slug);
    const created = await h.call('POST', '/v1/admin/knowledge-articles', {
      as: 'admin',
      body: { slug: 'composteur-collectif', title: 'Obtenir un composteur collectif', body: 'Les résidences peuvent demander un composteur collectif gratuit.' },
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('draft');
    expect(await search('composteur')).not.toContain('composteur-collectif');
    expect((await h.call('PATCH', '/v1/admin/knowledge-articles/composteur-collectif', { as: 'admin', headers: { 'if-match': '"1"' }, body: { status: 'published' } })).status).toBe(200);
    expect(await search('composteurs')).toContain('composteur-collectif');
    await h.call('PATCH', '/v1/admin/knowledge-articles/composteur-collectif', { as: 'admin', body: { body: 'Les résidences peuvent demander un lombricomposteur.' } });
    expect(await search('lombricomposteur')).toContain('composteur-collectif');
    await h.call('PATCH', '/v1/admin/knowledge-articles/composteur-collectif', { as: 'admin', body: { status: 'retired' } });
    expect(await search('lombricomposteur')).toEqual([]);
    const actions = (await h.call('GET', '/v1/admin/audit?entity=knowledge_article', { as: 'admin' })).body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['retired', 'updated', 'published', 'created']);
  });

  test('the catalogue exports as one document and imports into another installation; a bad entry changes nothing', async ({ h }) => {
    const exported = await h.call('GET', '/v1/admin/catalogue', { as: 'admin' });
    expect(exported.status).toBe(200);
    expect(exported.body.requestTypes.length).toBeGreaterThanOrEqual(30);
    // The same document again: nothing to do.
    const again = await h.call('PUT', '/v1/admin/catalogue', { as: 'admin', body: exported.body });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ created: 0, updated: 0, unchanged: exported.body.directorates.length + exported.body.requestTypes.length + exported.body.knowledgeArticles.length });
    // A city's changes: one new type, one relabelled, and one entry naming a directorate that does not exist.
    const doc = structuredClone(exported.body);
    doc.requestTypes[0].label = 'Libellé de la ville';
    doc.requestTypes.push({ code: 'VIL-NOUVEAU', label: 'Nouveau', category: 'Ville', directorateId: 'voirie', complexity: 'simple', deadlineDays: 3 });
    const bad = structuredClone(doc);
    bad.requestTypes.push({ code: 'VIL-CASSE', label: 'Cassé', category: 'Ville', directorateId: 'nulle-part', complexity: 'simple', deadlineDays: 3 });
    expect((await h.call('PUT', '/v1/admin/catalogue', { as: 'admin', body: bad })).status).toBe(422);
    expect((await h.call('GET', '/v1/admin/request-types', { as: 'admin' })).body.items.map((t: { code: string }) => t.code)).not.toContain('VIL-NOUVEAU');
    const imported = await h.call('PUT', '/v1/admin/catalogue', { as: 'admin', body: doc });
    expect(imported.body).toMatchObject({ created: 1, updated: 1 });
    const audit = (await h.call('GET', '/v1/admin/audit?entity=request_type', { as: 'admin' })).body.items.map((e: { action: string; entityId: string }) => `${e.action} ${e.entityId}`);
    expect(audit.sort()).toEqual([`imported ${doc.requestTypes[0].code}`, 'imported VIL-NOUVEAU'].sort());
  });

  test('routing rules send a postcode sector elsewhere: the most specific wins; the set is replaced whole and audited', async ({ h }) => {
    const put = (rules: unknown[]) => h.call('PUT', '/v1/admin/routing-rules', { as: 'admin', body: { rules } });
    expect((await put([{ postcodePrefix: '69003', requestTypeCode: null, directorateId: 'nulle-part' }])).status).toBe(422);
    expect((await put([{ postcodePrefix: 'Lyon', requestTypeCode: null, directorateId: 'proprete' }])).status).toBe(422);
    const set = await put([
      { postcodePrefix: '690', requestTypeCode: null, directorateId: 'proprete' },
      { postcodePrefix: '69003', requestTypeCode: 'VOI-NID-POULE', directorateId: 'espaces-verts' },
    ]);
    expect(set.status).toBe(200);
    const escalateFrom = async (postcode: string, code = 'VOI-NID-POULE') => {
      const c = await h.newCase({ requestTypeCode: code, location: { address: '1 rue de la Ville', postcode } });
      return (await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} })).body.directorateId;
    };
    expect(await escalateFrom('69003')).toBe('espaces-verts');
    expect(await escalateFrom('69005')).toBe('proprete');
    expect(await escalateFrom('75011')).toBe('voirie');
    expect((await put([])).body).toEqual({ rules: [] });
    expect(await escalateFrom('69003')).toBe('voirie');
    const trail = (await h.call('GET', '/v1/admin/audit?entity=routing_rules', { as: 'admin' })).body.items;
    expect(trail).toHaveLength(2);
    expect(trail[0].before.rules).toHaveLength(2);
    expect(trail[0].after.rules).toEqual([]);
  });

  test('request types and articles round-trip through CSV; a spreadsheet edit imports; a bad line is named and changes nothing', async ({ h }) => {
    const get = (path: string) => h.app.request(path, { headers: { authorization: 'Bearer test-key-admin' } });
    const put = (path: string, body: string) => h.app.request(path, { method: 'PUT', headers: { authorization: 'Bearer test-key-admin', 'content-type': 'text/csv' }, body });
    const types = await get('/v1/admin/catalogue/request-types.csv');
    expect(types.status).toBe(200);
    expect(types.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csv = await types.text();
    expect(csv.split('\n')[0]).toBe('code,label,category,directorateId,complexity,deadlineDays,active,autoEscalate,minAcr,publicReport,retentionDays,implicitDecision,implicitDecisionMonths,appealRoutes,extraFields');
    // Unchanged, it imports to nothing.
    const same = await put('/v1/admin/catalogue/request-types.csv', csv);
    expect(await same.json()).toMatchObject({ created: 0, updated: 0 });
    // A service edits a label in its spreadsheet (quotes and commas included) and adds a line.
    const edited = csv.replace(/^VOI-NID-POULE,[^,]*,/m, 'VOI-NID-POULE,"Nid-de-poule, ornière ou « trou »",') + 'VOI-BANC,Banc public abîmé,Voirie,voirie,simple,10,true,false,,true,,none,2,,[]\n';
    const imported = await put('/v1/admin/catalogue/request-types.csv', edited);
    expect(await imported.json()).toMatchObject({ created: 1, updated: 1 });
    expect((await h.call('GET', '/v1/request-types')).body.items.find((t: { code: string }) => t.code === 'VOI-NID-POULE').label).toBe('Nid-de-poule, ornière ou « trou »');
    // A line with a complexity that does not exist: refused, named by its line, nothing written.
    const bad = await put('/v1/admin/catalogue/request-types.csv', 'code,label,category,directorateId,complexity,deadlineDays\nVOI-X,X,Voirie,voirie,facile,3\n');
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { invalidFields: { path: string }[] }).invalidFields[0]!.path).toBe('line 2.complexity');
    expect((await put('/v1/admin/catalogue/request-types.csv', 'not,a\n"broken')).status).toBe(422);
    expect((await h.app.request('/v1/admin/catalogue/request-types.csv', { method: 'PUT', headers: { authorization: 'Bearer test-key-admin', 'content-type': 'application/json' }, body: '{}' })).status).toBe(415);

    const articles = await (await get('/v1/admin/catalogue/knowledge-articles.csv')).text();
    expect(articles.split('\n')[0]).toBe('slug,title,body,requestTypeCode,status');
    // A new article without a status arrives as a draft; an existing one keeps its status.
    const first = articles.split('\n')[1]!.split(',')[0]!;
    const more = await put('/v1/admin/catalogue/knowledge-articles.csv', `slug,title,body\nnouvel-article,Nouvel article,"Texte, sur plusieurs\nlignes"\n${first},Titre revu,Texte revu\n`);
    expect(await more.json()).toMatchObject({ created: 1, updated: 1 });
    const all = (await h.call('GET', '/v1/admin/knowledge-articles', { as: 'admin' })).body.items;
    expect(all.find((a: { slug: string }) => a.slug === 'nouvel-article')).toMatchObject({ status: 'draft', body: 'Texte, sur plusieurs\nlignes' });
    expect(all.find((a: { slug: string }) => a.slug === first)).toMatchObject({ status: 'published', title: 'Titre revu' });
  });

  test('a catalogue change made by another process is seen at once, not after the cache’s 30 s', async ({ h }) => {
    const file = () => h.call('POST', '/v1/cases', { body: { channel: 'counter', requestTypeCode: 'PRO-TAG', description: 'Tag sur le mur' } });
    expect((await file()).status).toBe(201); // the type is now cached
    // As another API process (or an operator's SQL) would: the triggers notify every process.
    await h.sql`update request_types set active = false where code = 'PRO-TAG'`;
    await new Promise((r) => setTimeout(r, 200));
    expect((await file()).status).toBe(422);
  });
});
