import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpListener } from '../../adapters/channels/email/smtp-listener.js';
import { createLogger } from '../../src/logger.js';
import type { EmailChannel } from '../../adapters/channels/email/email-inbound.js';

/** A raw SMTP client: what an attacker would type. */
function client(port: number) {
  const sock = net.connect(port, '127.0.0.1');
  let buf = '';
  let closed = false;
  sock.on('data', (d) => (buf += d.toString()));
  sock.on('close', () => (closed = true));
  sock.on('error', () => {});
  const waitFor = async (re: RegExp, ms = 5000) => {
    const end = Date.now() + ms;
    while (!re.test(buf)) {
      if (Date.now() > end) throw new Error(`no ${re} in: ${buf}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return buf;
  };
  return { sock, waitFor, send: (s: string) => sock.write(s), isClosed: () => closed, text: () => buf };
}

const LIMIT = 256 * 1024;
let ingested = 0;
let listener: Awaited<ReturnType<typeof startSmtpListener>>;
beforeAll(async () => {
  const channel = { ingest: async () => void ingested++ } as unknown as EmailChannel;
  listener = await startSmtpListener({ port: 0, maxBytes: LIMIT, channel, logger: createLogger('silent'), maxPerClient: 3, socketTimeoutMs: 2000 });
});
afterAll(() => listener.close());

describe('the SMTP listener under attack', () => {
  it('a sender streaming 10× the limit without the final dot gets 552 at the limit, is cut off, and memory stays flat', async () => {
    const c = client(listener.port);
    await c.waitFor(/^220 /m);
    c.send('EHLO attacker\r\nMAIL FROM:<a@evil.example>\r\nRCPT TO:<x@guichet.localhost>\r\nDATA\r\n');
    await c.waitFor(/^354 /m);
    global.gc?.();
    const before = process.memoryUsage().rss;
    const chunk = Buffer.alloc(64 * 1024, 'A');
    for (let sent = 0; sent < 10 * LIMIT && !c.isClosed(); sent += chunk.length) {
      c.sock.write(chunk);
      await new Promise((r) => setImmediate(r));
    }
    await c.waitFor(/^552 /m);
    await new Promise((r) => setTimeout(r, 200));
    expect(c.isClosed()).toBe(true);
    const grown = process.memoryUsage().rss - before;
    expect(grown).toBeLessThan(10 * LIMIT);
    expect(ingested).toBe(0);
  });

  it('one client may hold only a few connections at once; a stalled one is timed out', async () => {
    const open = [client(listener.port), client(listener.port), client(listener.port)];
    for (const c of open) await c.waitFor(/^220 /m);
    const fourth = client(listener.port);
    await fourth.waitFor(/^421 /m);
    // Nothing said for longer than the socket timeout: the listener hangs up.
    await open[0]!.waitFor(/^421 .*[Tt]imeout/m, 5000).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 2500));
    expect(open.every((c) => c.isClosed())).toBe(true);
  });
});

describe('STARTTLS', () => {
  it('is offered only when a certificate is configured, and a relay requiring it delivers over TLS', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const nodemailer = (await import('nodemailer')).default;
    const dir = mkdtempSync(join(tmpdir(), 'guichet-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    const received: Buffer[] = [];
    const channel = { ingest: async (raw: Buffer) => void received.push(raw) } as unknown as EmailChannel;
    const tls = await startSmtpListener({
      port: 0,
      maxBytes: LIMIT,
      channel,
      logger: createLogger('silent'),
      tls: { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    });
    try {
      const plain = client(listener.port);
      await plain.waitFor(/^220 /m);
      plain.send('EHLO relay\r\n');
      expect(await plain.waitFor(/^250 /m)).not.toMatch(/STARTTLS/);
      plain.sock.destroy();
      const offered = client(tls.port);
      await offered.waitFor(/^220 /m);
      offered.send('EHLO relay\r\n');
      expect(await offered.waitFor(/^250 /m)).toMatch(/^250-STARTTLS/m);
      offered.sock.destroy();
      // requireTLS: nodemailer refuses to send unless the STARTTLS upgrade succeeded.
      const relay = nodemailer.createTransport({ host: '127.0.0.1', port: tls.port, secure: false, requireTLS: true, tls: { rejectUnauthorized: false } });
      const info = await relay.sendMail({ from: 'a@example.org', to: 'b@guichet.localhost', subject: 'Par TLS', text: 'Bonjour' });
      relay.close();
      expect(info.response).toMatch(/^250/);
      expect(received).toHaveLength(1);
      expect(received[0]!.toString()).toContain('Subject: Par TLS');
    } finally {
      await tls.close();
    }
  });
});
