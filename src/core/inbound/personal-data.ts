import { normalizePhone } from '../contact.js';

/**
 * Whether a public post exposes personal data (a phone number, an email, a street address): the city then
 * answers publicly only to invite the resident to a private channel, never repeating what was posted.
 */
const EMAIL = /[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}/gi;
const PHONE = /(?:\+33|0033|0)\s*[1-9](?:[\s.-]*\d{2}){4}/g;

export function exposesPersonalData(text: string): boolean {
  if (new RegExp(EMAIL.source, 'i').test(text)) return true;
  for (const m of text.matchAll(PHONE)) if (normalizePhone(m[0])) return true;
  if (/\b\d{1,4}\s*(?:bis|ter)?\s*,?\s*(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours)\b/i.test(text)) return true;
  return false;
}

/** A text made fit for publication: the emails and phone numbers a resident wrote in it are masked. */
export function redactContacts(text: string): string {
  return text.replace(EMAIL, '[adresse masquée]').replace(PHONE, (m) => (normalizePhone(m) ? '[numéro masqué]' : m));
}
