import { TestWorkflowEnvironment } from '@temporalio/testing';
import { inject } from 'vitest';
import { reopenMyCase } from '../../src/core/me/my-cases.js';
import { lifecycleStateQuery } from '../../workflows/signals.js';
import { caseWorkflowId } from '../../workflows/task-queue.js';
import { eventually } from '../eventually.js';
import { createHarness, describe, expect, test } from '../harness.js';
import { caseWorkflows } from '../temporal.js';
import { smtpPeer } from './smtp-peer.js';
import { timeSkippingExecutable } from '../setup/time-skipping-server.js';

/**
 * Staff are told: every alert a case workflow raises reaches the agents' inbox (GET /v1/alerts) and, where an
 * address is configured, an email at the city's relay (a real SMTP peer). Time passes on Temporal's
 * time-skipping server.
 */
describe('staff alerts reach people', () => {
  test('not accepted, at risk, breached: in the inbox of the right agents and in their mailboxes; breached cases listed', async () => {
    const peer = await smtpPeer();
    const h = await createHarness({ email: { sender: peer.sender, config: { domain: 'ville.example', defaultRequestTypeCode: 'REL-INFORMATION', autoRepliesPerSenderPerHour: 5 } } });
    const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: timeSkippingExecutable(inject('timeSkippingServer')) } });
    const wf = await caseWorkflows(h, { connection: env.nativeConnection, client: env.client });
    try {
      await h.sql`update directorates set staff_email = 'equipe-voirie@ville.example' where id = 'voirie'`;
      await h.sql`update agents set email = 'chef.voirie@ville.example' where id = 'superviseur'`;
      await h.sql`insert into directorate_supervisors (directorate_id, agent_id) values ('voirie', 'superviseur')`;
      const other = await h.newCase({ requestTypeCode: 'PRO-BAC' });
      await h.call('POST', `/v1/cases/${other.id}/escalate`, { body: {} }); // propreté: never in voirie's inbox
      const c = await h.newCase({ requestTypeCode: 'VOI-ECLAIRAGE' }); // 5 business days
      const escalated = (await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} })).body;
      await wf.relay.drainOnce();
      const handle = env.client.workflow.getHandle(caseWorkflowId(c.id));
      await handle.query(lifecycleStateQuery);
      const inbox = async (as: 'directorate_agent' | 'directorate_agent_y' | 'supervisor', query = '') =>
        (await h.call('GET', `/v1/alerts${query}`, { as })).body.items as { id: string; kind: string; reference: string; readAt: string | null; audience: string }[];

      // Nobody accepts: after 4 h the directorate's team is reminded, by inbox and by its shared mailbox.
      await env.sleep('5 hours');
      await h.notifications.dispatchOnce();
      expect((await inbox('directorate_agent')).map((a) => [a.kind, a.reference])).toEqual([['acceptance_reminder', c.reference]]);
      // Propreté's agent sees propreté's own case, never voirie's.
      expect((await inbox('directorate_agent_y')).map((a) => [a.kind, a.reference])).toEqual([['acceptance_reminder', other.reference]]);
      const reminder = peer.to('equipe-voirie@ville.example');
      expect(reminder).toHaveLength(1);
      expect(reminder[0]!.subject).toBe(`[${c.reference}] La demande ${c.reference} transmise à Direction de la Voirie et des Déplacements n’a pas encore été prise en charge.`);
      expect(reminder[0]!.text).toContain(`/agent/demandes/${c.id}`);

      // After 24 h the supervisor is alerted, by inbox and at their own address.
      await env.sleep('1 day');
      await h.notifications.dispatchOnce();
      expect((await inbox('supervisor')).map((a) => a.kind)).toEqual(['not_accepted_alert', 'acceptance_reminder']);
      expect(peer.to('chef.voirie@ville.example').map((m) => m.subject)).toEqual([`[${c.reference}] La demande ${c.reference} attend toujours une prise en charge par Direction de la Voirie et des Déplacements.`]);

      // The voirie agent sees their directorate's alerts, the supervisor's too; one read is gone from their
      // unread list and still unread for the supervisor.
      const [first] = await inbox('directorate_agent', '?unread=true');
      expect(first!.kind).toBe('not_accepted_alert');
      expect((await h.call('POST', `/v1/alerts/${first!.id}/read`, { as: 'directorate_agent' })).status).toBe(204);
      expect((await inbox('directorate_agent', '?unread=true')).map((a) => a.kind)).toEqual(['acceptance_reminder']);
      expect((await inbox('supervisor', '?unread=true')).map((a) => a.kind)).toEqual(['not_accepted_alert', 'acceptance_reminder']);
      expect((await h.call('POST', `/v1/alerts/${first!.id}/read`, { as: 'directorate_agent_y' })).status).toBe(404);

      // At 80 % of the budget the team hears the case is at risk; past the deadline the supervisor that it is breached.
      const due = new Date(escalated.dueAt).getTime();
      const now = async () => Number(await env.currentTimeMs());
      await env.sleep(Math.max(0, due - 4 * 3600_000 - (await now())));
      await eventually(() => h.call('GET', `/v1/cases/${c.id}`), (r) => r.body.deadlineState === 'at_risk');
      await h.notifications.dispatchOnce();
      expect((await inbox('directorate_agent')).map((a) => a.kind)[0]).toBe('deadline_at_risk');
      const dueFr = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(escalated.dueAt));
      expect(peer.to('equipe-voirie@ville.example').map((m) => m.subject)[1]).toBe(`[${c.reference}] La demande ${c.reference} approche de son échéance (${dueFr}).`);
      await env.sleep(Math.max(0, due - (await now())) + 60_000);
      await eventually(() => h.call('GET', `/v1/cases/${c.id}`), (r) => r.body.deadlineState === 'breached');
      await h.notifications.dispatchOnce();
      expect((await inbox('supervisor')).map((a) => a.kind)[0]).toBe('deadline_breached');
      expect(peer.to('chef.voirie@ville.example').map((m) => m.subject)).toHaveLength(2);

      // The supervisor's Monday-morning list: breached cases, and only them.
      const breached = await h.call('GET', '/v1/cases?deadlineState=breached', { as: 'supervisor' });
      expect(breached.body.items.map((x: { id: string }) => x.id)).toEqual([c.id]);

      // Each alert is on the case's timeline, for agents only.
      const types = (await h.call('GET', `/v1/cases/${c.id}/events`)).body.items.map((e: { type: string; visibility: string }) => `${e.type}:${e.visibility}`);
      expect(types.filter((t: string) => t.startsWith('staff_alert'))).toEqual([
        'staff_alert_raised:internal', 'staff_alert_sent:internal',
        'staff_alert_raised:internal', 'staff_alert_sent:internal',
        'staff_alert_raised:internal', 'staff_alert_sent:internal',
        'staff_alert_raised:internal', 'staff_alert_sent:internal',
      ]);
      // Nothing is sent twice: every alert email once.
      expect(peer.mails).toHaveLength(4);
    } finally {
      await wf.close();
      await env.teardown();
      await h.close();
      await peer.close();
    }
  });

  test('cases bouncing between directorates are listed and flagged; a resident reopening an escalated case alerts the directorate', async () => {
    const peer = await smtpPeer();
    const h = await createHarness({ email: { sender: peer.sender, config: { domain: 'ville.example', defaultRequestTypeCode: 'REL-INFORMATION', autoRepliesPerSenderPerHour: 5 } } });
    const wf = await caseWorkflows(h);
    try {
      await h.sql`update directorates set staff_email = 'equipe-voirie@ville.example' where id = 'voirie'`;
      const bouncing = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
      await h.call('POST', `/v1/cases/${bouncing.id}/escalate`, { body: {} });
      for (const to of ['proprete', 'voirie', 'proprete']) {
        expect((await h.call('POST', `/v1/cases/${bouncing.id}/transfer`, { as: 'supervisor', body: { directorateId: to, reason: 'Pas chez nous' } })).status).toBe(200);
      }
      const once = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
      await h.call('POST', `/v1/cases/${once.id}/escalate`, { body: {} });
      await h.call('POST', `/v1/cases/${once.id}/transfer`, { as: 'supervisor', body: { directorateId: 'proprete', reason: 'Pas chez nous' } });
      const listed = await h.call('GET', '/v1/cases?minTransfers=2', { as: 'supervisor' });
      expect(listed.body.items.map((x: { id: string }) => x.id)).toEqual([bouncing.id]);
      for (let i = 0; i < 5; i++) await wf.relay.drainOnce();
      const alerts = await eventually(
        async () => (await h.call('GET', '/v1/alerts', { as: 'supervisor' })).body.items as { kind: string; reference: string; directorateId: string }[],
        (items) => items.some((a) => a.kind === 'transfer_loop_alert'),
      );
      expect(alerts.filter((a) => a.kind === 'transfer_loop_alert')).toEqual([expect.objectContaining({ reference: bouncing.reference, directorateId: 'proprete' })]);

      // A resident reopens an escalated, resolved case: voirie's team hears of it, with the resident's words.
      const resident = { givenName: 'Odile', familyName: 'Marchand', phone: '06 44 55 66 77' };
      const c = await h.newCase({ requestTypeCode: 'VOI-NID-POULE', resident });
      await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
      await h.call('POST', `/v1/cases/${c.id}/status`, { as: 'directorate_agent', body: { status: 'resolved', message: 'Rebouché.' } });
      await reopenMyCase(h.core, { principalId: 'identity:test', role: 'resident', agentId: null, directorateId: null, residentId: c.residentId }, c.id, { reason: 'Le trou est revenu.' });
      await h.notifications.dispatchOnce();
      const mine = (await h.call('GET', '/v1/alerts', { as: 'directorate_agent' })).body.items as { kind: string; reference: string; message: string | null }[];
      expect(mine.find((a) => a.kind === 'reopened_by_resident')).toMatchObject({ reference: c.reference, message: 'Le trou est revenu.' });
      expect(peer.to('equipe-voirie@ville.example').map((m) => m.subject)).toContain(`[${c.reference}] L’usager a rouvert la demande ${c.reference} : la réponse ne lui convient pas.`);
    } finally {
      await wf.close();
      await h.close();
      await peer.close();
    }
  });
});
