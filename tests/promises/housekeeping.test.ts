import { Writable } from 'node:stream';
import { housekeeping } from '../../adapters/postgres/housekeeping.js';
import { createLogger } from '../../src/logger.js';
import { describe, expect, test } from '../harness.js';

/** What has served its purpose is removed once per installation, however many API processes run; the log says how much. */
describe('housekeeping', () => {
  test('two processes at once: one run purges expired sessions, old keys, delivered changes, finished notifications and unsent uploads', async ({ h }) => {
    const c = await h.newCase({ resident: { givenName: 'Inès', familyName: 'Dumas', email: 'ines.dumas@example.fr' } });
    // Old and expired rows, beside fresh ones that must stay.
    const [identity] = await h.sql<{ id: string }[]>`insert into identities (id, provider, issuer, subject, kind, resident_id, link_status, first_seen_at, last_seen_at)
      values (gen_random_uuid(), 'franceconnect', 'https://fc.example', 'sub-hk', 'resident', ${c.residentId}, 'linked', now(), now()) returning id`;
    await h.sql`insert into sessions (id_hash, kind, provider, identity_id, created_at, last_seen_at, idle_timeout_seconds, expires_at)
      select 'expired-' || g, 'resident', 'franceconnect', ${identity!.id}, now() - interval '2 days', now() - interval '2 days', 1800, now() - interval '1 day' from generate_series(1, 3) g`;
    await h.sql`insert into sessions (id_hash, kind, provider, identity_id, created_at, last_seen_at, idle_timeout_seconds, expires_at)
      values ('live', 'resident', 'franceconnect', ${identity!.id}, now(), now(), 1800, now() + interval '1 hour')`;
    await h.sql`insert into idempotency_keys (principal_id, key, fingerprint, created_at) values ('p', 'old', 'f', now() - interval '2 days'), ('p', 'fresh', 'f', now())`;
    await h.sql`insert into outbox (kind, case_id, created_at, available_at, delivered_at) values
      ('resolved', ${c.id}, now() - interval '10 days', now() - interval '10 days', now() - interval '10 days'),
      ('resolved', ${c.id}, now(), now(), now()),
      ('resolved', ${c.id}, now() - interval '10 days', now() - interval '10 days', null)`;
    await h.sql`insert into notifications (id, case_id, dedup_key, kind, recipient, status, created_at) values
      (gen_random_uuid(), ${c.id}, 'old-sent', 'case_resolved', 'resident', 'sent', now() - interval '100 days'),
      (gen_random_uuid(), ${c.id}, 'old-pending', 'case_resolved', 'resident', 'retry', now() - interval '100 days')`;
    const stored = await h.core.files.put(new TextEncoder().encode('%PDF-1.4 jamais envoyé'));
    await h.sql`insert into attachments (id, case_id, filename, content_type, size, sha256, storage_key, uploaded_by, created_at)
      values (gen_random_uuid(), ${c.id}, 'oubli.pdf', 'application/pdf', 20, ${stored.sha256}, ${stored.key}, 'identity:x', now() - interval '2 days')`;

    const lines: string[] = [];
    const logger = createLogger('info', new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) }));
    const a = housekeeping({ sql: h.sql, files: h.core.files, logger });
    const b = housekeeping({ sql: h.sql, files: h.core.files, logger });
    const runs = await Promise.all([a.runOnce(), b.runOnce()]);
    // One ran, the other saw the lock (or the fresh run) and did nothing.
    expect(runs.filter((r) => r !== null)).toHaveLength(1);
    const removed = runs.find((r) => r !== null)!;
    expect(removed).toMatchObject({ sessions: 3, idempotencyKeys: 1, outbox: 1, notifications: 1, uploads: 1 });
    expect(await h.sql`select id_hash from sessions`).toEqual([{ idHash: 'live' }]);
    expect((await h.sql<{ key: string }[]>`select key from idempotency_keys`).map((k) => k.key)).toEqual(['fresh']);
    // The fresh delivered row and the undelivered one stay (beside the case's own escalation rows, if any).
    expect(await h.sql`select 1 from outbox where created_at < now() - interval '5 days'`).toHaveLength(1);
    expect((await h.sql<{ dedupKey: string }[]>`select dedup_key from notifications where dedup_key like 'old-%'`).map((n) => n.dedupKey)).toEqual(['old-pending']);
    expect(await h.core.files.read(stored.key)).toBeNull();
    // Within the interval, a second call does nothing.
    expect(await a.runOnce()).toBeNull();
    // The log says what was removed, counts only.
    const line = lines.map((l) => JSON.parse(l)).find((l) => l.event === 'housekeeping_done');
    expect(line.removed).toEqual(removed);
    expect(lines.join('')).not.toContain('ines.dumas');
  });
});
