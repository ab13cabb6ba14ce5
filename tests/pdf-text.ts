import { inflateSync } from 'node:zlib';

/**
 * The text a PDF made by pdfkit shows, line by line: its content streams inflated, the hex strings of each
 * text array (`[<…> kerning <…>] TJ`) decoded (WinAnsi) and joined. Enough to read what a resident reads on
 * a printed receipt.
 */
/** WinAnsi is Latin-1 but for 0x80–0x9F, where it has typographic marks (the French apostrophe ’ is 0x92). */
const WIN_ANSI_EXTRAS: Record<number, string> = { 0x80: '€', 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—', 0x9c: 'œ', 0x8c: 'Œ' };
const winAnsi = (bytes: Buffer) => [...bytes].map((b) => WIN_ANSI_EXTRAS[b] ?? String.fromCharCode(b)).join('');

export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const t of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      lines.push([...t[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => winAnsi(Buffer.from(x[1]!, 'hex'))).join(''));
    }
  }
  return lines.join('\n');
}
