import { NativeConnection, Worker } from '@temporalio/worker';
import { createRequire } from 'node:module';
import type { CoreDeps } from '../../src/core/ports.js';
import { createCaseActivities } from '../../workflows/activities.js';

const require = createRequire(import.meta.url);

/** A worker running case workflows with activities bound to the core (and through it, the database). */
export async function createCaseWorker(opts: { address: string; namespace?: string; taskQueue: string; core: CoreDeps }) {
  const connection = await NativeConnection.connect({ address: opts.address });
  const worker = await Worker.create({
    connection,
    namespace: opts.namespace ?? 'default',
    taskQueue: opts.taskQueue,
    workflowsPath: require.resolve('../../workflows/case-lifecycle.ts'),
    activities: createCaseActivities({ core: opts.core }),
  });
  return { worker, connection };
}
