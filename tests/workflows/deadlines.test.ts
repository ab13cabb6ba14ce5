import { TestWorkflowEnvironment } from '@temporalio/testing';
import { temporal } from '@temporalio/proto';
import { writeFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { lifecycleStateQuery } from '../../workflows/signals.js';
import { caseWorkflowId } from '../../workflows/task-queue.js';
import { describe, expect, test } from '../harness.js';
import { caseWorkflows } from '../temporal.js';
import { timeSkippingExecutable } from '../setup/time-skipping-server.js';

/** Deadlines of days and weeks, exercised in seconds on Temporal's time-skipping test server. */
describe('escalation deadlines (time-skipping)', () => {
  test('reminder, supervisor alert, at risk at 80 %, breached at the deadline, then auto-close after resolution', async ({ h }) => {
    const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: timeSkippingExecutable(inject('timeSkippingServer')) } });
    const wf = await caseWorkflows(h, { connection: env.nativeConnection, client: env.client });
    try {
      const c = await h.newCase({ requestTypeCode: 'VOI-ECLAIRAGE' }); // 5 business days
      const escalated = (await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} })).body;
      expect(await wf.relay.drainOnce()).toBe(1);
      const handle = env.client.workflow.getHandle(caseWorkflowId(c.id));
      await handle.query(lifecycleStateQuery);

      const notifications = async () => (await h.sql<{ kind: string }[]>`select kind from notifications where case_id = ${c.id} order by created_at`).map((n) => n.kind);
      // Nobody accepts: after 4 h a reminder to the directorate, after 24 h an alert to the supervisor.
      await env.sleep('5 hours');
      expect(await notifications()).toEqual(['acceptance_reminder']);
      await env.sleep('1 day');
      expect(await notifications()).toEqual(['acceptance_reminder', 'not_accepted_alert']);

      // Run the clock to 80 % of 5 business days, then past the deadline.
      const due = new Date(escalated.dueAt).getTime();
      const now = async () => (await env.currentTimeMs()) as unknown as number;
      await env.sleep(Math.max(0, due - 10 * 3600_000 - Number(await now())));
      await env.sleep('1 hour');
      const atRisk = await h.call('GET', `/v1/cases/${c.id}`);
      expect(atRisk.body.deadlineState).toBe('at_risk');
      await env.sleep(Math.max(0, due - Number(await now())) + 60_000);
      const breached = await h.call('GET', `/v1/cases/${c.id}`);
      expect(breached.body.deadlineState).toBe('breached');
      expect(await notifications()).toContain('deadline_breached');
      const queue = await h.call('GET', '/v1/directorates/voirie/queue', { as: 'directorate_agent' });
      expect(queue.body.items.find((x: { id: string }) => x.id === c.id).deadlineState).toBe('breached');

      // Resolved late: the outcome says missed; 15 days later the case closes by itself.
      await h.call('POST', `/v1/cases/${c.id}/accept`, { as: 'directorate_agent' });
      await h.call('POST', `/v1/cases/${c.id}/status`, { as: 'directorate_agent', body: { status: 'resolved', message: 'Lampadaire réparé.' } });
      await wf.relay.drainOnce();
      await handle.query(lifecycleStateQuery);
      await env.sleep('16 days');
      await handle.result();
      if (process.env.RECORD_HISTORIES) {
        // Refreshes the history the replay test runs through the current workflow code.
        const history = await handle.fetchHistory();
        await writeFile(new URL('./histories/escalation-breached-closed.pb', import.meta.url), temporal.api.history.v1.History.encode(history).finish());
      }
      const closed = await h.call('GET', `/v1/cases/${c.id}`);
      expect(closed.body.status).toBe('closed');
      const [outcome] = await h.sql<{ met: boolean; marginMinutes: number }[]>`select met, margin_minutes from deadline_outcomes where case_id = ${c.id}`;
      expect(outcome!.met).toBe(false);
      expect(outcome!.marginMinutes).toBeLessThanOrEqual(0);
      const types = (await h.call('GET', `/v1/cases/${c.id}/events`)).body.items.map((e: { type: string }) => e.type);
      expect(types).toEqual(expect.arrayContaining(['deadline_at_risk', 'deadline_breached', 'staff_alert_raised', 'case_accepted']));
      expect(types.at(-1)).toBe('status_changed');
    } finally {
      await wf.close();
      await env.teardown();
    }
  });
});
