import { describe, expect, it } from 'vitest';
import type { RequestType } from '../model.js';
import { filingCatalogue, foldForSearch } from './filing-catalogue.js';

const type = (code: string, label: string, category: string, active = true) => ({ code, label, category, active }) as RequestType;
const store = (types: RequestType[]) => ({ store: { catalogue: { listRequestTypes: async () => types } } }) as never;

describe('the catalogue a resident files from', () => {
  const types = [
    type('VOI-ECLAIRAGE', "Panne d'éclairage public", 'Voirie'),
    type('EC-NAISSANCE', "Copie d'acte de naissance", 'État civil'),
    type('VOI-NID', 'Nid-de-poule', 'Voirie'),
    type('OLD', 'Ancienne démarche', 'Voirie', false),
    type('EDU', 'Inscription scolaire', 'Éducation'),
  ];

  it('groups active types by category in French order, labels sorted within', async () => {
    const out = await filingCatalogue(store(types));
    expect(out.map((g) => g.category)).toEqual(['Éducation', 'État civil', 'Voirie']);
    expect(out[2]!.types.map((t) => t.code)).toEqual(['VOI-NID', 'VOI-ECLAIRAGE']);
  });

  it('finds types without accents or case, every word needed', async () => {
    expect((await filingCatalogue(store(types), 'ECLAIRAGE')).flatMap((g) => g.types.map((t) => t.code))).toEqual(['VOI-ECLAIRAGE']);
    expect((await filingCatalogue(store(types), 'etat civil')).flatMap((g) => g.types.map((t) => t.code))).toEqual(['EC-NAISSANCE']);
    expect(await filingCatalogue(store(types), 'voirie ancienne')).toEqual([]);
  });

  it('folds accents and punctuation', () => {
    expect(foldForSearch("  Nid-de-poule — Élagage d'arbre ")).toBe('nid de poule elagage d arbre');
  });
});
