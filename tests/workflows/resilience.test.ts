import { createCaseActivities } from '../../workflows/activities.js';
import { lifecycleStateQuery } from '../../workflows/signals.js';
import { caseWorkflowId } from '../../workflows/task-queue.js';
import { describe, expect, test } from '../harness.js';
import { eventually } from '../eventually.js';
import { caseWorkflows } from '../temporal.js';


describe('activities are idempotent', () => {
  test('a retried activity records one notification, one event, one close', async ({ h }) => {
    const acts = createCaseActivities({ core: h.core });
    const c = await h.newCase();
    await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'resolved', message: 'ok' } });
    const before = await h.count('case_events');
    for (let i = 0; i < 3; i++) {
      await acts.notify({ caseId: c.id, kind: 'deadline_breached', dedupKey: `${c.id}:deadline_breached:0`, to: 'supervisor' });
      await acts.recordDeadline({ caseId: c.id, dueAt: '2026-12-01T16:00:00.000Z', state: 'on_track', reason: 'test' });
      await acts.closeResolvedCase({ caseId: c.id });
    }
    expect(await h.count('notifications')).toBe(1);
    expect((await h.count('case_events')) - before).toBe(3);
    expect((await h.call('GET', `/v1/cases/${c.id}`)).body.status).toBe('closed');
  });
});

describe('a worker that dies mid-escalation', () => {
  test('the next worker resumes the workflow where it was, and the resident is told once', async ({ h }) => {
    const first = await caseWorkflows(h);
    const c = await h.newCase({ requestTypeCode: 'VOI-NID-POULE', resident: { givenName: 'Lise', familyName: 'Carré', postalAddress: '3 rue Haute, Lyon' } });
    await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
    await h.sql`delete from notifications where case_id = ${c.id}`; // the escalation's own message; the resolution's is what counts here
    await first.relay.drainOnce();
    const handle = first.client.workflow.getHandle(caseWorkflowId(c.id));
    await eventually(() => handle.query(lifecycleStateQuery), (s) => s.dueAt !== null);
    // The worker goes away; a new one (as after a restart) polls the same task queue.
    await first.close();
    const restarted = await caseWorkflows(h, { taskQueue: first.taskQueue });
    try {
      await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'in_progress' } });
      await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'resolved', message: 'Réparé.' } });
      await restarted.relay.drainOnce();
      const h2 = restarted.client.workflow.getHandle(caseWorkflowId(c.id));
      await eventually(() => h2.query(lifecycleStateQuery), (s) => s.phase === 'resolved');
      const notes = await eventually(() => h.sql<{ kind: string }[]>`select kind from notifications where case_id = ${c.id}`, (r) => r.length > 0);
      expect(notes).toEqual([{ kind: 'case_resolved' }]);
      const events = await h.count('case_events');
      // Delivering the changes again (a relay that crashed before marking them) adds nothing.
      await h.sql`update outbox set delivered_at = null where case_id = ${c.id}`;
      expect(await restarted.relay.drainOnce()).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 500));
      expect(await h.count('notifications')).toBe(1);
      expect(await h.count('case_events')).toBe(events);
      expect((await h2.query(lifecycleStateQuery)).phase).toBe('resolved');
    } finally {
      await restarted.close();
    }
  });
});
