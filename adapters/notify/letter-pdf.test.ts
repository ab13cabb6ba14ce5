import { describe, expect, test } from 'vitest';
import { acknowledgementLetter, DEFAULT_CITY } from '../../src/core/notifications/templates-fr.js';
import { pdfText } from '../../tests/pdf-text.js';
import { letterPdf } from './letter-pdf.js';

/**
 * A printed line wraps where the text allows it, hyphens included: the tracking code must come out of the
 * printer whole, whatever the width of its characters and of the address before it.
 */
describe('the acknowledgement letter on paper', () => {
  test('prints the tracking code in one piece for wide and narrow codes after follow-up addresses of any length', async () => {
    for (const code of ['WWWW-MMMM-WWWW', '2222-JJJJ-7777', 'MWMW-2J2J-QQQQ']) {
      for (let pad = 0; pad < 60; pad += 3) {
        const followUrl = `https://www.ville-${'x'.repeat(pad)}.fr/suivi/26-K7M4-Q9XC`;
        const letter = acknowledgementLetter({
          city: DEFAULT_CITY, reference: '26-K7M4-Q9XC', trackingCode: code, receivedAt: new Date('2026-12-02T09:00:00Z'),
          requestTypeLabel: 'Nid-de-poule', service: { name: 'Voirie', email: null, phone: null, address: null, openingHours: null },
          expectedAnswerAt: null, followUrl, recipient: { name: 'Paul Ravel', address: '4 quai Sud, 69002 Lyon' },
        });
        const text = pdfText(await letterPdf({ ...letter, reference: '26-K7M4-Q9XC', sender: 'Ville de Lyon' }));
        expect(text.split('\n')).toContain(`avec le code de suivi ${code}`);
      }
    }
  });
});
