import type { CertifiedIdentity } from '../../src/core/identity/certified-identity.js';
import type { Resident } from '../../src/core/model.js';
import type { IdentityLinkCandidate, IdentityRecord, IdentityRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

interface IdentityRow {
  id: string;
  provider: string;
  issuer: string;
  subject: string;
  kind: 'resident' | 'agent';
  residentId: string | null;
  agentId: string | null;
  givenName: string | null;
  familyName: string | null;
  preferredUsername: string | null;
  birthDate: string | null;
  gender: 'male' | 'female' | null;
  birthplace: string | null;
  birthcountry: string | null;
  certifiedLevel: string | null;
  linkStatus: IdentityRecord['linkStatus'];
  lastSeenAt: Date;
}

const certifiedOf = (r: Pick<IdentityRow, 'givenName' | 'familyName' | 'preferredUsername' | 'birthDate' | 'gender' | 'birthplace' | 'birthcountry'>): CertifiedIdentity | null =>
  r.givenName && r.familyName && r.birthDate && r.gender && r.birthcountry
    ? {
        givenName: r.givenName,
        familyName: r.familyName,
        preferredUsername: r.preferredUsername,
        birthDate: r.birthDate,
        gender: r.gender,
        birthplace: r.birthplace,
        birthcountry: r.birthcountry,
      }
    : null;

const toIdentity = (r: IdentityRow): IdentityRecord & { lastSeenAt: Date } => ({
  id: r.id,
  provider: r.provider,
  issuer: r.issuer,
  subject: r.subject,
  kind: r.kind,
  residentId: r.residentId,
  agentId: r.agentId,
  certified: certifiedOf(r),
  certifiedLevel: r.certifiedLevel,
  linkStatus: r.linkStatus,
  lastSeenAt: r.lastSeenAt,
});

const certifiedColumns = (c: CertifiedIdentity | null) => ({
  given_name: c?.givenName ?? null,
  family_name: c?.familyName ?? null,
  preferred_username: c?.preferredUsername ?? null,
  birth_date: c?.birthDate ?? null,
  gender: c?.gender ?? null,
  birthplace: c?.birthplace ?? null,
  birthcountry: c?.birthcountry ?? null,
});

export function identityRepository(sql: Sql | TxSql): IdentityRepository {
  const s = sql as Sql;
  const candidateSelect = s`
    select lc.id, lc.identity_id, lc.resident_id, lc.reasons, lc.created_at, lc.decided_at,
      i.resident_id as identity_resident_id, i.provider, i.certified_level,
      i.given_name, i.family_name, i.preferred_username, i.birth_date, i.gender, i.birthplace, i.birthcountry
    from identity_link_candidates lc join identities i on i.id = lc.identity_id`;
  type CandidateRow = IdentityRow & { identityId: string; identityResidentId: string | null; reasons: string[]; createdAt: Date; decidedAt: Date | null };
  const toCandidate = (r: CandidateRow): IdentityLinkCandidate & { decidedAt: Date | null } => ({
    id: r.id,
    identityId: r.identityId,
    residentId: r.residentId!,
    identityResidentId: r.identityResidentId,
    certified: certifiedOf(r),
    certifiedLevel: r.certifiedLevel,
    provider: r.provider,
    reasons: r.reasons,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
  });
  return {
    async findByIssuerSubject(issuer, subject) {
      const rows = await s<IdentityRow[]>`select * from identities where issuer = ${issuer} and subject = ${subject}`;
      return rows[0] ? toIdentity(rows[0]) : null;
    },
    async insert(r, at) {
      await s`insert into identities ${s({
        id: r.id,
        provider: r.provider,
        issuer: r.issuer,
        subject: r.subject,
        kind: r.kind,
        resident_id: r.residentId,
        agent_id: r.agentId,
        ...certifiedColumns(r.certified),
        certified_level: r.certifiedLevel,
        link_status: r.linkStatus,
        first_seen_at: at,
        last_seen_at: at,
      })}`;
    },
    async refresh(id, certified, level, at) {
      if (certified) {
        await s`update identities set ${s({ ...certifiedColumns(certified), certified_level: level, last_seen_at: at })} where id = ${id}`;
      } else {
        await s`update identities set last_seen_at = ${at} where id = ${id}`;
      }
    },
    async setResident(id, residentId, status) {
      await s`update identities set resident_id = ${residentId}, link_status = ${status} where id = ${id}`;
    },
    async linkCandidates(familyNamesFolded) {
      if (familyNamesFolded.length === 0) return [];
      const rows = await s<(Omit<Resident, 'contactPoints'> & { certified: Omit<IdentityRow, 'id'>[] | null })[]>`
        select r.id, r.given_name, r.family_name, to_char(r.birth_date, 'YYYY-MM-DD') as birth_date, r.merged_into,
          r.created_at, r.updated_at,
          (select json_agg(json_build_object('givenName', i.given_name, 'familyName', i.family_name,
              'preferredUsername', i.preferred_username, 'birthDate', i.birth_date, 'gender', i.gender,
              'birthplace', i.birthplace, 'birthcountry', i.birthcountry))
             from identities i where i.resident_id = r.id and i.birth_date is not null) as certified
        from residents r
        where guichet_name_key(r.family_name) in ${s(familyNamesFolded)} and r.merged_into is null
        limit 50`;
      return rows.map(({ certified, ...r }) => ({
        resident: { ...r, contactPoints: [] },
        certified: (certified ?? []).map((c) => certifiedOf(c)).filter((c): c is CertifiedIdentity => c !== null),
      }));
    },
    async forResident(residentId) {
      const rows = await s<IdentityRow[]>`select * from identities where resident_id = ${residentId} order by first_seen_at`;
      return rows.map(toIdentity);
    },
    async addLinkCandidates(identityId, candidates, at) {
      if (candidates.length === 0) return;
      await s`insert into identity_link_candidates ${s(
        candidates.map((c) => ({ id: c.id, identity_id: identityId, resident_id: c.residentId, reasons: c.reasons, created_at: at })),
      )} on conflict do nothing`;
    },
    async listOpenLinkCandidates(limit) {
      const rows = await s<CandidateRow[]>`${candidateSelect} where lc.decided_at is null order by lc.created_at, lc.id limit ${limit}`;
      return rows.map(toCandidate);
    },
    async findLinkCandidate(id, opts) {
      const rows = opts?.forUpdate
        ? await s<CandidateRow[]>`${candidateSelect} where lc.id = ${id} for update of lc`
        : await s<CandidateRow[]>`${candidateSelect} where lc.id = ${id}`;
      return rows[0] ? toCandidate(rows[0]) : null;
    },
    async decideLinkCandidate(id, decision, by, at) {
      await s`update identity_link_candidates set decision = ${decision}, decided_by = ${by}, decided_at = ${at} where id = ${id}`;
    },
    async closeOtherLinkCandidates(identityId, keepId, by, at) {
      await s`update identity_link_candidates set decision = 'rejected', decided_by = ${by}, decided_at = ${at}
        where identity_id = ${identityId} and id <> ${keepId} and decided_at is null`;
    },
  };
}
