import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { emailSender } from '../../adapters/notify/email-sender.js';

/** A real SMTP peer standing for the city's relay: what it accepted is what people receive. */
export async function smtpPeer(opts: { onMessage?: (m: ParsedMail) => Promise<void> | void } = {}) {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData: (stream, _s, cb) =>
      void simpleParser(stream)
        .then(async (m) => {
          await opts.onMessage?.(m);
          mails.push(m);
          cb();
        })
        .catch(cb),
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.server.address() as AddressInfo).port;
  const sender = emailSender({ smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`, from: 'Ville <guichet@ville.example>', loopId: 'guichet@ville.example' });
  return {
    port,
    mails,
    sender,
    /** Messages addressed to this recipient. */
    to: (address: string) => mails.filter((m) => JSON.stringify(m.to).includes(address)),
    async close() {
      sender.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
