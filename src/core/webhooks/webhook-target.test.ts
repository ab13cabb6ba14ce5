import { describe, expect, it } from 'vitest';
import { isPublicAddress, refusedHost } from './webhook-target.js';

describe('webhook targets', () => {
  it('accepts public addresses and names only', () => {
    for (const a of ['93.184.216.34', '2606:4700::1111']) expect(isPublicAddress(a), a).toBe(true);
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.9', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:10.0.0.1', '224.0.0.1', 'not-an-ip'])
      expect(isPublicAddress(a), a).toBe(false);
    expect(refusedHost('hooks.example.org', false)).toBeNull();
    expect(refusedHost('[2606:4700::1111]', false)).toBeNull();
    for (const h of ['localhost', '127.0.0.1', '[::1]', '169.254.169.254', 'db.internal', 'nas.local', 'intranet', 'printer.home.arpa']) expect(refusedHost(h, false), h).not.toBeNull();
    expect(refusedHost('127.0.0.1', true)).toBeNull();
  });
});
