import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { emailSender } from '../../adapters/notify/email-sender.js';
import { createHarness, describe, expect, test } from '../harness.js';

/** A relay that refuses a recipient quotes it back; what it says must not reach the logs. */
describe('errors from peers in the logs', () => {
  test('a relay rejecting the acknowledgement with the address in its answer: the log line names the error, not the address', async () => {
    const address = 'theodora.vaillancourt@exemple-prive.fr';
    const relay = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onRcptTo: (rcpt, _s, cb) => cb(Object.assign(new Error(`<${rcpt.address}>: Recipient address rejected: Théodora n'existe pas`), { responseCode: 550 })),
    });
    await new Promise<void>((r) => relay.listen(0, '127.0.0.1', () => r()));
    const sender = emailSender({ smtpUrl: `smtp://127.0.0.1:${(relay.server.address() as AddressInfo).port}?ignoreTLS=true`, from: 'Ville <guichet@ville.example>', loopId: 'guichet@ville.example' });
    const h = await createHarness({ email: { sender, config: { domain: 'ville.example', defaultRequestTypeCode: 'REL-INFORMATION', autoRepliesPerSenderPerHour: 5 } } });
    try {
      const raw = Buffer.from(`From: Theodora Vaillancourt <${address}>\r\nTo: mairie@ville.example\r\nSubject: Lampadaire\r\nMessage-ID: <m1@exemple-prive.fr>\r\n\r\nLe lampadaire est en panne.\r\n`);
      const outcome = await h.deps.email!.ingest(raw);
      expect(outcome.kind).toBe('created');
      const lines = h.logs().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
      const failure = lines.find((l) => l.event === 'acknowledgement_failed');
      expect(failure).toMatchObject({ err: 'Error', responseCode: 550 });
      for (const value of [address, 'vaillancourt', 'exemple-prive', 'Théodora']) expect(h.logs(), value).not.toContain(value);
    } finally {
      await h.close();
      sender.close();
      await new Promise<void>((r) => relay.close(() => r()));
    }
  });
});
