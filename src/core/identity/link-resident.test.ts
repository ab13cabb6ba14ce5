import { describe, expect, it } from 'vitest';
import type { Resident } from '../model.js';
import type { CertifiedIdentity } from './certified-identity.js';
import { decideResidentLink } from './link-resident.js';

const marie: CertifiedIdentity = { givenName: 'Marie Claire', familyName: 'Dupont', preferredUsername: null, birthDate: '1985-04-12', gender: 'female', birthplace: '75056', birthcountry: '99100' };
const record = (id: string, givenName: string, birthDate: string | null): Resident => ({ id, givenName, familyName: 'Dupont', birthDate, contactPoints: [], mergedInto: null, createdAt: new Date(), updatedAt: new Date() });

describe('linking a FranceConnect identity to a resident record', () => {
  it('links to the record already certified as this very person, whatever look-alike records exist', () => {
    const decision = decideResidentLink(marie, [
      { resident: record('from-a-web-form', 'Marie', null), certified: [] },
      { resident: record('signed-in-with-franceconnect', 'Marie Claire', '1985-04-12'), certified: [{ ...marie }] },
    ]);
    expect(decision).toEqual({ kind: 'link', residentId: 'signed-in-with-franceconnect' });
  });

  it('leaves look-alikes to an agent when no record carries the same certified identity', () => {
    const decision = decideResidentLink(marie, [
      { resident: record('a', 'Marie', null), certified: [] },
      { resident: record('b', 'Marie', '1985-04-12'), certified: [] },
    ]);
    expect(decision.kind).toBe('ambiguous');
  });

  it('does not link on a certified identity that differs in one pivot attribute (another birthplace)', () => {
    const decision = decideResidentLink(marie, [{ resident: record('other', 'Marie Claire', '1985-04-12'), certified: [{ ...marie, birthplace: '69123' }] }]);
    expect(decision).toEqual({ kind: 'none' });
  });
});
