import type { FormValues } from './components/request-form.js';

/** A parsed form: the strings as typed (to show them again), the request as the API's schema expects it, the file. */
export interface ParsedRequestForm {
  values: FormValues;
  input: Record<string, unknown>;
  file: File | null;
  idempotencyKey: string | undefined;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
/** "48,8566" is how a French keyboard writes it. */
const coordinate = (s: string) => (s.trim() === '' ? undefined : /^-?\d+([.,]\d+)?$/.test(s.trim()) ? Number(s.trim().replace(',', '.')) : Number.NaN);

/** Turns the form's fields (named by their path in the request) into the request the API's schema checks. */
export function requestFromForm(form: Record<string, unknown>, withContact: boolean): ParsedRequestForm {
  const values: FormValues = {};
  for (const [k, v] of Object.entries(form)) if (typeof v === 'string') values[k] = v;
  const extra = Object.fromEntries(
    Object.entries(values)
      .filter(([k, v]) => k.startsWith('extra.') && v.trim() !== '')
      .map(([k, v]) => [k.slice('extra.'.length), v.trim()]),
  );
  const location = {
    address: text(form['location.address']).trim() || undefined,
    postcode: text(form['location.postcode']).trim() || undefined,
    latitude: coordinate(text(form['location.latitude'])),
    longitude: coordinate(text(form['location.longitude'])),
  };
  const hasLocation = Object.values(location).some((v) => v !== undefined);
  const contact = {
    givenName: text(form['resident.givenName']),
    familyName: text(form['resident.familyName']),
    email: text(form['resident.email']).trim() || undefined,
    phone: text(form['resident.phone']).trim() || undefined,
  };
  const hasContact = withContact && (contact.givenName.trim() || contact.familyName.trim() || contact.email || contact.phone);
  const input: Record<string, unknown> = {
    description: text(form.description),
    ...(Object.keys(extra).length ? { extra } : {}),
    ...(hasLocation ? { location: Object.fromEntries(Object.entries(location).filter(([, v]) => v !== undefined)) } : {}),
    ...(hasContact ? { resident: Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== undefined)) } : {}),
  };
  const file = form.file instanceof File && form.file.size > 0 ? form.file : null;
  const key = text(form.idempotencyKey);
  return { values, input, file, idempotencyKey: /^[\w-]{8,100}$/.test(key) ? key : undefined };
}
