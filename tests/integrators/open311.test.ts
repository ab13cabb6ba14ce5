import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test, type Harness } from '../harness.js';
import { TEST_KEYS } from '../setup/test-keys.js';

/**
 * Open311 GeoReport v2 as a client written from the specification uses it: form-encoded POSTs with `api_key`
 * and `attribute[code][]` arrays, every resource read back in XML (parsed) and JSON, the spec's error lists, and
 * the FixMyStreet extensions (service request updates). Public reads show public-space reports only, and never a
 * resident's datum.
 */
const BASE = '/open311/v2';
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => ['service', 'request', 'error', 'attribute', 'value', 'endpoint', 'format', 'request_update'].includes(name) });

async function get(h: Harness, path: string) {
  const res = await h.app.request(`${BASE}/${path}`);
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, body: type.startsWith('text/xml') ? parser.parse(text) : JSON.parse(text) };
}

/** What an Open311 client sends: application/x-www-form-urlencoded, repeated keys for list attributes. */
async function post(h: Harness, path: string, fields: [string, string][]) {
  const res = await h.app.request(`${BASE}/${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  const text = await res.text();
  return { status: res.status, body: (res.headers.get('content-type') ?? '').startsWith('text/xml') ? parser.parse(text) : JSON.parse(text) };
}

/** The specification's example POST, on a service of this city (a fly-tip, with its two attributes). */
const SPEC_EXAMPLE: [string, string][] = [
  ['api_key', TEST_KEYS.integrator],
  ['service_code', 'PRO-DEPOT-SAUVAGE'],
  ['lat', '45.7640'],
  ['long', '4.8357'],
  ['address_string', '12 rue de la République, 69002 Lyon'],
  ['email', 'smit333@example.fr'],
  ['device_id', 'tt222111'],
  ['account_id', '123456'],
  ['first_name', 'John'],
  ['last_name', 'Smith'],
  ['phone', '06 11 11 11 11'],
  ['description', 'Des gravats devant l’école. Appelez-moi au 06 11 11 11 11 ou écrivez à smit333@example.fr.'],
  ['media_url', 'http://online.example.edu/gallery/pop%20lake.jpg'],
  ['attribute[nature][]', 'gravats'],
  ['attribute[nature][]', 'encombrants'],
  ['attribute[volume]', '2'],
];

describe('Open311 GeoReport v2', () => {
  test('discovery and the service list: public-space types only, in XML and JSON; a service definition with its attributes', async ({ h }) => {
    const discovery = await get(h, 'discovery.json');
    expect(discovery.body.endpoints).toEqual([expect.objectContaining({ specification: 'http://wiki.open311.org/GeoReport_v2', url: 'http://localhost:8080/open311/v2', type: 'production', formats: ['text/xml', 'application/json'] })]);
    const discoveryXml = await get(h, 'discovery.xml');
    expect(discoveryXml.type).toBe('text/xml; charset=utf-8');
    expect(discoveryXml.body.discovery.endpoints.endpoint[0].formats.format).toEqual(['text/xml', 'application/json']);

    const json = await get(h, 'services.json');
    const codes = json.body.map((s: { service_code: string }) => s.service_code);
    expect(codes).toEqual(['EV-ARBRE', 'EV-PARC', 'PRO-DEPOT-SAUVAGE', 'PRO-TAG', 'VOI-ECLAIRAGE', 'VOI-NID-POULE', 'VOI-SIGNALISATION', 'VOI-TROTTOIR']);
    expect(json.body.find((s: { service_code: string }) => s.service_code === 'PRO-DEPOT-SAUVAGE')).toEqual({
      service_code: 'PRO-DEPOT-SAUVAGE',
      service_name: 'Dépôt sauvage de déchets',
      description: 'Dépôt sauvage de déchets (Propreté) : réponse sous 3 jours ouvrés.',
      metadata: true,
      type: 'realtime',
      keywords: 'Propreté',
      group: 'Propreté',
    });
    const xml = await get(h, 'services.xml');
    expect(xml.body.services.service.map((s: { service_code: string }) => s.service_code)).toEqual(codes);
    expect(xml.body.services.service.find((s: { service_code: string }) => s.service_code === 'VOI-NID-POULE').metadata).toBe('false');

    const definition = await get(h, 'services/PRO-DEPOT-SAUVAGE.xml');
    const [nature, volume] = definition.body.service_definition.attributes.attribute;
    expect(nature).toMatchObject({ variable: 'true', code: 'nature', datatype: 'multivaluelist', required: 'false', order: '1', description: 'Nature des déchets' });
    expect(nature.values.value.map((v: { key: string }) => v.key)).toEqual(['menagers', 'encombrants', 'gravats', 'dangereux']);
    expect(volume).toMatchObject({ code: 'volume', datatype: 'number', order: '2' });
    // A civil registry request is not a public report: not listed, not defined.
    const hidden = await get(h, 'services/EC-ACTE-NAISSANCE.json');
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual([{ code: 404, description: 'Service not found' }]);
    expect((await get(h, 'services/EC-ACTE-NAISSANCE.xml')).body.errors.error).toEqual([{ code: '404', description: 'Service not found' }]);
  });

  test('the specification’s POST files a case; reading it back shows no resident datum, in XML and JSON', async ({ h }) => {
    const created = await post(h, 'requests.json', SPEC_EXAMPLE);
    expect(created.status).toBe(201);
    const [answer] = created.body;
    expect(answer.service_request_id).toMatch(/^\d{2}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(answer.service_notice).toBe(`Signalement enregistré sous la référence ${answer.service_request_id}. Dépôt sauvage de déchets : réponse sous 3 jours ouvrés.`);
    expect(answer.account_id).toBe('123456');

    // The case as the city's agents see it: web channel, the attributes, the place, the reporter as unverified contacts.
    const [row] = await h.sql<{ channel: string; extra: Record<string, string>; location: Record<string, unknown>; residentId: string; createdAt: Date }[]>`
      select channel, extra, location, resident_id, created_at from cases where reference = ${answer.service_request_id}`;
    expect(row!.channel).toBe('web');
    expect(row!.extra).toEqual({ nature: 'gravats,encombrants', volume: '2', 'open311:media_url': 'http://online.example.edu/gallery/pop%20lake.jpg', 'open311:device_id': 'tt222111', 'open311:account_id': '123456' });
    expect(row!.location).toEqual({ address: '12 rue de la République, 69002 Lyon', latitude: 45.764, longitude: 4.8357 });
    const points = await h.sql<{ kind: string; value: string; verified: boolean }[]>`select kind, value, verified from contact_points where resident_id = ${row!.residentId} order by kind`;
    expect(points).toEqual([
      { kind: 'email', value: 'smit333@example.fr', verified: false },
      { kind: 'phone', value: '06 11 11 11 11', verified: false },
    ]);

    const json = await get(h, `requests.json?service_request_id=${answer.service_request_id}`);
    expect(json.body).toHaveLength(1);
    const [report] = json.body;
    expect(report).toMatchObject({
      service_request_id: answer.service_request_id,
      status: 'open',
      status_notes: 'Reçue',
      service_code: 'PRO-DEPOT-SAUVAGE',
      service_name: 'Dépôt sauvage de déchets',
      agency_responsible: 'Direction de la Propreté urbaine',
      address: '12 rue de la République, 69002 Lyon',
      lat: 45.764,
      long: 4.8357,
      media_url: 'http://online.example.edu/gallery/pop%20lake.jpg',
    });
    expect(report.description).toBe('Des gravats devant l’école. Appelez-moi au [numéro masqué] ou écrivez à [adresse masquée].');
    expect(report.requested_datetime).toBe(row!.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    const everything = JSON.stringify(json.body);
    for (const personal of ['Smith', 'John', 'smit333', '06 11', '0611', '+33611', 'tt222111', '123456']) expect(everything).not.toContain(personal);

    const one = await get(h, `requests/${answer.service_request_id}.xml`);
    expect(one.body.service_requests.request[0]).toMatchObject({ service_request_id: answer.service_request_id, status: 'open', lat: '45.764', long: '4.8357' });

    // A case of a type that is not public is not there, whatever its reference.
    const civil = await h.newCase({ requestTypeCode: 'EC-ACTE-NAISSANCE', description: 'Acte de naissance de Paul' });
    expect((await get(h, `requests.json?service_request_id=${civil.reference}`)).body).toEqual([]);
    expect((await get(h, `requests/${civil.reference}.json`)).status).toBe(404);
  });

  test('refusals in the spec’s error list: key, service, location, attribute, encoding — nothing written', async ({ h }) => {
    const without = (name: string) => SPEC_EXAMPLE.filter(([k]) => k !== name);
    const cases = await h.count('cases');
    const badKey = await post(h, 'requests.xml', [['api_key', 'not-a-key'], ...without('api_key')]);
    expect(badKey.status).toBe(403);
    expect(badKey.body.errors.error).toEqual([{ code: '403', description: 'Invalid or missing api_key' }]);
    expect((await post(h, 'requests.json', without('api_key'))).status).toBe(403);
    const civil = await post(h, 'requests.json', [...without('service_code'), ['service_code', 'EC-ACTE-NAISSANCE']]);
    expect(civil.status).toBe(400);
    expect(civil.body[0].description).toBe('Unknown service_code: EC-ACTE-NAISSANCE');
    expect((await post(h, 'requests.json', without('lat').filter(([k]) => k !== 'long' && k !== 'address_string'))).status).toBe(400);
    expect((await post(h, 'requests.json', without('long'))).status).toBe(400);
    expect((await post(h, 'requests.json', [...without('attribute[nature][]'), ['attribute[nature][]', 'uranium']])).body[0].description).toBe('Not one of the values of nature: uranium');
    expect((await post(h, 'requests.json', [...without('attribute[volume]'), ['attribute[volume]', 'beaucoup']])).body[0].description).toBe('volume must be a number');
    expect((await post(h, 'requests.json', [...SPEC_EXAMPLE, ['attribute[couleur]', 'rouge']])).status).toBe(400);
    expect((await post(h, 'requests.json', [...without('media_url'), ['media_url', 'javascript:alert(1)']])).status).toBe(400);
    const asJson = await h.app.request(`${BASE}/requests.json`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ api_key: TEST_KEYS.integrator }) });
    expect(asJson.status).toBe(400);
    expect(await h.count('cases')).toBe(cases);
    expect((await get(h, 'requests.json?start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z')).status).toBe(400);
    expect((await get(h, 'requests.json?start_date=hier')).status).toBe(400);
    expect((await get(h, 'nothing.json')).status).toBe(404);
  });

  test('lists by status and window, and the FixMyStreet updates both ways', async ({ h }) => {
    const filed = async (description: string) => (await post(h, 'requests.json', [['api_key', TEST_KEYS.integrator], ['service_code', 'VOI-NID-POULE'], ['address_string', '3 rue Haute'], ['description', description]])).body[0].service_request_id as string;
    const fixed = await filed('Un trou profond');
    const waiting = await filed('Un petit trou');
    const [fixedCase] = await h.sql<{ id: string }[]>`select id from cases where reference = ${fixed}`;
    expect((await h.call('POST', `/v1/cases/${fixedCase!.id}/status`, { body: { status: 'resolved', message: 'Rebouché ce matin.' } })).status).toBe(200);

    const open = (await get(h, 'requests.json?status=open')).body.map((r: { service_request_id: string }) => r.service_request_id);
    const closed = (await get(h, 'requests.json?status=closed')).body.map((r: { service_request_id: string }) => r.service_request_id);
    expect(open).toContain(waiting);
    expect(open).not.toContain(fixed);
    expect(closed).toEqual([fixed]);
    // Newest first, within the window asked for (a window before today holds none of them).
    expect((await get(h, 'requests.json?service_code=VOI-NID-POULE')).body.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([waiting, fixed]);
    expect((await get(h, 'requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z')).body).toEqual([]);

    const updates = (await get(h, 'servicerequestupdates.xml')).body.service_request_updates.request_update;
    const done = updates.find((u: { service_request_id: string; status: string }) => u.service_request_id === fixed && u.status === 'FIXED');
    expect(done).toMatchObject({ service_request_id: fixed, status: 'FIXED', description: 'Rebouché ce matin.' });

    // The app passes on what its user added: on the case's public timeline, as from the reporter.
    const added = await post(h, 'servicerequestupdates.json', [['api_key', TEST_KEYS.integrator], ['service_request_id', waiting], ['description', 'Le trou s’agrandit.'], ['status', 'OPEN']]);
    expect(added.status).toBe(200);
    const [{ updateId }] = [{ updateId: added.body[0].update_id as string }];
    const [event] = await h.sql<{ type: string; visibility: string; data: { body: string } }[]>`select type, visibility, data from case_events where id = ${updateId}`;
    expect(event).toMatchObject({ type: 'resident_message', visibility: 'public', data: { body: 'Le trou s’agrandit.' } });
    expect((await post(h, 'servicerequestupdates.json', [['api_key', TEST_KEYS.integrator], ['service_request_id', fixed], ['description', 'Merci']])).status).toBe(400);
  });
});
