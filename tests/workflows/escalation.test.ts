import { Client, Connection } from '@temporalio/client';
import { lifecycleStateQuery } from '../../workflows/signals.js';
import { caseWorkflowId } from '../../workflows/task-queue.js';
import { describe, expect, test, type Harness } from '../harness.js';
import { eventually } from '../eventually.js';
import { caseWorkflows } from '../temporal.js';


async function escalated(h: Harness) {
  const c = await h.newCase({ requestTypeCode: 'VOI-NID-POULE', resident: { givenName: 'Yves', familyName: 'Morel', phone: '06 71 72 73 74' } });
  const res = await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
  expect(res.status).toBe(200);
  return res.body;
}

describe('escalation workflow on a real Temporal server', () => {
  test('escalating starts the case workflow through the outbox; pause, resume and resolve reach it', async ({ h }) => {
    const wf = await caseWorkflows(h);
    try {
      const c = await escalated(h);
      expect(c.dueAt).not.toBeNull();
      expect(c.deadlineState).toBe('on_track');
      expect(await wf.relay.drainOnce()).toBe(1);
      const handle = wf.client.workflow.getHandle(caseWorkflowId(c.id));
      const started = await eventually(() => handle.query(lifecycleStateQuery), (s) => s.dueAt !== null);
      // The workflow computes the same expected answer date as the API, from the same calendar.
      expect(started.dueAt).toBe(c.dueAt);

      await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'awaiting_resident', message: 'Quel numéro de rue ?' } });
      expect((await h.call('GET', `/v1/cases/${c.id}`)).body).toMatchObject({ dueAt: null, deadlineState: 'paused' });
      await wf.relay.drainOnce();
      await eventually(() => handle.query(lifecycleStateQuery), (s) => s.deadlineState === 'paused');

      await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'in_progress' } });
      await wf.relay.drainOnce();
      const resumed = await eventually(() => h.call('GET', `/v1/cases/${c.id}`), (r) => r.body.deadlineState === 'on_track' && r.body.dueAt !== null);
      expect(new Date(resumed.body.dueAt).getTime()).toBeGreaterThanOrEqual(new Date(c.dueAt).getTime());

      await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'resolved', message: 'Réparé.' } });
      await wf.relay.drainOnce();
      await eventually(() => handle.query(lifecycleStateQuery), (s) => s.phase === 'resolved');
      // The resident is told at the change, with the answer; the workflow adds no second message.
      const notes = await h.sql<{ kind: string; recipient: string; message: { text?: string } }[]>`select kind, recipient, message from notifications where case_id = ${c.id} and kind <> 'case_escalated' and kind <> 'awaiting_resident'`;
      expect(notes).toEqual([{ kind: 'case_resolved', recipient: 'resident', message: { text: 'Réparé.' } }]);
      const outcome = await h.sql<{ met: boolean }[]>`select met from deadline_outcomes where case_id = ${c.id}`;
      expect(outcome).toEqual([{ met: true }]);
    } finally {
      await wf.close();
    }
  });

  test('a resolved case reopened by the resident resumes its workflow and deadline', async ({ h }) => {
    const wf = await caseWorkflows(h);
    try {
      const c = await escalated(h);
      await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'resolved', message: 'Réparé.' } });
      await wf.relay.drainOnce();
      const handle = wf.client.workflow.getHandle(caseWorkflowId(c.id));
      await eventually(() => handle.query(lifecycleStateQuery), (s) => s.phase === 'resolved');
      const reopened = await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'in_progress', message: 'Le trou est revenu.' } });
      expect(reopened.status).toBe(200);
      await wf.relay.drainOnce();
      const state = await eventually(() => handle.query(lifecycleStateQuery), (s) => s.phase === 'open');
      expect(state.deadlineState).toBe('on_track');
      expect(state.dueAt).not.toBeNull();
      const events = (await h.call('GET', `/v1/cases/${c.id}/events`)).body.items.map((e: { type: string }) => e.type);
      expect(events).toContain('case_reopened');
      expect((await handle.describe()).status.name).toBe('RUNNING');
    } finally {
      await wf.close();
    }
  });

  test('a case bounced between directorates more than the allowed number of times is flagged to supervisors', async ({ h }) => {
    const wf = await caseWorkflows(h);
    try {
      const c = await escalated(h);
      for (const to of ['proprete', 'voirie', 'proprete']) {
        const res = await h.call('POST', `/v1/cases/${c.id}/transfer`, { as: 'supervisor', body: { directorateId: to, reason: 'Pas chez nous' } });
        expect(res.status).toBe(200);
      }
      await wf.relay.drainOnce();
      const handle = wf.client.workflow.getHandle(caseWorkflowId(c.id));
      await eventually(() => handle.query(lifecycleStateQuery), (s) => s.transfers === 3);
      const notes = await eventually(
        () => h.sql<{ kind: string; recipient: string }[]>`select kind, recipient from notifications where case_id = ${c.id} and recipient <> 'resident'`,
        (r) => r.length > 0,
      );
      expect(notes).toEqual([{ kind: 'transfer_loop_alert', recipient: 'supervisor' }]);
      expect((await h.call('GET', `/v1/cases/${c.id}`)).body.transferCount).toBe(3);
    } finally {
      await wf.close();
    }
  });

  test('with Temporal down, cases are still escalated; when it is back every pending escalation starts, none twice', async ({ h }) => {
    const down = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1', connectTimeout: 200 }) });
    const offline = await caseWorkflows(h, { client: down, callTimeoutMs: 500 });
    const cases = [await escalated(h), await escalated(h), await escalated(h)];
    try {
      expect(await offline.relay.drainOnce()).toBe(0);
      const pending = await h.sql<{ attempts: number; lastError: string | null }[]>`select attempts, last_error from outbox where delivered_at is null order by id`;
      expect(pending).toHaveLength(3);
      // One failure per case: the rows stay, with their attempt counted.
      expect(pending.every((p) => p.attempts === 1 && p.lastError)).toBe(true);
      for (const c of cases) expect((await h.call('GET', `/v1/cases/${c.id}`)).body.status).toBe('escalated');
    } finally {
      await offline.close().catch(() => {});
    }
    const online = await caseWorkflows(h);
    try {
      await h.sql`update outbox set available_at = now()`;
      expect(await online.relay.drainOnce()).toBe(3);
      expect(await online.relay.drainOnce()).toBe(0);
      for (const c of cases) {
        const desc = await online.client.workflow.getHandle(caseWorkflowId(c.id)).describe();
        expect(desc.status.name).toBe('RUNNING');
      }
      // Delivering the same escalation again (a relay that crashed before marking it) starts nothing new.
      await h.sql`update outbox set delivered_at = null, available_at = now()`;
      expect(await online.relay.drainOnce()).toBe(3);
      for (const c of cases) {
        const runs = online.client.workflow.list({ query: `WorkflowId = '${caseWorkflowId(c.id)}'` });
        let n = 0;
        for await (const _ of runs) n++;
        expect(n).toBe(1);
      }
    } finally {
      await online.close();
    }
  });
});

