import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { Logger } from '../../../src/logger.js';
import type { EmailChannel } from './email-inbound.js';

/**
 * The SMTP listener the city's mail server relays to. Each message is ingested before the 250 answer; a
 * message too large is refused at DATA (552); our own failure answers 451 so the relay retries later.
 * Malformed mail is accepted and quarantined: the listener keeps serving whatever arrives.
 */
export async function startSmtpListener(opts: { port: number; host?: string; maxBytes: number; channel: EmailChannel; logger: Logger }) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    size: opts.maxBytes,
    banner: 'Guichet',
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          const err = Object.assign(new Error(`Message exceeds ${opts.maxBytes} bytes`), { responseCode: 552 });
          return callback(err);
        }
        opts.channel.ingest(Buffer.concat(chunks)).then(
          () => callback(),
          (err: Error) => {
            opts.logger.error({ event: 'smtp_ingest_failed', err: err.message }, 'email not recorded; the sender will retry');
            callback(Object.assign(new Error('Temporary failure, try again later'), { responseCode: 451 }));
          },
        );
      });
    },
  });
  server.on('error', (err) => opts.logger.warn({ event: 'smtp_error', err: err.message }, 'SMTP connection error'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return { port, close: () => new Promise<void>((r) => server.close(() => r())) };
}
