import { inflateSync } from 'node:zlib';

/**
 * The text a PDF made by pdfkit shows, line by line: its content streams inflated, the hex strings of each
 * text array (`[<…> kerning <…>] TJ`) decoded (WinAnsi) and joined. Enough to read what a resident reads on
 * a printed receipt.
 */
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
      lines.push([...t[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => Buffer.from(x[1]!, 'hex').toString('latin1')).join(''));
    }
  }
  return lines.join('\n');
}
