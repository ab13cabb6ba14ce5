import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Sql, TxSql } from '../postgres/client.js';
import type { Logger } from '../../src/logger.js';
import type { BusinessCalendar } from '../../src/core/deadlines/business-time.js';
import { caseLifecycle, type CaseLifecycleInput } from '../../workflows/case-lifecycle.js';
import { caseChangedSignal, type CaseChange } from '../../workflows/signals.js';
import { caseWorkflowId } from '../../workflows/task-queue.js';

interface OutboxRow {
  id: string;
  kind: string;
  caseId: string;
  payload: Record<string, unknown>;
  attempts: number;
}

export interface RelayOptions {
  sql: Sql;
  client: Client;
  taskQueue: string;
  calendar: BusinessCalendar;
  policy: CaseLifecycleInput['policy'];
  logger: Logger;
  intervalMs?: number;
  /** How long one call to Temporal may take before the row is retried later (Temporal down must not stall the relay). */
  callTimeoutMs?: number;
  /** How many cases are delivered to Temporal at once. */
  concurrency?: number;
}

/**
 * Delivers the outbox to Temporal after the commits that wrote it: starts a case's workflow
 * (id `case-<id>`, so a second start is harmless) or signals it. Rows of one case go in order; a
 * failed row is retried with backoff and holds back the rows after it. Temporal being down delays
 * delivery; it loses nothing.
 */
export function outboxRelay(opts: RelayOptions) {
  const log = opts.logger.child({ component: 'outbox-relay' });

  const call = <T>(fn: () => Promise<T>) => opts.client.withDeadline(Date.now() + (opts.callTimeoutMs ?? 5000), fn);

  async function deliver(row: OutboxRow): Promise<void> {
    const workflowId = caseWorkflowId(row.caseId);
    const change = { ...row.payload, outboxId: Number(row.id) } as CaseChange;
    if (change.kind === 'escalation_started') {
      const input: CaseLifecycleInput = {
        caseId: row.caseId,
        startedAt: change.at,
        deadlineDays: change.deadlineDays,
        calendar: change.calendar ?? opts.calendar,
        policy: opts.policy,
      };
      await call(() =>
        opts.client.workflow.signalWithStart(caseLifecycle, {
          workflowId,
          taskQueue: opts.taskQueue,
          args: [input],
          signal: caseChangedSignal,
          signalArgs: [change],
        }),
      );
      return;
    }
    try {
      await call(() => opts.client.workflow.getHandle(workflowId).signal(caseChangedSignal, change));
    } catch (e) {
      // No workflow (it ended, or the case was never escalated): nothing is waiting for this change.
      if (!(e instanceof WorkflowNotFoundError)) throw e;
    }
  }

  /** Delivers what is due now; returns how many rows were delivered. */
  async function drainOnce(batch = 100): Promise<number> {
    return opts.sql.begin(async (t) => {
      const tx = t as unknown as TxSql & Sql;
      const rows = await tx<OutboxRow[]>`
        select id, kind, case_id, payload, attempts from outbox
        where delivered_at is null and available_at <= now()
        order by id for update skip locked limit ${batch}`;
      // Changes of one case go in order; different cases go to Temporal concurrently.
      const byCase = new Map<string, OutboxRow[]>();
      for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), row]);
      const delivered: string[] = [];
      const failed: { row: OutboxRow; error: Error }[] = [];
      const queues = [...byCase.values()];
      const lane = async () => {
        for (let q = queues.shift(); q; q = queues.shift()) {
          for (const row of q) {
            try {
              await deliver(row);
              delivered.push(row.id);
            } catch (e) {
              failed.push({ row, error: e as Error });
              break; // the rows after it wait for it
            }
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 32, queues.length) }, lane));
      if (delivered.length > 0) {
        await tx`update outbox set delivered_at = now(), attempts = attempts + 1 where id in ${tx(delivered)}`;
      }
      for (const { row, error } of failed) {
        const backoffMs = Math.min(60_000, 500 * 2 ** Math.min(row.attempts, 7));
        await tx`update outbox set attempts = attempts + 1, last_error = ${error.message?.slice(0, 500) ?? 'error'},
          available_at = now() + ${backoffMs / 1000} * interval '1 second' where id = ${row.id}`;
        log.warn({ outboxId: row.id, kind: row.kind, attempts: row.attempts + 1, err: error.name }, 'outbox delivery failed; will retry');
      }
      return delivered.length;
    }) as Promise<number>;
  }

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = drainOnce()
      .catch((e: unknown) => log.warn({ err: (e as Error).name }, 'outbox relay pass failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, opts.intervalMs ?? 200);
      });
  };
  return {
    drainOnce,
    start() {
      tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
