import { normalizePhone } from '../contact.js';

/**
 * Whether a public post exposes personal data (a phone number, an email, a street address): the city then
 * answers publicly only to invite the resident to a private channel, never repeating what was posted.
 */
export function exposesPersonalData(text: string): boolean {
  if (/[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}/i.test(text)) return true;
  for (const m of text.matchAll(/(?:\+33|0033|0)\s*[1-9](?:[\s.-]*\d{2}){4}/g)) if (normalizePhone(m[0])) return true;
  if (/\b\d{1,4}\s*(?:bis|ter)?\s*,?\s*(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours)\b/i.test(text)) return true;
  return false;
}
