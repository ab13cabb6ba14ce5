import PDFDocument from 'pdfkit';

/**
 * A letter as PDF (pdfkit): the acknowledgement printed at the counter or posted to a resident who wrote by
 * post. Standard fonts cover French (WinAnsi); no external font or image is needed.
 */
export function letterPdf(letter: { title: string; lines: string[]; reference: string; sender: string }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 64, right: 64 }, info: { Title: letter.title, Subject: letter.reference, Author: letter.sender } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(13).text(letter.sender);
    doc.moveDown(1.5);
    doc.font('Helvetica-Bold').fontSize(16).text(letter.title);
    doc.font('Helvetica').fontSize(10).fillColor('#555').text(`Référence ${letter.reference}`);
    doc.fillColor('#000').moveDown();
    doc.font('Helvetica').fontSize(11);
    for (const line of letter.lines) {
      if (line === '') doc.moveDown(0.6);
      else doc.text(line, { align: 'left' });
    }
    doc.end();
  });
}
