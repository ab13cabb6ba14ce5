import type { Sql } from './client.js';

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the current window ends. */
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters in PostgreSQL, so every API process counts together. One statement per hit;
 * old windows are swept now and then.
 */
export function rateLimiter(sql: Sql) {
  const windowOf = (now: Date, seconds: number) => new Date(Math.floor(now.getTime() / (seconds * 1000)) * seconds * 1000);
  const retryAfter = (now: Date, start: Date, seconds: number) => Math.max(1, Math.ceil((start.getTime() + seconds * 1000 - now.getTime()) / 1000));
  let sweeps = 0;
  return {
    /** Counts one hit and says whether it was within the limit. */
    async hit(bucket: string, limit: number, windowSeconds: number, now = new Date()): Promise<RateLimitResult> {
      const start = windowOf(now, windowSeconds);
      const rows = await sql<{ hits: number }[]>`
        insert into rate_limits (bucket, window_start, hits) values (${bucket}, ${start}, 1)
        on conflict (bucket, window_start) do update set hits = rate_limits.hits + 1
        returning hits`;
      if (++sweeps % 500 === 0) await sql`delete from rate_limits where window_start < ${new Date(now.getTime() - 86_400_000)}`;
      return { allowed: rows[0]!.hits <= limit, retryAfterSeconds: retryAfter(now, start, windowSeconds) };
    },
    /** Takes back one hit of the current window (an attempt counted before it turned out legitimate). */
    async undo(bucket: string, windowSeconds: number, now = new Date()): Promise<void> {
      await sql`update rate_limits set hits = greatest(hits - 1, 0) where bucket = ${bucket} and window_start = ${windowOf(now, windowSeconds)}`;
    },
    /** Whether a bucket is already over its limit, without counting a hit (used before counting failures). */
    async exceeded(bucket: string, limit: number, windowSeconds: number, now = new Date()): Promise<RateLimitResult> {
      const start = windowOf(now, windowSeconds);
      const rows = await sql<{ hits: number }[]>`select hits from rate_limits where bucket = ${bucket} and window_start = ${start}`;
      return { allowed: (rows[0]?.hits ?? 0) < limit, retryAfterSeconds: retryAfter(now, start, windowSeconds) };
    },
  };
}
export type RateLimiter = ReturnType<typeof rateLimiter>;
