import { Client, Connection } from '@temporalio/client';
import { outboxRelay } from '../../adapters/temporal/outbox-relay.js';
import { DEFAULT_CALENDAR } from '../../src/core/deadlines/business-time.js';
import { createLogger } from '../../src/logger.js';
import { lifecycleStateQuery } from '../../workflows/signals.js';
import { caseWorkflowId } from '../../workflows/task-queue.js';
import { eventually } from '../eventually.js';
import { describe, expect, test, type Harness } from '../harness.js';
import { caseWorkflows, TEST_POLICY } from '../temporal.js';

async function escalated(h: Harness) {
  const c = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
  expect((await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} })).status).toBe(200);
  return c;
}

/**
 * A case's changes reach its workflow in the order they were committed, whatever happens to Temporal and
 * however many relays run: a later change never overtakes an earlier undelivered one.
 */
describe('per-case order across outages and relay processes', () => {
  test('Temporal down, three changes of one case among others, one delivery failing; back up, two relays: all seen, in order', async ({ h }) => {
    const wf = await caseWorkflows(h);
    // A relay whose Temporal does not answer: every call fails (fast), as during an outage.
    const downClient = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) });
    const down = outboxRelay({ sql: h.sql, client: downClient, taskQueue: wf.taskQueue, calendar: DEFAULT_CALENDAR, policy: TEST_POLICY, logger: createLogger('silent'), callTimeoutMs: 300 });
    const second = outboxRelay({ sql: h.sql, client: wf.client, taskQueue: wf.taskQueue, calendar: DEFAULT_CALENDAR, policy: TEST_POLICY, logger: createLogger('silent') });
    try {
      const a = await escalated(h);
      const b = await escalated(h);
      expect(await down.drainOnce()).toBe(0); // both escalations failed, with backoff
      // More changes while Temporal is down, interleaved between cases; they are due at once, their heads later.
      await h.call('POST', `/v1/cases/${a.id}/status`, { body: { status: 'awaiting_resident', message: 'Quelle adresse exacte ?' } });
      const c = await escalated(h);
      await h.call('POST', `/v1/cases/${b.id}/accept`, { as: 'directorate_agent' });
      await h.call('POST', `/v1/cases/${a.id}/status`, { body: { status: 'in_progress' } });
      await h.call('POST', `/v1/cases/${a.id}/status`, { body: { status: 'resolved', message: 'Rebouché.' } });
      expect(await down.drainOnce()).toBe(0);
      // Temporal is back: two relays drain together until nothing is left.
      await eventually(
        async () => {
          await Promise.all([wf.relay.drainOnce(), second.drainOnce()]);
          return (await h.sql<{ n: number }[]>`select count(*)::int as n from outbox where delivered_at is null`)[0]!.n;
        },
        (n) => n === 0,
        30_000,
      );
      const seen = async (id: string) => (await wf.client.workflow.getHandle(caseWorkflowId(id)).query(lifecycleStateQuery)).seen;
      expect(await eventually(() => seen(a.id), (s) => s?.length === 4)).toEqual(['escalation_started', 'paused', 'resumed', 'resolved']);
      expect(await eventually(() => seen(b.id), (s) => s?.length === 2)).toEqual(['escalation_started', 'accepted']);
      expect(await seen(c.id)).toEqual(['escalation_started']);
      const stateA = await wf.client.workflow.getHandle(caseWorkflowId(a.id)).query(lifecycleStateQuery);
      expect(stateA.phase).toBe('resolved');
    } finally {
      await second.stop();
      await downClient.connection.close();
      await wf.close();
    }
  });
});
