/**
 * Malformed and hostile mail, replayed against the SMTP listener: each must be quarantined with a reason,
 * recorded, or refused at the protocol level — never crash anything.
 */
export const MALFORMED_CORPUS: { name: string; from: string; raw: Buffer; expect: 'quarantine' | 'recorded' | 'too_large' }[] = [
  { name: 'no From header', from: 'x@example.fr', expect: 'quarantine', raw: Buffer.from('Subject: sans expediteur\r\n\r\nBonjour\r\n') },
  { name: 'garbage From', from: 'x@example.fr', expect: 'quarantine', raw: Buffer.from('From: <<<>>>\r\nSubject: x\r\n\r\nBonjour\r\n') },
  {
    name: 'unknown charset',
    from: 'charset@example.fr',
    expect: 'recorded',
    raw: Buffer.from('From: charset@example.fr\r\nSubject: =?x-unknown-42?Q?caf=E9?=\r\nContent-Type: text/plain; charset=x-unknown-42\r\n\r\nCaf\xe9 au lait\r\n', 'latin1'),
  },
  {
    name: 'broken multipart (no closing boundary)',
    from: 'multi@example.fr',
    expect: 'recorded',
    raw: Buffer.from('From: multi@example.fr\r\nSubject: multipart\r\nContent-Type: multipart/mixed; boundary="XYZ"\r\n\r\n--XYZ\r\nContent-Type: text/plain\r\n\r\nPartie 1\r\n--XYZ\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%not base64%%%\r\n'),
  },
  {
    name: 'huge header',
    from: 'big@example.fr',
    expect: 'quarantine',
    raw: Buffer.from(`From: big@example.fr\r\nSubject: gros en-tete\r\nX-Junk: ${'A'.repeat(300 * 1024)}\r\n\r\nBonjour\r\n`),
  },
  {
    name: 'too many attachments (an archive of archives)',
    from: 'zip@example.fr',
    expect: 'quarantine',
    raw: Buffer.from(
      'From: zip@example.fr\r\nSubject: archives\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n' +
        Array.from({ length: 25 }, (_, i) => `--B\r\nContent-Type: application/zip\r\nContent-Disposition: attachment; filename="a${i}.zip"\r\nContent-Transfer-Encoding: base64\r\n\r\nUEsDBBQAAAAIAA==\r\n`).join('') +
        '--B--\r\n',
    ),
  },
  { name: 'bigger than the SMTP size limit', from: 'huge@example.fr', expect: 'too_large', raw: Buffer.from(`From: huge@example.fr\r\nSubject: x\r\n\r\n${'B'.repeat(3 * 1024 * 1024)}\r\n`) },
  {
    name: 'a bounce about our own mail',
    from: 'mailer-daemon@example.fr',
    expect: 'recorded',
    raw: Buffer.from('From: Mail Delivery System <mailer-daemon@example.fr>\r\nSubject: Undelivered Mail Returned to Sender\r\nAuto-Submitted: auto-replied\r\n\r\nThe mail could not be delivered.\r\n'),
  },
  { name: 'NUL bytes and control characters', from: 'nul@example.fr', expect: 'recorded', raw: Buffer.from('From: nul@example.fr\r\nSubject: nul\x00byte\r\n\r\nBon\x00jour\x07\r\n', 'latin1') },
];
