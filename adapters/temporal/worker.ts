import { NativeConnection, Worker } from '@temporalio/worker';
import { createRequire } from 'node:module';
import type { Sql } from '../postgres/client.js';
import { createCaseActivities } from '../../workflows/activities.js';

const require = createRequire(import.meta.url);

/** A worker running case workflows with activities bound to this database. */
export async function createCaseWorker(opts: { address: string; namespace?: string; taskQueue: string; sql: Sql }) {
  const connection = await NativeConnection.connect({ address: opts.address });
  const worker = await Worker.create({
    connection,
    namespace: opts.namespace ?? 'default',
    taskQueue: opts.taskQueue,
    workflowsPath: require.resolve('../../workflows/case-lifecycle.ts'),
    activities: createCaseActivities({ sql: opts.sql }),
  });
  return { worker, connection };
}
