import { generateKeyPairSync } from 'node:crypto';
import { dkimSign } from 'mailauth';
import { describe, expect, it } from 'vitest';
import { relayVerdict, senderAuthentication } from './sender-authentication.js';

const key = generateKeyPairSync('rsa', { modulusLength: 2048 });
const zone: Record<string, string[][]> = {
  'k1._domainkey.example.org': [[`v=DKIM1; k=rsa; p=${key.publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`]],
  '_dmarc.example.org': [['v=DMARC1; p=reject']],
};
const resolver = async (name: string, rrtype: string) => {
  const r = rrtype === 'TXT' ? zone[name.toLowerCase()] : undefined;
  if (r) return r;
  throw Object.assign(new Error(`ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
};
const message = (from: string) => Buffer.from(`From: ${from}\r\nTo: guichet@ville.example\r\nSubject: [26-K7M4-Q9XC]\r\nMessage-ID: <x@example.org>\r\n\r\nBonjour\r\n`);
async function sign(raw: Buffer, domain = 'example.org'): Promise<Buffer> {
  // mailauth's own typings lag its code, which takes the signatures as `signatureData`.
  const options = { signatureData: [{ signingDomain: domain, selector: 'k1', privateKey: key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }] };
  const { signatures } = await dkimSign(raw, options as never);
  return Buffer.concat([Buffer.from(signatures), raw]);
}

describe('sender authentication (DMARC through mailauth)', () => {
  const check = senderAuthentication({ resolver });
  it('an aligned DKIM signature proves the From', async () => {
    expect(await check(await sign(message('marie@example.org')), 'marie@example.org', { clientIp: '127.0.0.1' })).toBe(true);
  });
  it('no signature, a body changed after signing, or a From another than the one parsed: not proved', async () => {
    expect(await check(message('marie@example.org'), 'marie@example.org')).toBe(false);
    const tampered = Buffer.from((await sign(message('marie@example.org'))).toString().replace('Bonjour', 'Annulez tout'));
    expect(await check(tampered, 'marie@example.org')).toBe(false);
    expect(await check(await sign(message('marie@example.org')), 'marie@autre.example')).toBe(false);
  });
  it('a DNS failure proves nothing, and does not throw', async () => {
    const broken = senderAuthentication({ resolver: async () => Promise.reject(Object.assign(new Error('SERVFAIL'), { code: 'ESERVFAIL' })) });
    expect(await broken(await sign(message('marie@example.org')), 'marie@example.org')).toBe(false);
  });
});

describe('the trusted relay’s Authentication-Results', () => {
  const ar = (line: string, from = 'marie@example.org') => Buffer.from(`${line}\r\nFrom: ${from}\r\nSubject: x\r\n\r\nBonjour\r\n`);
  it('dmarc=pass for the From’s domain, from our relay, in the topmost header: proved', () => {
    expect(relayVerdict(ar('Authentication-Results: mx.ville.fr;\r\n dkim=pass header.d=example.org;\r\n dmarc=pass (p=reject) header.from=example.org'), 'mx.ville.fr', 'marie@example.org')).toBe(true);
  });
  it('another authserv-id, a failing or missing dmarc, another domain, or a forged header below ours: not proved', () => {
    expect(relayVerdict(ar('Authentication-Results: mx.evil.example; dmarc=pass header.from=example.org'), 'mx.ville.fr', 'marie@example.org')).toBe(false);
    expect(relayVerdict(ar('Authentication-Results: mx.ville.fr; dmarc=fail header.from=example.org'), 'mx.ville.fr', 'marie@example.org')).toBe(false);
    expect(relayVerdict(ar('Authentication-Results: mx.ville.fr; dkim=pass header.d=example.org'), 'mx.ville.fr', 'marie@example.org')).toBe(false);
    expect(relayVerdict(ar('Authentication-Results: mx.ville.fr; dmarc=pass header.from=evil.example'), 'mx.ville.fr', 'marie@example.org')).toBe(false);
    const forgedBelow = 'Authentication-Results: mx.ville.fr; dmarc=none header.from=example.org\r\nAuthentication-Results: mx.ville.fr; dmarc=pass header.from=example.org';
    expect(relayVerdict(ar(forgedBelow), 'mx.ville.fr', 'marie@example.org')).toBe(false);
    expect(relayVerdict(Buffer.from('From: marie@example.org\r\n\r\nBonjour'), 'mx.ville.fr', 'marie@example.org')).toBe(false);
  });
});
