import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpSmsGateway } from '../../adapters/notify/sms-gateway.js';

/** A real HTTP server standing for the city's SMS gateway: what it accepted is what people receive. */
export async function smsPeer() {
  const sms: { to: string; text: string }[] = [];
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const c of req) body += c;
    sms.push(JSON.parse(body));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sms-${sms.length}` }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const gateway = httpSmsGateway({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, token: 't', statusCallbackUrl: 'http://localhost:8080/webhooks/sms-gateway' });
  return {
    sms,
    /** The harness option that sends SMS here. */
    option: { gateway, webhookSecret: 'sms-gateway-secret-0123456789' },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
