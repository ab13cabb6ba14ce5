import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Sql } from '../postgres/client.js';
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
 * (id `case-<id>`, so a second start is harmless) or signals it. Rows of one case go in order, across
 * passes and relay processes; a failed row is retried with backoff and holds back the rows after it.
 * Temporal being down delays delivery; it loses nothing.
 */
export function outboxRelay(opts: RelayOptions) {
  const log = opts.logger.child({ component: 'outbox-relay' });

  const call = <T>(fn: () => Promise<T>) => opts.client.withDeadline(Date.now() + (opts.callTimeoutMs ?? 5000), fn);

  async function deliver(row: OutboxRow): Promise<void> {
    const workflowId = caseWorkflowId(row.caseId);
    const change = { ...row.payload, outboxId: Number(row.id) } as CaseChange;
    // An escalation starts the case's workflow; so does a resolution, for a case never escalated (its
    // reopening window and auto-close). For a running workflow, signal-with-start only signals.
    if (change.kind === 'escalation_started' || change.kind === 'resolved') {
      const input: CaseLifecycleInput =
        change.kind === 'escalation_started'
          ? { caseId: row.caseId, startedAt: change.at, deadlineDays: change.deadlineDays, calendar: change.calendar ?? opts.calendar, policy: opts.policy }
          : { caseId: row.caseId, startedAt: change.at, deadlineDays: 0, calendar: opts.calendar, policy: opts.policy, resolvedAt: change.at };
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

  const leaseSeconds = Math.max(30, Math.ceil(((opts.callTimeoutMs ?? 5000) * 8) / 1000));

  /**
   * Claims cases, not rows: the oldest undelivered change of each case (its head) when no earlier change of
   * that case is still undelivered, with every later change of the same case, under a lease. Another relay
   * (or this one after a crash) sees the case again only when the lease ends. No transaction stays open
   * while Temporal is called.
   */
  async function claim(batch: number): Promise<OutboxRow[]> {
    return opts.sql<OutboxRow[]>`
      with heads as (
        select o.id, o.case_id from outbox o
        where o.delivered_at is null and o.available_at <= now() and (o.lease_until is null or o.lease_until < now())
          and not exists (select 1 from outbox e where e.case_id = o.case_id and e.delivered_at is null and e.id < o.id)
        order by o.id limit ${batch}
        for update of o skip locked)
      update outbox o set lease_until = now() + ${leaseSeconds} * interval '1 second'
      from heads where o.case_id = heads.case_id and o.delivered_at is null and o.id >= heads.id
      returning o.id, o.kind, o.case_id, o.payload, o.attempts`;
  }

  /** Delivers what is due now; returns how many rows were delivered. */
  async function drainOnce(batch = 100): Promise<number> {
    const rows = (await claim(batch)).sort((a, b) => Number(a.id) - Number(b.id));
    // Changes of one case go in order; different cases go to Temporal concurrently.
    const byCase = new Map<string, OutboxRow[]>();
    for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), row]);
    let delivered = 0;
    const queues = [...byCase.values()];
    const settle = async (q: OutboxRow[]) => {
      const done: string[] = [];
      for (const row of q) {
        try {
          await deliver(row);
          done.push(row.id);
        } catch (e) {
          const error = e as Error;
          const backoffMs = Math.min(60_000, 500 * 2 ** Math.min(row.attempts, 7));
          // The rows after it wait for it: their lease ends now, and they are not a head until it is delivered.
          await opts.sql.begin(async (t) => {
            const tx = t as unknown as Sql;
            if (done.length > 0) await tx`update outbox set delivered_at = now(), attempts = attempts + 1, lease_until = null where id in ${tx(done)}`;
            await tx`update outbox set attempts = attempts + 1, last_error = ${error.message?.slice(0, 500) ?? 'error'}, lease_until = null,
              available_at = now() + ${backoffMs / 1000} * interval '1 second' where id = ${row.id}`;
            await tx`update outbox set lease_until = null where case_id = ${row.caseId} and delivered_at is null and id > ${row.id}`;
          });
          log.warn({ outboxId: row.id, kind: row.kind, attempts: row.attempts + 1, err: error.name }, 'outbox delivery failed; will retry');
          delivered += done.length;
          return;
        }
      }
      await opts.sql`update outbox set delivered_at = now(), attempts = attempts + 1, lease_until = null where id in ${opts.sql(done)}`;
      delivered += done.length;
    };
    const lane = async () => {
      for (let q = queues.shift(); q; q = queues.shift()) await settle(q);
    };
    await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 32, queues.length) }, lane));
    return delivered;
  }

  /** Changes waiting for delivery and the age of the oldest (for operators and the bench). */
  async function backlog(): Promise<{ pending: number; oldestSeconds: number | null }> {
    const [r] = await opts.sql<{ pending: number; oldestSeconds: number | null }[]>`
      select count(*)::int as pending, extract(epoch from now() - min(created_at))::float8 as oldest_seconds from outbox where delivered_at is null`;
    return r!;
  }

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    let full = false;
    running = drainOnce()
      .then((n) => void (full = n >= 100))
      .catch((e: unknown) => log.warn({ err: (e as Error).name }, 'outbox relay pass failed'))
      .finally(() => {
        // A full pass means more is waiting: go again at once.
        if (!stopped) timer = setTimeout(tick, full ? 0 : (opts.intervalMs ?? 200));
      });
  };
  return {
    drainOnce,
    backlog,
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
