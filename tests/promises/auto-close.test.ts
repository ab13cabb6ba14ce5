import { TestWorkflowEnvironment } from '@temporalio/testing';
import { inject } from 'vitest';
import { caseWorkflowId } from '../../workflows/task-queue.js';
import { describe, expect, test } from '../harness.js';
import { caseWorkflows } from '../temporal.js';
import { timeSkippingExecutable } from '../setup/time-skipping-server.js';

/** Every resolved case closes after the configured delay unless reopened, whatever its path: one workflow keeps the time. */
describe('every resolved case closes', () => {
  test('answered at the counter, resolved without escalation, or reopened and resolved again: each closes after 15 days; a reopened one waits', async ({ h }) => {
    const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: timeSkippingExecutable(inject('timeSkippingServer')) } });
    const wf = await caseWorkflows(h, { connection: env.nativeConnection, client: env.client });
    try {
      const [article] = await h.sql<{ id: string }[]>`select id from knowledge_articles where request_type_code = 'EC-ACTE-NAISSANCE' limit 1`;
      const resident = { givenName: 'Rémi', familyName: 'Faure', postalAddress: '8 rue Basse, 69001 Lyon' };
      // First-contact resolution at the counter.
      const atCounter = await h.newCase({ requestTypeCode: 'EC-ACTE-NAISSANCE', resolution: { articleId: article!.id }, resident });
      expect(atCounter.status).toBe('resolved');
      // Worked and resolved without ever reaching a directorate.
      const plain = await h.newCase({ requestTypeCode: 'REL-INFORMATION' });
      await h.call('POST', `/v1/cases/${plain.id}/status`, { body: { status: 'in_progress' } });
      await h.call('POST', `/v1/cases/${plain.id}/status`, { body: { status: 'resolved', message: 'Voici l’information.' } });
      // Resolved, then reopened by the agent at the resident's request: it must not close while open.
      const reopened = await h.newCase({ requestTypeCode: 'REL-INFORMATION' });
      await h.call('POST', `/v1/cases/${reopened.id}/status`, { body: { status: 'resolved', message: 'Fait.' } });
      for (let i = 0; i < 3; i++) await wf.relay.drainOnce();
      await h.call('POST', `/v1/cases/${reopened.id}/status`, { body: { status: 'in_progress', message: 'Il manque une pièce.' } });
      await wf.relay.drainOnce();
      for (const c of [atCounter, plain, reopened]) await env.client.workflow.getHandle(caseWorkflowId(c.id)).describe();

      await env.sleep('10 days');
      const status = async (id: string) => (await h.call('GET', `/v1/cases/${id}`)).body.status;
      expect([await status(atCounter.id), await status(plain.id)]).toEqual(['resolved', 'resolved']);
      await env.sleep('6 days');
      await env.client.workflow.getHandle(caseWorkflowId(atCounter.id)).result();
      await env.client.workflow.getHandle(caseWorkflowId(plain.id)).result();
      expect([await status(atCounter.id), await status(plain.id), await status(reopened.id)]).toEqual(['closed', 'closed', 'in_progress']);

      // Resolved again: its own window, then closed.
      await h.call('POST', `/v1/cases/${reopened.id}/status`, { body: { status: 'resolved', message: 'Complété.' } });
      await wf.relay.drainOnce();
      await env.sleep('16 days');
      await env.client.workflow.getHandle(caseWorkflowId(reopened.id)).result();
      expect(await status(reopened.id)).toBe('closed');

      // The closing is on the timeline, and the resident with a postal address gets it as a letter to print.
      const events = (await h.call('GET', `/v1/cases/${atCounter.id}/events`)).body.items as { type: string; data: Record<string, unknown> }[];
      expect(events.at(-1)).toMatchObject({ type: 'status_changed', data: { from: 'resolved', to: 'closed', automatic: true } });
      await h.notifications.dispatchOnce();
      const letters = (await h.call('GET', '/v1/letters')).body.items as { reference: string; kind: string }[];
      expect(letters.filter((l) => l.reference === atCounter.reference).map((l) => l.kind)).toEqual(['case_closed']);
    } finally {
      await wf.close();
      await env.teardown();
    }
  });
});
