import type { Logger } from '../../src/logger.js';
import { pollingLoop } from '../polling-loop.js';
import type { Sql } from './client.js';

/** Deltas folded per round at most; a fuller round runs again at once. */
const BATCH = 50_000;

/**
 * Folds the statistics deltas the triggers append into the counts (statistics_compact(), migration 025), so reads
 * stay small; one fold at a time per installation (an advisory lock). Figures are right without it — reads add the
 * deltas — only slower as they grow.
 */
export function statisticsCompaction(deps: { sql: Sql; logger: Logger }) {
  const log = deps.logger.child({ component: 'statistics' });
  const loop = pollingLoop(
    async () => {
      const [r] = await deps.sql<{ folded: number }[]>`select statistics_compact(${BATCH}) as folded`;
      return r?.folded ?? 0;
    },
    { batch: BATCH, onError: (e) => log.warn({ event: 'statistics_compaction_failed', err: e.name }, 'statistics compaction failed') },
  );
  return {
    compactNow: async () => (await deps.sql<{ folded: number }[]>`select statistics_compact(${BATCH}) as folded`)[0]?.folded ?? 0,
    start: (intervalMs = 60_000) => loop.start(intervalMs),
    stop: () => loop.stop(),
  };
}
