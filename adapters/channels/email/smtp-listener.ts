import { BlockList, isIPv6, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { Logger } from '../../../src/logger.js';
import type { EmailChannel } from './email-inbound.js';

export interface SmtpListenerOptions {
  port: number;
  /** Where it listens: loopback unless the city's relay runs on another host. */
  host?: string;
  maxBytes: number;
  channel: EmailChannel;
  logger: Logger;
  /** Clients allowed besides loopback (the city's relay): addresses or CIDR blocks. */
  allowedClients?: string[];
  /** Connections at once, in all, and from one client. */
  maxClients?: number;
  maxPerClient?: number;
  /** An idle or stalled connection is closed after this long. */
  socketTimeoutMs?: number;
  /** PEM key and certificate: STARTTLS is offered (relays encrypt the hop); without them it is not. */
  tls?: { key: Buffer; cert: Buffer } | null | undefined;
}

/** `10.0.0.0/8`, `2001:db8::/32`, `192.0.2.7`: a block list of the relays allowed to hand mail over. */
function allowList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address, bits] = entry.split('/') as [string, string | undefined];
    const type = isIPv6(address) ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  list.addSubnet('127.0.0.0', 8, 'ipv4');
  list.addAddress('::1', 'ipv6');
  return list;
}

/**
 * The SMTP listener the city's mail server relays to. Only loopback and the configured relays may connect; the
 * number of connections is capped in all and per client; stalled connections time out. Each message is
 * ingested before the 250 answer; one larger than the limit is cut at the limit — 552 at once and the
 * connection closed, without keeping what was sent — and our own failure answers 451 so the relay retries
 * later. Malformed mail is accepted and quarantined: the listener keeps serving whatever arrives.
 */
export async function startSmtpListener(opts: SmtpListenerOptions) {
  const allowed = allowList(opts.allowedClients ?? []);
  const perClient = new Map<string, number>();
  const maxPerClient = opts.maxPerClient ?? 10;
  const server: SMTPServer = new SMTPServer({
    authOptional: true,
    disabledCommands: opts.tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    ...(opts.tls ? { key: opts.tls.key, cert: opts.tls.cert } : {}),
    disableReverseLookup: true,
    size: opts.maxBytes,
    banner: 'Guichet',
    logger: false,
    maxClients: opts.maxClients ?? 100,
    socketTimeout: opts.socketTimeoutMs ?? 60_000,
    closeTimeout: 5_000,
    onConnect(session, callback) {
      const address = session.remoteAddress.replace(/^::ffff:/, '');
      if (!allowed.check(address, isIPv6(address) ? 'ipv6' : 'ipv4')) {
        opts.logger.warn({ event: 'smtp_client_refused' }, 'SMTP client not in SMTP_ALLOWED_CLIENTS');
        return callback(Object.assign(new Error('Relaying through this host is not allowed'), { responseCode: 554 }));
      }
      const n = (perClient.get(address) ?? 0) + 1;
      if (n > maxPerClient) return callback(Object.assign(new Error('Too many connections from you, try again later'), { responseCode: 421 }));
      perClient.set(address, n);
      (session as { guichetCounted?: string }).guichetCounted = address;
      callback();
    },
    onClose(session) {
      const address = (session as { guichetCounted?: string }).guichetCounted;
      if (!address) return;
      const n = (perClient.get(address) ?? 1) - 1;
      if (n <= 0) perClient.delete(address);
      else perClient.set(address, n);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      let cut = false;
      stream.on('data', (c: Buffer) => {
        if (cut) return;
        size += c.length;
        if (size <= opts.maxBytes) return void chunks.push(c);
        // Past the limit: nothing more is kept, the sender hears 552 now rather than after the end it may never send.
        cut = true;
        chunks.length = 0;
        const connection = [...(server as unknown as { connections: Set<{ id: string; send(code: number, text: string): void; close(): void }> }).connections].find((x) => x.id === session.id);
        connection?.send(552, `Message exceeds ${opts.maxBytes} bytes`);
        connection?.close();
        opts.logger.warn({ event: 'smtp_message_too_large', limit: opts.maxBytes }, 'SMTP message cut at the size limit');
      });
      stream.on('end', () => {
        if (cut || (stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          return callback(Object.assign(new Error(`Message exceeds ${opts.maxBytes} bytes`), { responseCode: 552 }));
        }
        const envelope = {
          clientIp: session.remoteAddress,
          helo: session.hostNameAppearsAs,
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
        };
        opts.channel.ingest(Buffer.concat(chunks), envelope).then(
          () => callback(),
          (err: Error) => {
            opts.logger.error({ event: 'smtp_ingest_failed', err: err.name }, 'email not recorded; the sender will retry');
            callback(Object.assign(new Error('Temporary failure, try again later'), { responseCode: 451 }));
          },
        );
      });
    },
  });
  server.on('error', (err) => opts.logger.warn({ event: 'smtp_error', err: err.name }, 'SMTP connection error'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return { port, close: () => new Promise<void>((r) => server.close(() => r())) };
}
