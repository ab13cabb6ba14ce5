import type { MimicAccount } from '../../adapters/identity/franceconnect-mimic.js';

/**
 * Demo residents of the embedded FranceConnect-like provider (dev mode). Marie and Ahmed also have
 * cases recorded at the counter under the same certified attributes, so their first sign-in links them
 * and they see their requests at once.
 */
export const DEMO_RESIDENTS: (MimicAccount & { counterRecord?: { givenName: string; familyName: string; birthDate: string; phone: string } })[] = [
  {
    id: 'marie.dupont',
    label: 'Marie Dupont — née le 12/04/1985 à Paris',
    claims: { given_name: 'Marie Claire', family_name: 'Dupont', preferred_username: '', birthdate: '1985-04-12', gender: 'female', birthplace: '75056', birthcountry: '99100', email: 'marie.dupont@example.fr' },
    counterRecord: { givenName: 'Marie', familyName: 'Dupont', birthDate: '1985-04-12', phone: '06 12 34 56 78' },
  },
  {
    id: 'ahmed.benali',
    label: 'Ahmed Benali — né le 03/09/1972 à Lyon',
    claims: { given_name: 'Ahmed', family_name: 'Benali', preferred_username: '', birthdate: '1972-09-03', gender: 'male', birthplace: '69123', birthcountry: '99100', email: 'ahmed.benali@example.fr' },
    counterRecord: { givenName: 'Ahmed', familyName: 'Benali', birthDate: '1972-09-03', phone: '07 98 76 54 32' },
  },
  {
    id: 'kofi.mensah',
    label: 'Kofi Mensah — né à l’étranger, première connexion',
    claims: { given_name: 'Kofi', family_name: 'Mensah', preferred_username: '', birthdate: '1990-01-01', gender: 'male', birthplace: '', birthcountry: '99324', email: 'kofi.mensah@example.org' },
  },
];
