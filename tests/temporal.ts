import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, NativeConnection, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { inject } from 'vitest';
import { outboxRelay } from '../adapters/temporal/outbox-relay.js';
import { temporalActivityInterceptors } from '../adapters/telemetry/tracing.js';
import { DEFAULT_CALENDAR } from '../src/core/deadlines/business-time.js';
import { createLogger } from '../src/logger.js';
import { createCaseActivities } from '../workflows/activities.js';
import type { CaseLifecycleInput } from '../workflows/case-lifecycle.js';
import type { Harness } from './harness.js';

const require = createRequire(import.meta.url);
let bundle: Promise<WorkflowBundleWithSourceMap> | null = null;

/** The workflow code is bundled once per test file, not once per worker. */
export function workflowBundle() {
  bundle ??= bundleWorkflowCode({ workflowsPath: require.resolve('../workflows/case-lifecycle.ts'), logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} } as never });
  return bundle;
}

export const TEST_POLICY: CaseLifecycleInput['policy'] = { acceptReminderMinutes: 240, acceptAlertMinutes: 1440, autoCloseDays: 15, maxTransfers: 2 };

/**
 * A worker and an outbox relay for one test's database, on a task queue of its own, against the
 * real Temporal server of the run (or the one given).
 */
export async function caseWorkflows(
  h: Harness,
  opts: { address?: string; connection?: NativeConnection; client?: Client; callTimeoutMs?: number; taskQueue?: string; tracing?: boolean } = {},
) {
  const address = opts.address ?? inject('temporalAddress');
  const taskQueue = opts.taskQueue ?? `test-${randomBytes(6).toString('hex')}`;
  const nativeConnection = opts.connection ?? (await NativeConnection.connect({ address }));
  const worker = await Worker.create({
    connection: nativeConnection,
    taskQueue,
    workflowBundle: await workflowBundle(),
    activities: createCaseActivities({ core: h.core }),
    ...(opts.tracing ? { interceptors: { activity: temporalActivityInterceptors() } } : {}),
  });
  const running = worker.run();
  const client = opts.client ?? new Client({ connection: await Connection.connect({ address }) });
  const relay = outboxRelay({ sql: h.sql, client, taskQueue, calendar: DEFAULT_CALENDAR, policy: TEST_POLICY, logger: createLogger('silent'), callTimeoutMs: opts.callTimeoutMs ?? 5000 });
  return {
    client,
    relay,
    taskQueue,
    async close() {
      await relay.stop();
      worker.shutdown();
      await running;
      if (!opts.connection) await nativeConnection.close();
      if (!opts.client) await client.connection.close();
    },
  };
}
