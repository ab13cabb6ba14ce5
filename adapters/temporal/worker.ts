import { NativeConnection, Worker } from '@temporalio/worker';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CoreDeps } from '../../src/core/ports.js';
import { createCaseActivities } from '../../workflows/activities.js';
import { temporalActivityInterceptors } from '../telemetry/tracing.js';

/**
 * The compiled build (`npm run build`) ships the workflows bundled once, beside this file's compiled copy; from
 * the sources (tsx, tests) the SDK bundles them at start.
 */
function workflowCode(): { workflowBundle: { codePath: string } } | { workflowsPath: string } {
  const bundle = fileURLToPath(new URL('../../workflows/case-lifecycle.bundle.js', import.meta.url));
  if (existsSync(bundle)) return { workflowBundle: { codePath: bundle } };
  return { workflowsPath: fileURLToPath(new URL('../../workflows/case-lifecycle.ts', import.meta.url)) };
}

/** A worker running case workflows with activities bound to the core (and through it, the database). */
export async function createCaseWorker(opts: { address: string; namespace?: string; taskQueue: string; core: CoreDeps; tracing?: boolean }) {
  const connection = await NativeConnection.connect({ address: opts.address });
  const worker = await Worker.create({
    connection,
    namespace: opts.namespace ?? 'default',
    taskQueue: opts.taskQueue,
    ...workflowCode(),
    activities: createCaseActivities({ core: opts.core }),
    // A span per activity when tracing is on (OTEL_EXPORTER_OTLP_ENDPOINT).
    ...(opts.tracing ? { interceptors: { activity: temporalActivityInterceptors() } } : {}),
  });
  return { worker, connection };
}
