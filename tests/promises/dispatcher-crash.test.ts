import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../harness.js';
import { smtpPeer } from './smtp-peer.js';

/**
 * Claims are leases: a dispatcher killed in the middle of a send leaves its row to be claimed again once the
 * lease ends, and the resident receives the message once (the Message-ID is the notification's, so a relay
 * that had taken the first attempt would see the same message).
 */
describe('no notification lost on a crash, none sent twice', () => {
  it('a dispatcher killed mid-send: another one sends it after the lease, exactly one delivery', async () => {
    let holdFirst = true;
    let firstArrived: () => void = () => {};
    const arrived = new Promise<void>((r) => (firstArrived = r));
    // The relay takes the first message's data and never answers: the sending process dies waiting.
    const peer = await smtpPeer({
      onMessage: async () => {
        if (!holdFirst) return;
        holdFirst = false;
        firstArrived();
        await new Promise(() => {});
      },
    });
    const h = await createHarness({
      email: { sender: peer.sender, config: { domain: 'ville.example', defaultRequestTypeCode: 'REL-INFORMATION', autoRepliesPerSenderPerHour: 5 } },
      dispatcher: { leaseSeconds: 2 },
    });
    try {
      const c = await h.newCase({ channel: 'phone', resident: { givenName: 'Marc', familyName: 'Henry', email: 'marc.henry@example.fr' } });
      const [n] = await h.sql<{ id: string }[]>`select id from notifications where case_id = ${c.id}`;
      const child = spawn(process.execPath, ['--import', 'tsx', 'tests/promises/dispatch-child.ts'], {
        env: { ...process.env, DATABASE_URL: h.url, SMTP_PEER_PORT: String(peer.port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      await Promise.race([arrived, new Promise((_, reject) => setTimeout(() => reject(new Error(`the child never sent: ${out}`)), 25_000))]);
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      expect(out).not.toContain('done');
      const [claimed] = await h.sql<{ status: string }[]>`select status from notifications where id = ${n!.id}`;
      expect(claimed!.status).toBe('sending');

      // Within the lease nobody takes it; once it ends, this dispatcher does.
      expect(await h.notifications.dispatchOnce()).toBe(0);
      await new Promise((r) => setTimeout(r, 2100));
      expect(await h.notifications.dispatchOnce()).toBe(1);
      expect(await h.notifications.dispatchOnce()).toBe(0);

      expect(peer.mails).toHaveLength(1);
      expect(peer.mails[0]!.messageId).toBe(`<notification-${n!.id}@ville.example>`);
      expect(peer.mails[0]!.subject).toBe(`[${c.reference}] Accusé de réception de votre demande`);
      const [row] = await h.sql<{ status: string; attempts: number }[]>`select status, attempts from notifications where id = ${n!.id}`;
      expect(row).toEqual({ status: 'sent', attempts: 2 });
      const sent = await h.sql`select 1 from case_events where case_id = ${c.id} and type = 'notification_sent'`;
      expect(sent).toHaveLength(1);
    } finally {
      await h.close();
      await peer.close();
    }
  });
});
