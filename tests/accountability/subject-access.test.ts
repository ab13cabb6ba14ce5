import { randomUUID } from 'node:crypto';
import { describe, expect, test, type Harness } from '../harness.js';
import { pdfText } from '../pdf-text.js';
import { residentSession } from '../resident-session.js';
import { TEST_KEYS } from '../setup/test-keys.js';

/**
 * The right of access: what a resident downloads holds every row of every table that refers to them — the test
 * finds those tables itself (foreign keys to residents, arrays of resident ids), so a table added later without
 * its place in the export fails here. Never another resident's data; an agent's export is in the access log.
 */

/** How each table's rows for the person are recognised in the export; a table missing here fails the test. */
const FOUND_BY: Record<string, (h: Harness, ids: string[], x: any) => Promise<void>> = {
  residents: async (h, ids, x) => expect(x.records.map((r: any) => r.id).sort()).toEqual([...ids].sort()),
  contact_points: async (h, ids, x) => expect(x.contactPoints.map((p: any) => p.id).sort()).toEqual((await h.sql`select id from contact_points where resident_id in ${h.sql(ids)}`).map((r) => r.id).sort()),
  cases: async (h, ids, x) => expect(x.cases.map((c: any) => c.id).sort()).toEqual((await h.sql`select id from cases where resident_id in ${h.sql(ids)}`).map((r) => r.id).sort()),
  resident_access_log: async (h, ids, x) => expect(x.accessLog.length).toBe((await h.sql`select 1 from resident_access_log where resident_id in ${h.sql(ids)}`).length),
  identities: async (h, ids, x) => expect(x.identities.map((i: any) => i.id).sort()).toEqual((await h.sql`select id from identities where resident_id in ${h.sql(ids)}`).map((r) => r.id).sort()),
  identity_link_candidates: async (h, ids, x) => expect(x.identityLinkCandidates.length).toBe((await h.sql`select 1 from identity_link_candidates where resident_id in ${h.sql(ids)}`).length),
  sessions: async (h, ids, x) => expect(x.sessions.length).toBe((await h.sql`select 1 from sessions where resident_id in ${h.sql(ids)}`).length),
  resident_duplicate_candidates: async (h, ids, x) =>
    expect(x.duplicateCandidates.length).toBe((await h.sql`select 1 from resident_duplicate_candidates where resident_a in ${h.sql(ids)} or resident_b in ${h.sql(ids)}`).length),
  resident_merges: async (h, ids, x) => expect(x.merges.length).toBe((await h.sql`select 1 from resident_merges where survivor_id in ${h.sql(ids)} or merged_id in ${h.sql(ids)}`).length),
  resident_tokens: async (h, ids, x) => expect(x.nameSearchWords).toEqual([...new Set((await h.sql`select token from resident_tokens where resident_id in ${h.sql(ids)}`).map((r) => r.token))].sort()),
  resident_name_pairs: async (h, ids, x) => {
    for (const p of await h.sql`select token_a, token_b from resident_name_pairs where resident_id in ${h.sql(ids)}`) expect(x.nameSearchWords).toEqual(expect.arrayContaining([p.tokenA, p.tokenB]));
  },
  phone_calls: async (h, ids, x) => expect(x.phoneCalls.map((p: any) => `${p.callId} ${p.event}`).sort()).toEqual((await h.sql`select call_id, event from phone_calls where resident_ids && ${ids}::uuid[]`).map((r) => `${r.callId} ${r.event}`).sort()),
};

describe('the right of access (RGPD art. 15)', () => {
  test('every table that refers to the resident is in their export, with every row; nobody else’s', async ({ h }) => {
    // Marie: two records (one merged into the other), several cases, a call, a FranceConnect sign-in, reads of her file.
    const first = await h.newCase({ channel: 'phone', resident: { givenName: 'Marie', familyName: 'Curie', phone: '06 12 34 56 78' } });
    const second = await h.newCase({ channel: 'web', resident: { givenName: 'Marie', familyName: 'Curie', phone: '06 12 34 56 78', email: 'marie.curie@example.fr' } }, 'integrator');
    const other = await h.newCase({ channel: 'counter', resident: { givenName: 'Pierre', familyName: 'Durand', phone: '06 98 76 54 32' } });
    const marie = first.residentId as string;
    if (second.residentId !== marie) expect((await h.call('POST', `/v1/residents/${marie}/merge`, { body: { duplicateId: second.residentId } })).status).toBe(200);
    await h.call('POST', '/v1/telephony/calls', { body: { callId: 'sa-1', event: 'ringing', callerNumber: '06 12 34 56 78' } });
    await h.call('GET', `/v1/residents/${marie}`, { headers: { 'x-access-purpose': 'appel entrant' } });
    const cookie = await residentSession(h, marie, 'marie-session-0123456789');
    const [identity] = await h.sql<{ id: string }[]>`select id from identities where resident_id = ${marie}`;
    await h.sql`insert into identity_link_candidates (id, identity_id, resident_id, reasons, created_at) values (${randomUUID()}, ${identity!.id}, ${marie}, ${['same_name']}, now())`;

    const res = await h.app.request('/v1/me/export', { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="mes-donnees.json"');
    const x = await res.json();
    const ids = (await h.sql<{ id: string }[]>`select id from residents where id = ${marie} or merged_into = ${marie}`).map((r) => r.id);
    expect(ids.length).toBe(2);

    // The tables that refer to residents, found in the catalogue: foreign keys to residents, and arrays of their ids.
    const tables = await h.sql<{ table: string }[]>`
      select distinct conrelid::regclass::text as table from pg_constraint where contype = 'f' and confrelid = 'residents'::regclass
      union select table_name from information_schema.columns where table_schema = 'public' and column_name = 'resident_ids'
      union select 'residents'`;
    expect(tables.map((t) => t.table).sort()).toEqual(Object.keys(FOUND_BY).sort());
    for (const { table } of tables) {
      const rows = await h.sql`select count(*)::int as n from ${h.sql(table)}`;
      expect(rows[0]!.n, table).toBeGreaterThan(0);
      await FOUND_BY[table]!(h, ids, x);
    }
    // Every case with its whole timeline; her words are there.
    expect(x.cases.map((c: any) => c.reference).sort()).toEqual([first.reference, second.reference].sort());
    expect(x.cases.every((c: any) => c.events.length > 0)).toBe(true);
    expect(x.accessLog.some((a: any) => a.purpose === 'appel entrant')).toBe(true);
    // Nobody else's data, and no secret.
    const text = JSON.stringify(x);
    expect(text).not.toContain(other.reference);
    expect(text).not.toContain('Durand');
    expect(text).not.toMatch(/id_hash|token_hash|tracking_code_hash|key_hash/i);

    // The readable PDF says the same.
    const pdf = await h.app.request('/v1/me/export?format=pdf', { headers: { cookie } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const read = pdfText(Buffer.from(await pdf.arrayBuffer())).replace(/\s+/g, ' ');
    for (const needle of [first.reference, second.reference, 'marie.curie@example.fr', 'appel entrant', 'Qui a consulté votre dossier']) expect(read).toContain(needle);

    // An agent produces it for a written request; that reading is itself logged.
    const before = (await h.sql`select 1 from resident_access_log where resident_id = ${marie}`).length;
    const byAgent = await h.app.request(`/v1/residents/${marie}/export`, { headers: { authorization: `Bearer ${TEST_KEYS.counter_agent}` } });
    expect(byAgent.status).toBe(200);
    expect((await byAgent.json()).cases.length).toBe(2);
    expect(await h.sql`select purpose from resident_access_log where resident_id = ${marie} order by id desc limit 1`).toEqual([{ purpose: 'droit d’accès (RGPD art. 15)' }]);
    expect((await h.sql`select 1 from resident_access_log where resident_id = ${marie}`).length).toBe(before + 1);
    for (const as of ['directorate_agent', 'integrator'] as const) expect((await h.call('GET', `/v1/residents/${marie}/export`, { as })).status).toBe(403);
    expect((await h.call('GET', '/v1/me/export', { as: null })).status).toBe(401);
  });
});
