import { randomUUID } from 'node:crypto';
import { describe, expect, test } from '../harness.js';
import { runRetention } from '../../adapters/postgres/retention.js';

/**
 * The RGPD lifecycle over a data set spanning four years: exactly the closed cases past their request type's
 * retention (or the city's default) are anonymised, nothing else moves; the timeline keeps its entries and their
 * original hashes while losing the residents' words; attachments go with their bytes; statistics survive; the
 * access log is purged after its own period; a dry run changes nothing; the timeline stays append-only otherwise.
 */
const NOW = new Date('2026-11-30T12:00:00Z');
const DAY = 86_400_000;

describe('retention and anonymisation', () => {
  test('exactly the cases past retention are anonymised, with their words, attachments and links; the rest and the statistics stay', async ({ h }) => {
    // Potholes are kept one year after closure; everything else the default (three years here).
    await h.sql`update request_types set retention_days = 365 where code = 'VOI-NID-POULE'`;
    const types = await h.sql<{ id: string; directorateId: string; retentionDays: number | null }[]>`select id, directorate_id, retention_days from request_types where code in ('VOI-NID-POULE', 'PRO-TAG', 'EC-ACTE-NAISSANCE') order by code`;
    const resident = (await h.newCase({ resident: { givenName: 'Marie', familyName: 'Curie', phone: '06 12 34 56 78' } })).residentId as string;
    const ages = [30, 200, 400, 800, 1000, 1200, 1500];
    const statuses = ['closed', 'rejected', 'merged', 'resolved', 'in_progress'];
    const cases: { id: string; status: string; closedDaysAgo: number; retention: number; withFile: boolean }[] = [];
    let i = 0;
    for (const t of types) {
      for (const age of ages) {
        for (const status of statuses) {
          const id = randomUUID();
          const closed = new Date(NOW.getTime() - age * DAY);
          const created = new Date(closed.getTime() - 20 * DAY);
          await h.sql`insert into cases (id, reference, tracking_code_hash, channel, request_type_id, directorate_id, resident_id, description, location, priority, status, extra, contact_point_ids, created_at, updated_at)
            values (${id}, ${`RT-${i++}`}, 'x', 'web', ${t.id}, ${t.directorateId}, ${resident}, 'J’habite au 7 impasse des Glycines, appelez-moi au 06 12 34 56 78',
              ${h.sql.json({ address: '7 impasse des Glycines', postcode: '69003', latitude: 45.75, longitude: 4.85 })}, 'normal', ${status}, ${h.sql.json({ dateSouhaitee: '2023-01-01' })}, '{}', ${created}, ${closed})`;
          await h.sql`insert into case_events (id, case_id, type, visibility, data, created_at) values
            (${randomUUID()}, ${id}, 'case_created', 'public', ${h.sql.json({ channel: 'web', requestTypeCode: 'X' })}, ${created}),
            (${randomUUID()}, ${id}, 'resident_message', 'public', ${h.sql.json({ body: 'Mon voisin M. Dupont refuse de déplacer sa benne' })}, ${created}),
            (${randomUUID()}, ${id}, 'status_changed', 'public', ${h.sql.json({ from: 'in_progress', to: status, labelFr: 'x', message: 'Réponse à Mme Curie' })}, ${closed})`;
          const withFile = i % 4 === 0;
          if (withFile) {
            const stored = await h.core.files.put(Buffer.from(`photo ${id}`));
            await h.sql`insert into attachments (id, case_id, filename, content_type, size, sha256, storage_key, uploaded_by, created_at)
              values (${randomUUID()}, ${id}, 'photo-de-ma-porte.jpg', 'image/jpeg', 10, ${stored.sha256}, ${stored.key}, 'resident', ${created})`;
          }
          cases.push({ id, status, closedDaysAgo: age, retention: t.retentionDays ?? 1095, withFile });
        }
      }
    }
    // Access log entries over four years.
    for (const age of ages) await h.sql`insert into resident_access_log (resident_id, actor, role, purpose, accessed_at) values (${resident}, 'agent-accueil', 'counter_agent', 'appel', ${new Date(NOW.getTime() - age * DAY)})`;

    const expected = cases.filter((c) => ['closed', 'rejected', 'merged'].includes(c.status) && c.closedDaysAgo > c.retention);
    const kept = cases.filter((c) => !expected.includes(c));
    expect(expected.length).toBeGreaterThan(10);
    expect(kept.length).toBeGreaterThan(10);
    const stats = async () => (await h.call('GET', '/v1/statistics/volumes?from=2021-01-01&to=2026-11-30&period=month&by=directorate,requestType', { as: 'admin' })).body.lines;
    const statsBefore = await stats();
    const eventsBefore = await h.sql<{ id: string; caseId: string; type: string; createdAt: Date; contentHash: string; data: Record<string, unknown> }[]>`select id, case_id, type, created_at, content_hash, data from case_events order by id`;
    const snapshot = async (ids: string[]) => h.sql`select id, description, location, extra, resident_id from cases where id in ${h.sql(ids)} order by id`;
    const keptBefore = await snapshot(kept.map((c) => c.id));

    // A dry run counts and changes nothing.
    const periods = { casesDays: 1095, accessLogDays: 730, identityDays: 1095, inactiveDays: 730, noticeDays: 30 };
    const dry = await runRetention({ sql: h.sql, files: h.core.files }, { now: NOW, periods, dryRun: true });
    expect(dry).toEqual({
      casesAnonymised: expected.length,
      eventsRedacted: expected.length * 3,
      attachmentsRemoved: expected.filter((c) => c.withFile).length,
      residentsUnlinked: expected.length,
      accessLogPurged: 4,
      identitiesPurged: 0,
      residentsNoticed: 0,
      noticesWithdrawn: 0,
      residentsErased: 0,
    });
    expect(await h.sql`select 1 from cases where anonymised_at is not null`).toHaveLength(0);

    const files = await h.sql<{ caseId: string; storageKey: string }[]>`select case_id, storage_key from attachments`;
    const done = await runRetention({ sql: h.sql, files: h.core.files }, { now: NOW, periods });
    expect(done).toEqual(dry);

    // Anonymised: no words, no place finer than the postcode, no link to the resident; the timeline's shape and hashes stay.
    const anonymised = await h.sql<{ id: string; description: string; location: unknown; extra: unknown; residentId: string | null }[]>`select id, description, location, extra, resident_id from cases where anonymised_at is not null order by id`;
    expect(anonymised.map((c) => c.id)).toEqual(expected.map((c) => c.id).sort());
    for (const c of anonymised) expect(c).toEqual({ id: c.id, description: '[anonymisé]', location: { postcode: '69003' }, extra: {}, residentId: null });
    const eventsAfter = await h.sql<{ id: string; caseId: string; type: string; createdAt: Date; contentHash: string; data: Record<string, unknown>; redactedAt: Date | null }[]>`select id, case_id, type, created_at, content_hash, data, redacted_at from case_events order by id`;
    const gone = new Set(expected.map((c) => c.id));
    const after = new Map(eventsAfter.map((e) => [e.id, e]));
    for (const e of eventsBefore) {
      const a = after.get(e.id)!;
      expect([a.type, a.createdAt, a.contentHash]).toEqual([e.type, e.createdAt, e.contentHash]);
      if (gone.has(e.caseId)) {
        expect(JSON.stringify(a.data)).not.toMatch(/Dupont|Curie|benne/);
        expect(a.data.redacted).toBe(true);
        if (e.type === 'status_changed') expect(a.data).toMatchObject({ from: 'in_progress', to: e.data.to });
      } else expect(a.data).toEqual(e.data);
    }
    expect(eventsAfter.filter((e) => e.type === 'case_anonymised').map((e) => e.caseId).sort()).toEqual([...gone].sort());
    // Attachments of anonymised cases are gone, bytes included; the others stay.
    for (const f of files) {
      const bytes = await h.core.files.read(f.storageKey);
      if (gone.has(f.caseId)) expect(bytes).toBeNull();
      else expect(bytes).not.toBeNull();
    }
    expect(await h.sql`select 1 from attachments where case_id in ${h.sql([...gone])}`).toHaveLength(0);
    // Everything else as it was; the statistics too.
    expect(await snapshot(kept.map((c) => c.id))).toEqual(keptBefore);
    expect(await stats()).toEqual(statsBefore);
    // The access log keeps its last two years.
    expect((await h.sql<{ accessedAt: Date }[]>`select accessed_at from resident_access_log where purpose = 'appel' order by accessed_at`).map((r) => Math.round((NOW.getTime() - r.accessedAt.getTime()) / DAY))).toEqual([400, 200, 30]);

    // Tamper evidence: nothing edited outside the one path; editing is refused, even under its flag unless it is a redaction.
    expect(await h.sql`select * from case_events_tampered`).toHaveLength(0);
    const someEvent = eventsBefore.find((e) => !gone.has(e.caseId))!;
    await expect(h.sql`update case_events set data = '{"body": "autre"}' where id = ${someEvent.id}`).rejects.toThrow(/append-only/);
    await expect(h.sql.begin((tx) => [tx`set local guichet.anonymising = 'on'`, tx`update case_events set data = '{"body": "autre"}', redacted_at = now() where id = ${someEvent.id}`])).rejects.toThrow(/append-only/);
    await expect(h.sql`delete from case_events where id = ${someEvent.id}`).rejects.toThrow(/append-only/);

    // A second run finds nothing more to do.
    expect((await runRetention({ sql: h.sql, files: h.core.files }, { now: NOW, periods })).casesAnonymised).toBe(0);
  });
});
