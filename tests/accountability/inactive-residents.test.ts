import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRetention } from '../../adapters/postgres/retention.js';
import { createHarness, type Harness } from '../harness.js';
import { waitFor } from '../eventually.js';
import { smtpPeer } from '../promises/smtp-peer.js';

/**
 * Inactive residents (no open case, no activity for two years) are told by email at a real SMTP relay that their
 * record will be emptied in 30 days; those who act in between keep it; the others are emptied.
 */
let h: Harness & { close(): Promise<void> };
let mails: Awaited<ReturnType<typeof smtpPeer>>['mails'];
let relay: Awaited<ReturnType<typeof smtpPeer>>;
const DAY = 86_400_000;
const periods = { casesDays: 1095, accessLogDays: 730, identityDays: 1095, inactiveDays: 730, noticeDays: 30 };

beforeAll(async () => {
  relay = await smtpPeer();
  mails = relay.mails;
  h = await createHarness({ email: { sender: relay.sender, config: { domain: 'ville.example', defaultRequestTypeCode: 'REL-INFORMATION', autoRepliesPerSenderPerHour: 5 } } });
});
afterAll(async () => {
  await h.close();
  await relay.close();
});

async function resident(given: string, family: string, email: string, caseAgeDays: number, status: string) {
  const c = await h.newCase({ channel: 'counter', resident: { givenName: given, familyName: family, email } });
  const old = new Date(Date.now() - 3 * 365 * DAY);
  await h.sql`update residents set created_at = ${old}, updated_at = ${old} where id = ${c.residentId}`;
  await h.sql`update cases set status = ${status}, created_at = ${new Date(Date.now() - caseAgeDays * DAY)}, updated_at = ${new Date(Date.now() - caseAgeDays * DAY)} where id = ${c.id}`;
  return { residentId: c.residentId as string, caseId: c.id as string, email };
}

describe('inactive residents (storage limitation)', () => {
  it('told by their channel, emptied after the notice unless they act; the active and those with an open case untouched', async () => {
    const inactive = await resident('Inès', 'Dormante', 'ines.dormante@example.fr', 1000, 'closed');
    const busy = await resident('Bruno', 'Actif', 'bruno.actif@example.fr', 100, 'closed');
    const open = await resident('Olga', 'Attente', 'olga.attente@example.fr', 1000, 'escalated');
    const back = await resident('Denis', 'Retour', 'denis.retour@example.fr', 1000, 'closed');

    const now = new Date();
    const first = await runRetention({ sql: h.sql, files: h.core.files }, { now, periods });
    expect(first).toMatchObject({ residentsNoticed: 2, residentsErased: 0 });
    await h.notifications.dispatchOnce();
    const erasureOn = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(now.getTime() + 30 * DAY));
    for (const who of [inactive, back]) {
      const m = mails.find((x) => x.to && JSON.stringify(x.to).includes(who.email));
      expect(m?.subject, who.email).toBe('Votre dossier auprès de Mairie');
      expect(m!.text).toContain(`votre dossier sera vidé le ${erasureOn}`);
      expect(m!.text).toContain('connectez-vous à votre espace (http://localhost:8080/espace)');
    }
    expect(mails.some((x) => /bruno|olga/.test(JSON.stringify(x.to)))).toBe(false);
    // Told once, however often the run comes back.
    expect((await runRetention({ sql: h.sql, files: h.core.files }, { now: new Date(now.getTime() + DAY), periods })).residentsNoticed).toBe(0);

    // Denis comes back: a new request, within the notice.
    await h.newCase({ channel: 'phone', resident: { id: back.residentId } });
    const later = await runRetention({ sql: h.sql, files: h.core.files }, { now: new Date(now.getTime() + 31 * DAY), periods });
    expect(later).toMatchObject({ noticesWithdrawn: 1, residentsErased: 1 });
    expect(await h.sql`select given_name, family_name, erased_at is not null as erased from residents where id = ${inactive.residentId}`).toEqual([{ givenName: 'Anonyme', familyName: 'Anonyme', erased: true }]);
    expect(await h.sql`select 1 from contact_points where resident_id = ${inactive.residentId}`).toHaveLength(0);
    expect(await h.sql`select description, resident_id from cases where id = ${inactive.caseId}`).toEqual([{ description: '[anonymisé]', residentId: null }]);
    for (const kept of [back, busy, open]) {
      expect(await h.sql`select erased_at from residents where id = ${kept.residentId}`).toEqual([{ erasedAt: null }]);
      expect((await h.sql`select 1 from contact_points where resident_id = ${kept.residentId}`).length).toBeGreaterThan(0);
    }
    expect(await h.sql`select inactivity_notice_at from residents where id = ${back.residentId}`).toEqual([{ inactivityNoticeAt: null }]);
  });
});
