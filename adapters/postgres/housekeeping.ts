import type { FileStorage } from '../../src/core/ports.js';
import type { Logger } from '../../src/logger.js';
import type { Sql } from './client.js';
import { runRetention, type RetentionPeriods } from './retention.js';

export interface Retention {
  /** How long a delivered outbox row is kept (for inspection after an incident). */
  outboxDays: number;
  /** How long a sent, skipped or failed notification is kept (the alert inbox shows them until then). */
  notificationDays: number;
  /** How long an Idempotency-Key is honoured: a retry after that is a new request. */
  idempotencyHours: number;
  /** How long a resident's upload may wait to be sent with a message. */
  uploadHours: number;
}

export const DEFAULT_RETENTION: Retention = { outboxDays: 7, notificationDays: 90, idempotencyHours: 24, uploadHours: 24 };

/** One housekeeping run at a time per installation, whatever the number of API processes (same database). */
const LOCK = 4242013;

/**
 * Purges what has served its purpose: expired sessions (they hold ID tokens) and login attempts, rate-limit
 * windows, idempotency keys past their window, delivered outbox rows and finished notifications past their
 * retention, uploads never sent. Runs under a transaction-scoped advisory lock and at most once per interval
 * (the last run is recorded), so several processes calling it run it once. Logs counts only.
 */
export function housekeeping(deps: { sql: Sql; files: FileStorage; logger: Logger; retention?: Partial<Retention>; everyMinutes?: number; rgpd?: Partial<RetentionPeriods> }) {
  const r = { ...DEFAULT_RETENTION, ...deps.retention };
  const everyMinutes = deps.everyMinutes ?? 60;
  const log = deps.logger.child({ component: 'housekeeping' });

  /** Runs now if no other process is running it and it has not run within the interval; the counts, or null. */
  async function runOnce(opts: { force?: boolean } = {}): Promise<Record<string, number> | null> {
    const outcome = await deps.sql.begin(async (t) => {
      const tx = t as unknown as Sql;
      const [lock] = await tx<{ got: boolean }[]>`select pg_try_advisory_xact_lock(${LOCK}) as got`;
      if (!lock?.got) return null;
      if (!opts.force) {
        const [recent] = await tx`select 1 from housekeeping_runs where started_at > now() - ${everyMinutes} * interval '1 minute' limit 1`;
        if (recent) return null;
      }
      const [run] = await tx<{ id: string }[]>`insert into housekeeping_runs (started_at) values (now()) returning id`;
      const count = async (q: PromiseLike<{ length: number }>) => (await q).length;
      const removed: Record<string, number> = {
        sessions: await count(tx`delete from sessions where expires_at < now() or last_seen_at + make_interval(secs => idle_timeout_seconds) < now() returning 1`),
        loginAttempts: await count(tx`delete from login_attempts where expires_at < now() returning 1`),
        rateLimitWindows: await count(tx`delete from rate_limits where window_start < now() - interval '1 day' returning 1`),
        idempotencyKeys: await count(tx`delete from idempotency_keys where created_at < now() - ${r.idempotencyHours} * interval '1 hour' returning 1`),
        outbox: await count(tx`delete from outbox where delivered_at < now() - ${r.outboxDays} * interval '1 day' returning 1`),
      };
      const finished = tx`select id from notifications where status in ('sent', 'skipped', 'failed') and created_at < now() - ${r.notificationDays} * interval '1 day'`;
      await tx`delete from alert_reads where notification_id in (${finished})`;
      removed.notifications = await count(tx`delete from notifications where id in (${finished}) returning 1`);
      const orphans = await tx<{ storageKey: string }[]>`
        delete from attachments where event_id is null and created_at < now() - ${r.uploadHours} * interval '1 hour' returning storage_key`;
      removed.uploads = orphans.length;
      // Content-addressed: the bytes go only when no other attachment holds the same content.
      const keys = [...new Set(orphans.map((o) => o.storageKey))];
      const still = keys.length ? new Set((await tx<{ storageKey: string }[]>`select distinct storage_key from attachments where storage_key in ${tx(keys)}`).map((x) => x.storageKey)) : new Set<string>();
      await tx`update housekeeping_runs set finished_at = now(), removed = ${tx.json(removed as never)} where id = ${run!.id}`;
      return { removed, unusedKeys: keys.filter((k) => !still.has(k)) };
    });
    if (!outcome) return null;
    for (const k of outcome.unusedKeys) await deps.files.delete(k).catch(() => {});
    // The RGPD lifecycle runs with it, once per installation (this process won the run).
    const rgpd = await runRetention({ sql: deps.sql, files: deps.files }, { now: new Date(), periods: deps.rgpd ?? {} });
    const removed = { ...outcome.removed, ...rgpd };
    log.info({ event: 'housekeeping_done', removed }, 'housekeeping run');
    return removed;
  }

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  return {
    runOnce,
    start(checkEveryMs = 5 * 60_000) {
      const tick = () => {
        running = runOnce()
          .catch((e: Error) => log.warn({ event: 'housekeeping_failed', err: e.name }, 'housekeeping run failed'))
          .finally(() => {
            if (timer) timer = setTimeout(tick, checkEveryMs);
          });
      };
      timer = setTimeout(tick, 10_000);
    },
    async stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
