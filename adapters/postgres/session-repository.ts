import type { Sql } from './client.js';

export interface LoginAttempt {
  stateHash: string;
  purpose: 'login' | 'logout';
  provider: string;
  nonce: string | null;
  codeVerifier: string | null;
  acrRequested: string | null;
  returnTo: string | null;
  browserHash: string | null;
  expiresAt: Date;
}

export interface SessionRow {
  idHash: string;
  kind: 'resident' | 'agent';
  provider: string;
  identityId: string;
  residentId: string | null;
  agentId: string | null;
  acr: string | null;
  idTokenHint: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  idleTimeoutSeconds: number;
  expiresAt: Date;
}

export interface LoadedSession extends SessionRow {
  agent: { role: string; directorateId: string | null; displayName: string; active: boolean } | null;
}

/** Login attempts and browser sessions; values arrive hashed, the cookie and state never reach the database. */
export function sessionRepository(sql: Sql) {
  return {
    async saveLoginAttempt(a: LoginAttempt): Promise<void> {
      await sql`insert into login_attempts ${sql({
        state_hash: a.stateHash,
        purpose: a.purpose,
        provider: a.provider,
        nonce: a.nonce,
        code_verifier: a.codeVerifier,
        acr_requested: a.acrRequested,
        return_to: a.returnTo,
        browser_hash: a.browserHash,
        expires_at: a.expiresAt,
      })}`;
    },
    /** Single use: the row is gone whatever happens next, so a replayed state finds nothing. */
    async takeLoginAttempt(stateHash: string, now: Date): Promise<LoginAttempt | null> {
      const rows = await sql<LoginAttempt[]>`delete from login_attempts where state_hash = ${stateHash} returning *`;
      const a = rows[0];
      return a && a.expiresAt > now ? a : null;
    },
    async createSession(s: Omit<SessionRow, 'lastSeenAt'>): Promise<void> {
      await sql`insert into sessions ${sql({
        id_hash: s.idHash,
        kind: s.kind,
        provider: s.provider,
        identity_id: s.identityId,
        resident_id: s.residentId,
        agent_id: s.agentId,
        acr: s.acr,
        id_token_hint: s.idTokenHint,
        created_at: s.createdAt,
        last_seen_at: s.createdAt,
        idle_timeout_seconds: s.idleTimeoutSeconds,
        expires_at: s.expiresAt,
      })}`;
    },
    /**
     * A live session, or null when unknown, idle too long or past its absolute end. The resident record
     * is followed through merges, and comes from the identity so an agent's confirmation applies at once.
     */
    async load(idHash: string, now: Date): Promise<LoadedSession | null> {
      // One round trip per request: the session, its agent, and the resident record followed through merges.
      const rows = await sql<(SessionRow & { aRole: string | null; aDirectorateId: string | null; aDisplayName: string | null; aActive: boolean | null; currentResidentId: string | null })[]>`
        select s.*,
          a.role as a_role, a.directorate_id as a_directorate_id, a.display_name as a_display_name, a.active as a_active,
          (with recursive chain(id, merged_into, depth) as (
             select r.id, r.merged_into, 0 from residents r where r.id = i.resident_id
             union all
             select r.id, r.merged_into, c.depth + 1 from residents r join chain c on r.id = c.merged_into where c.depth < 10)
           select id from chain where merged_into is null limit 1) as current_resident_id
        from sessions s join identities i on i.id = s.identity_id left join agents a on a.id = s.agent_id
        where s.id_hash = ${idHash}`;
      const r = rows[0];
      if (!r) return null;
      const idleUntil = r.lastSeenAt.getTime() + r.idleTimeoutSeconds * 1000;
      if (r.expiresAt <= now || idleUntil <= now.getTime()) {
        await sql`delete from sessions where id_hash = ${idHash}`;
        return null;
      }
      // Touch at most once a minute: a page with many calls costs one write.
      if (now.getTime() - r.lastSeenAt.getTime() > 60_000) {
        await sql`update sessions set last_seen_at = ${now} where id_hash = ${idHash}`;
      }
      const residentId = r.currentResidentId;
      return {
        ...r,
        residentId,
        agent: r.agentId ? { role: r.aRole!, directorateId: r.aDirectorateId, displayName: r.aDisplayName!, active: !!r.aActive } : null,
      };
    },
    async delete(idHash: string): Promise<SessionRow | null> {
      const rows = await sql<SessionRow[]>`delete from sessions where id_hash = ${idHash} returning *`;
      return rows[0] ?? null;
    },
  };
}
export type SessionRepository = ReturnType<typeof sessionRepository>;
