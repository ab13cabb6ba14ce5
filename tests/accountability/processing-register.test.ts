import { describe, expect, it } from 'vitest';
import { createHarness } from '../harness.js';

/** The register entry follows the installation's configuration: change a period, the register says so. */
describe('the processing register (RGPD art. 30)', () => {
  it('states this installation’s retention periods, the types’ own, the integrators; text for the DPO; admins only', async () => {
    const h = await createHarness({ rgpd: { casesDays: 730, accessLogDays: 365, identityDays: 1095, inactiveDays: 730, noticeDays: 30 } });
    try {
      await h.sql`update request_types set retention_days = 365 where code = 'VOI-NID-POULE'`;
      const res = await h.call('GET', '/v1/admin/processing-register', { as: 'admin' });
      expect(res.status).toBe(200);
      const durations = res.body.sections.find((s: { heading: string }) => s.heading === 'Durées de conservation').lines;
      expect(durations[0]).toContain('puis 2 ans après leur clôture, avant anonymisation');
      expect(durations).toContain('  Nid-de-poule ou chaussée dégradée : 1 an après la clôture');
      expect(durations).toContain('Journal des consultations : 1 an.');
      expect(durations).toContain('Liens avec FranceConnect : 3 ans après la dernière connexion.');
      const recipients = res.body.sections.find((s: { heading: string }) => s.heading === 'Destinataires').lines;
      expect(recipients).toContain('Applications de la ville habilitées : test integrator.');
      const text = await h.call('GET', '/v1/admin/processing-register?format=text', { as: 'admin' });
      expect(text.contentType).toBe('text/plain; charset=utf-8');
      expect(text.body).toMatch(/^Registre des activités de traitement — Mairie — relation usagers \(Guichet\)\n\nResponsable du traitement\n  – Mairie\n/);
      expect((await h.call('GET', '/v1/admin/processing-register', { as: 'supervisor' })).status).toBe(403);
    } finally {
      await h.close();
    }
  });
});
