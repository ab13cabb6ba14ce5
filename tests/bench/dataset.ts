import { fakerFR as faker } from '@faker-js/faker';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Sql } from '../../adapters/postgres/client.js';
import { normalizePhone } from '../../src/core/contact.js';
import { generateReference, generateTrackingCode } from '../../src/core/reference.js';
import { hashTrackingCode } from '../../src/core/cases/create-case.js';
import { uuidv7 } from '../../src/ids.js';

const CHANNELS = ['postal', 'phone', 'email', 'counter', 'web', 'social'];
const STATUSES = ['received', 'in_progress', 'escalated', 'awaiting_resident', 'resolved', 'closed', 'closed', 'closed', 'rejected'];
const DESCRIPTIONS = [
  'Nid-de-poule dangereux devant le numéro',
  'Dépôt sauvage de déchets au coin de la rue',
  "Demande de copie d'acte de naissance pour mon fils",
  'Lampadaire éteint depuis une semaine',
  'Bruit tous les soirs après 22h',
  'Inscription de ma fille en maternelle',
  'Branche cassée au-dessus du trottoir',
  'Tag sur la façade de l’immeuble',
  'Question sur les horaires de collecte',
  'Réservation de la salle des fêtes',
];

const POSTCODES = ['69001', '69002', '69003', '69004', '69005', '69006', '69007', '69008', '69009'];

const esc = (v: string | null) => (v === null ? '\\N' : v.replace(/\\/g, '\\\\').replace(/\t/g, ' ').replace(/\n/g, ' '));

async function copy(sql: Sql, table: string, columns: string[], rows: Iterable<(string | null)[]>) {
  const stream = (await sql.unsafe(`copy ${table} (${columns.join(', ')}) from stdin`).writable()) as Writable;
  let buf = '';
  for (const row of rows) {
    buf += row.map(esc).join('\t') + '\n';
    if (buf.length > 1 << 20) {
      if (!stream.write(buf)) await once(stream, 'drain');
      buf = '';
    }
  }
  stream.end(buf);
  await once(stream, 'finish');
}

export interface Sample {
  residentIds: string[];
  phones: string[];
  emails: string[];
  names: string[];
  references: string[];
}

/** Generates French residents with contact points, and cases with one event each, through COPY. */
export async function generate(sql: Sql, residents: number, cases: number, log: (s: string) => void): Promise<Sample> {
  faker.seed(20261122);
  const types = await sql<{ id: string; directorateId: string }[]>`select id, directorate_id from request_types`;
  const sample: Sample = { residentIds: [], phones: [], emails: [], names: [], references: [] };
  const ids: string[] = new Array(residents);
  const batch = 100_000;
  const t0 = Date.now();
  for (let off = 0; off < residents; off += batch) {
    const people: (string | null)[][] = [];
    const contacts: (string | null)[][] = [];
    const created = new Date(Date.now() - 3 * 365 * 86400_000).toISOString();
    for (let i = off; i < Math.min(residents, off + batch); i++) {
      const id = uuidv7();
      ids[i] = id;
      const given = faker.person.firstName();
      const family = faker.person.lastName();
      const birth = faker.date.birthdate({ min: 18, max: 95, mode: 'age' }).toISOString().slice(0, 10);
      people.push([id, given, family, birth, created, created]);
      const phone = `0${faker.helpers.arrayElement(['6', '7', '1', '4'])} ${faker.string.numeric(2)} ${faker.string.numeric(2)} ${faker.string.numeric(2)} ${faker.string.numeric(2)}`;
      const email = `${faker.internet.username({ firstName: given, lastName: family })}${i}@${faker.internet.domainName()}`.toLowerCase();
      contacts.push([uuidv7(), id, 'phone', phone, normalizePhone(phone)!, 'f']);
      contacts.push([uuidv7(), id, 'email', email, email, 'f']);
      if (i % 3 === 0) {
        const address = `${faker.location.streetAddress()}, ${faker.location.zipCode()} ${faker.location.city()}`;
        contacts.push([uuidv7(), id, 'postal_address', address, address.toLowerCase(), 'f']);
      }
      if (i % 997 === 0) {
        sample.residentIds.push(id);
        sample.phones.push(phone);
        sample.emails.push(email);
        sample.names.push(`${given} ${family}`);
      }
    }
    await copy(sql, 'residents', ['id', 'given_name', 'family_name', 'birth_date', 'created_at', 'updated_at'], people);
    await copy(sql, 'contact_points', ['id', 'resident_id', 'kind', 'value', 'normalized', 'verified'], contacts);
    log(`  residents ${Math.min(residents, off + batch)}/${residents} (${Math.round((Date.now() - t0) / 1000)} s)`);
  }
  const refs = new Set<string>();
  const t1 = Date.now();
  const span = 2 * 365 * 86400_000;
  const startAt = Date.now() - span;
  for (let off = 0; off < cases; off += batch) {
    const rows: (string | null)[][] = [];
    const events: (string | null)[][] = [];
    const outcomes: (string | null)[][] = [];
    const n = Math.min(cases, off + batch);
    for (let i = off; i < n; i++) {
      const created = new Date(startAt + Math.floor((i / cases) * span));
      let ref = generateReference(created);
      while (refs.has(ref)) ref = generateReference(created);
      refs.add(ref);
      const t = types[i % types.length]!;
      const id = uuidv7(created.getTime());
      const residentId = i % 10 === 9 ? null : ids[Math.floor(Math.random() * residents)]!;
      const ts = created.toISOString();
      const channel = CHANNELS[i % CHANNELS.length]!;
      const status = STATUSES[i % STATUSES.length]!;
      // A quarter of the cases carry a location with its postcode (open data by district).
      const location = i % 4 === 0 ? `{"address":"${i % 120} rue de la République","postcode":"${POSTCODES[i % POSTCODES.length]}"}` : null;
      rows.push([id, ref, hashTrackingCode(generateTrackingCode()), channel, t.id, t.directorateId, residentId, `${DESCRIPTIONS[i % DESCRIPTIONS.length]} ${i % 200}`, location, 'normal', status, ts, ts]);
      // Every third answered case was escalated and has its deadline outcome (1 to 15 business days, 10 allowed).
      if ((status === 'resolved' || status === 'closed') && i % 3 === 0) {
        const days = 1 + ((i * 7919) % 150) / 10;
        const answered = new Date(created.getTime() + days * 1.4 * 86400_000).toISOString();
        outcomes.push([id, t.directorateId, new Date(created.getTime() + 14 * 86400_000).toISOString(), answered, days <= 10 ? 't' : 'f', String(Math.round((10 - days) * 420)), days.toFixed(2)]);
      }
      events.push([uuidv7(created.getTime()), id, 'case_created', 'public', 'bench', `{"channel":"${channel}"}`, ts]);
      if (i % 997 === 0 && residentId) sample.references.push(ref);
    }
    await copy(sql, 'cases', ['id', 'reference', 'tracking_code_hash', 'channel', 'request_type_id', 'directorate_id', 'resident_id', 'description', 'location', 'priority', 'status', 'created_at', 'updated_at'], rows);
    await copy(sql, 'case_events', ['id', 'case_id', 'type', 'visibility', 'actor_id', 'data', 'created_at'], events);
    await copy(sql, 'deadline_outcomes', ['case_id', 'directorate_id', 'due_at', 'answered_at', 'met', 'margin_minutes', 'business_days'], outcomes);
    log(`  cases ${n}/${cases} (${Math.round((Date.now() - t1) / 1000)} s)`);
  }
  // The statistics' deltas the triggers wrote, folded once (the API's loop would, in rounds).
  const t2 = Date.now();
  await sql`select statistics_compact(1000000000)`;
  log(`  statistics folded (${Math.round((Date.now() - t2) / 1000)} s)`);
  await sql`vacuum analyze`;
  return sample;
}
