import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { httpSmsGateway } from '../../adapters/notify/sms-gateway.js';
import { createHarness } from '../harness.js';
import { TEST_KEYS } from '../setup/test-keys.js';
import { pdfText } from '../pdf-text.js';
import { smtpPeer } from './smtp-peer.js';

/** The city's own name, signature and contact (CITY_NAME, CITY_SIGNATURE, CITY_CONTACT) in every message. */
describe('the city’s own words', () => {
  it('emails are signed by the city, SMS start with its name, letters come from it', async () => {
    const peer = await smtpPeer();
    const sms: { text: string }[] = [];
    const gateway = createServer(async (req, res) => {
      let body = '';
      for await (const c of req) body += c;
      sms.push(JSON.parse(body));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sms-${sms.length}` }));
    });
    await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', () => r()));
    const h = await createHarness({
      city: { name: 'Ville de Brest', signature: 'Le guichet unique de la Ville de Brest', contact: 'Hôtel de ville, 2 rue Frézier — 02 98 00 80 80' },
      email: { sender: peer.sender, config: { domain: 'ville.example', defaultRequestTypeCode: 'REL-INFORMATION', autoRepliesPerSenderPerHour: 5 } },
      sms: { gateway: httpSmsGateway({ url: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`, token: 't', statusCallbackUrl: 'http://localhost/webhooks/sms-gateway' }), webhookSecret: 'x'.repeat(16) },
    });
    try {
      await h.newCase({ channel: 'phone', resident: { givenName: 'Yann', familyName: 'Le Goff', email: 'yann@example.fr' } });
      await h.newCase({ channel: 'phone', resident: { givenName: 'Soazig', familyName: 'Kerbrat', phone: '06 98 76 54 32' } });
      const letter = await h.newCase({ channel: 'counter', resident: { givenName: 'Erwan', familyName: 'Tanguy', postalAddress: '1 rue de Siam, Brest' } });
      await h.notifications.dispatchOnce();
      expect(peer.mails[0]!.text).toContain('Le guichet unique de la Ville de Brest\nHôtel de ville, 2 rue Frézier — 02 98 00 80 80');
      expect(peer.mails[0]!.text).not.toContain('de la ville\n');
      expect(sms[0]!.text).toMatch(/^Ville de Brest : demande /);
      const receipt = await h.app.request(`/v1/cases/${letter.id}/acknowledgement.pdf`, { headers: { authorization: `Bearer ${TEST_KEYS.counter_agent}` } });
      const text = pdfText(Buffer.from(await receipt.arrayBuffer()));
      expect(text.split('\n')[0]).toMatch(/^Ville de Brest . Guichet unique$/);
      expect(text).toContain('Ville de Brest, le ');
      expect(text).not.toContain('Mairie');
    } finally {
      await h.close();
      await peer.close();
      await new Promise<void>((r) => gateway.close(() => r()));
    }
  });
});
