import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { createSql } from '../../adapters/postgres/client.js';
import { migrate } from '../../adapters/postgres/migrate.js';
import { databaseUrl } from '../setup/global-setup.js';
import { describe, expect, test } from '../harness.js';

/** Overseas numbers are read as the numbering plan says (libphonenumber-js), whichever way they are typed. */
describe('phone numbers of the whole of France', () => {
  test('a Guadeloupe mobile typed nationally, in E.164 or with +33 is one key: search, screen pop, one record, SMS eligibility', async ({ h }) => {
    const c = await h.newCase({ channel: 'phone', resident: { givenName: 'Maryse', familyName: 'Jean-Louis', phone: '0690 12 34 56' } });
    const [cp] = await h.sql<{ normalized: string }[]>`select normalized from contact_points where resident_id = ${c.residentId} and kind = 'phone'`;
    expect(cp!.normalized).toBe('+590690123456');
    for (const typed of ['+590 690 12 34 56', '0690123456', '+33 690 12 34 56', '00590690123456']) {
      const found = await h.call('GET', `/v1/residents?q=${encodeURIComponent(typed)}`);
      expect(found.body.items.map((r: { resident: { id: string } }) => r.resident.id), typed).toEqual([c.residentId]);
    }
    const pop = await h.call('POST', '/v1/telephony/calls', { body: { callId: 'call-gp-1', event: 'ringing', callerNumber: '+590690123456' } });
    expect(pop.status).toBe(200);
    expect(pop.body.residents.map((r: { id: string }) => r.id)).toEqual([c.residentId]);
    // The same person calling again, her number typed the other way, lands on the same record.
    const again = await h.newCase({ channel: 'phone', resident: { givenName: 'Maryse', familyName: 'Jean-Louis', phone: '+590 690 12 34 56' } });
    expect(again.residentId).toBe(c.residentId);
  });

  test('the migration re-keys overseas numbers stored as mainland ones, and leaves mainland numbers alone', async () => {
    const admin = createSql(inject('pgAdminUrl'), { max: 1 });
    const name = `guichet_test_phones_${randomBytes(4).toString('hex')}`;
    await admin.unsafe(`create database ${name}`);
    const sql = createSql(databaseUrl(inject('pgAdminUrl'), name), { max: 1 });
    try {
      // The schema as it was before: every migration up to 012.
      const dir = fileURLToPath(new URL('../../adapters/postgres/migrations/', import.meta.url));
      await sql`create table schema_migrations (version text primary key, applied_at timestamptz not null default now())`;
      for (const file of (await readdir(dir)).filter((f) => /^\d+_.+\.sql$/.test(f) && f < '013').sort()) {
        await sql.unsafe(await readFile(dir + file, 'utf8'));
        await sql`insert into schema_migrations (version) values (${file})`;
      }
      await sql`insert into residents (id, given_name, family_name, created_at, updated_at) values ('01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f', 'Maryse', 'Jean-Louis', now(), now())`;
      const points: [string, string][] = [['0690 12 34 56', '+33690123456'], ['0596 61 00 00', '+33596610000'], ['0262 40 00 00', '+33262400000'], ['06 12 34 56 78', '+33612345678']];
      for (const [value, normalized] of points) {
        await sql`insert into contact_points (id, resident_id, kind, value, normalized) values (gen_random_uuid(), '01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f', 'phone', ${value}, ${normalized})`;
      }
      expect(await migrate(sql)).toContain('013_promises_kept.sql');
      const rows = await sql<{ value: string; normalized: string }[]>`select value, normalized from contact_points order by value`;
      expect(Object.fromEntries(rows.map((r) => [r.value, r.normalized]))).toEqual({
        '0690 12 34 56': '+590690123456',
        '0596 61 00 00': '+596596610000',
        '0262 40 00 00': '+262262400000',
        '06 12 34 56 78': '+33612345678',
      });
    } finally {
      await sql.end();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
