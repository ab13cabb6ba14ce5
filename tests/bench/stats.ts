/** Latency percentiles in milliseconds, from samples in milliseconds. */
export function percentiles(samples: number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, p50: r(at(0.5)), p95: r(at(0.95)), p99: r(at(0.99)), max: r(s[s.length - 1] ?? NaN) };
}

/**
 * Runs `task` with `concurrency` workers for `seconds` (closed loop), or at a fixed
 * `ratePerSecond` (open loop: latency counted from the scheduled start, so queueing shows).
 */
export async function drive(
  task: (i: number) => Promise<void>,
  opts: { seconds: number; concurrency: number; ratePerSecond?: number; maxInFlight?: number; until?: () => boolean },
): Promise<{ done: number; errors: number; shed: number; firstError: string | null; seconds: number; perSecond: number; latencies: number[] }> {
  const latencies: number[] = [];
  let done = 0;
  let errors = 0;
  let firstError: string | null = null;
  // Open loop above capacity: requests that would exceed maxInFlight are not sent and counted as shed,
  // so an overloaded run ends on time and says how much it could not take.
  let shed = 0;
  let i = 0;
  const start = performance.now();
  const end = start + opts.seconds * 1000;
  const one = async (scheduled: number) => {
    const n = i++;
    try {
      await task(n);
      done++;
      latencies.push(performance.now() - scheduled);
    } catch (e) {
      errors++;
      firstError ??= e instanceof Error ? e.message : String(e);
    }
  };
  if (opts.ratePerSecond) {
    const interval = 1000 / opts.ratePerSecond;
    const inflight = new Set<Promise<void>>();
    let next = start;
    while (performance.now() < end) {
      const now = performance.now();
      while (next <= now) {
        if (inflight.size >= (opts.maxInFlight ?? 256)) shed++;
        else {
          const p = one(next).finally(() => inflight.delete(p));
          inflight.add(p);
        }
        next += interval;
      }
      await new Promise((r) => setTimeout(r, 1));
    }
    await Promise.all(inflight);
  } else {
    await Promise.all(
      Array.from({ length: opts.concurrency }, async () => {
        while (performance.now() < end && !opts.until?.()) await one(performance.now());
      }),
    );
  }
  const seconds = (performance.now() - start) / 1000;
  return { done, errors, shed, firstError, seconds, perSecond: done / seconds, latencies };
}
