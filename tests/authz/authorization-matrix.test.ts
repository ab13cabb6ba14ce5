import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../adapters/identity/identity-service.js';
import { sessionRepository } from '../../adapters/postgres/session-repository.js';
import { apiKeyRepository } from '../../adapters/postgres/api-key-repository.js';
import { createHarness, type Harness } from '../harness.js';
import { TEST_KEYS } from '../setup/test-keys.js';

/**
 * The authorization matrix (authorization-matrix.json) is the contract: every route of the app × every
 * kind of caller. This test enumerates the app's routes, so a new route without a line fails here.
 */
const matrix = JSON.parse(readFileSync(new URL('./authorization-matrix.json', import.meta.url), 'utf8')) as {
  personas: Persona[];
  routes: Record<string, (number | 'ok' | 'public')[]>;
};
type Persona = 'anonymous' | 'residentA' | 'residentB' | 'counter_agent' | 'directorate_x' | 'directorate_y' | 'supervisor' | 'admin' | 'integrator';

let h: Harness & { close(): Promise<void> };
const cookies: Record<'residentA' | 'residentB', string> = { residentA: 'cookie-resident-a-0123456789abcdef', residentB: 'cookie-resident-b-0123456789abcdef' };
const residents: Record<'residentA' | 'residentB', string> = { residentA: '', residentB: '' };

/** The agents behind the personas' keys: their browser sessions reach the console's pages. */
const AGENT_OF: Partial<Record<Persona, string>> = { counter_agent: 'agent-accueil', directorate_x: 'agent-voirie', directorate_y: 'agent-proprete', supervisor: 'superviseur', admin: 'admin' };
const agentCookie = (p: Persona) => `agent-session-${p}-0123456789abcdef`;

function headersFor(p: Persona): Record<string, string> {
  if (p === 'anonymous') return {};
  if (p === 'residentA' || p === 'residentB') return { cookie: `__Host-guichet_session=${cookies[p]}` };
  const key = p === 'directorate_x' ? TEST_KEYS.directorate_agent : p === 'directorate_y' ? TEST_KEYS.directorate_agent_y : TEST_KEYS[p];
  // The API answers the bearer; the pages (which take no bearer) answer the agent's session.
  return { authorization: `Bearer ${key}`, ...(AGENT_OF[p] ? { cookie: `__Host-guichet_session=${agentCookie(p)}` } : {}) };
}

async function agentSessions(): Promise<void> {
  for (const [p, agentId] of Object.entries(AGENT_OF) as [Persona, string][]) {
    const [open] = await h.sql`select 1 from sessions where id_hash = ${hashSecret(agentCookie(p))}`;
    if (open) continue;
    const identityId = crypto.randomUUID();
    await h.sql`insert into identities (id, provider, issuer, subject, kind, agent_id, link_status, first_seen_at, last_seen_at)
      values (${identityId}, 'ville', 'https://idp.ville.example.fr', ${`sub-${p}-${identityId}`}, 'agent', ${agentId}, 'linked', now(), now())`;
    const now = new Date();
    await sessionRepository(h.sql).createSession({
      idHash: hashSecret(agentCookie(p)),
      kind: 'agent',
      provider: 'ville',
      identityId,
      residentId: null,
      agentId,
      acr: null,
      idTokenHint: null,
      createdAt: now,
      idleTimeoutSeconds: 43_200,
      expiresAt: new Date(now.getTime() + 43_200_000),
    });
  }
}

async function signedInResident(p: 'residentA' | 'residentB', givenName: string): Promise<void> {
  const c = await h.newCase({ resident: { givenName, familyName: 'Matrice', phone: p === 'residentA' ? '0611111111' : '0622222222' } });
  residents[p] = c.residentId;
  const identityId = crypto.randomUUID();
  identities[p] = identityId;
  await h.sql`insert into identities (id, provider, issuer, subject, kind, resident_id, link_status, first_seen_at, last_seen_at)
    values (${identityId}, 'franceconnect', 'https://oidc.franceconnect.gouv.fr/api/v2', ${`sub-${p}`}, 'resident', ${c.residentId}, 'linked', now(), now())`;
  await openSession(p);
}

const identities: Record<'residentA' | 'residentB', string> = { residentA: '', residentB: '' };

/** (Re)opens a resident's session: the logout route legitimately ends it. */
async function openSession(p: 'residentA' | 'residentB'): Promise<void> {
  const [open] = await h.sql`select 1 from sessions where id_hash = ${hashSecret(cookies[p])}`;
  if (open) return;
  const identityId = identities[p];
  const now = new Date();
  await sessionRepository(h.sql).createSession({
    idHash: hashSecret(cookies[p]),
    kind: 'resident',
    provider: 'franceconnect',
    identityId,
    residentId: residents[p],
    agentId: null,
    acr: 'eidas1',
    idTokenHint: null,
    createdAt: now,
    idleTimeoutSeconds: 1800,
    expiresAt: new Date(now.getTime() + 3600_000),
  });
}

/** Fresh resources for one call, so what one persona did never changes what the next one sees. */
async function targets() {
  await openSession('residentA');
  await openSession('residentB');
  await agentSessions();
  const x = await h.newCase({ resident: { id: residents.residentA }, requestTypeCode: 'VOI-NID-POULE' });
  expect((await h.call('POST', `/v1/cases/${x.id}/escalate`, { body: {} })).status).toBe(200);
  const master = await h.newCase({ requestTypeCode: 'VOI-NID-POULE' });
  const c = await h.newCase({ resident: { givenName: 'Carole', familyName: 'Cible', phone: `06${String(Math.random()).slice(2, 10)}` } });
  const d = await h.newCase({ resident: { givenName: 'Denis', familyName: 'Doublon', phone: `06${String(Math.random()).slice(2, 10)}` } });
  const e = await h.newCase({ resident: { givenName: 'Emma', familyName: 'Fusion', phone: `06${String(Math.random()).slice(2, 10)}` } });
  const merge = await h.call('POST', `/v1/residents/${c.residentId}/merge`, { as: 'admin', body: { duplicateId: e.residentId } });
  expect(merge.status).toBe(200);
  const identityId = crypto.randomUUID();
  const candidateId = crypto.randomUUID();
  await h.sql`insert into identities (id, provider, issuer, subject, kind, resident_id, link_status, first_seen_at, last_seen_at)
    values (${identityId}, 'franceconnect', 'https://oidc.franceconnect.gouv.fr/api/v2', ${`sub-${identityId}`}, 'resident', ${d.residentId}, 'pending_review', now(), now())`;
  await h.sql`insert into identity_link_candidates (id, identity_id, resident_id, reasons, created_at)
    values (${candidateId}, ${identityId}, ${c.residentId}, ${['same_family_name']}, now())`;
  const upload = new FormData();
  upload.append('file', new Blob([new Uint8Array(PNG)]), 'photo.png');
  const uploaded = await h.app.request(`/v1/me/cases/${x.id}/attachments`, { method: 'POST', headers: headersFor('residentA'), body: upload });
  expect(uploaded.status).toBe(201);
  const attachmentId = ((await uploaded.json()) as { id: string }).id;
  const letterId = crypto.randomUUID();
  await h.sql`insert into notifications (id, case_id, dedup_key, kind, recipient, channel, status, created_at)
    values (${letterId}, ${x.id}, ${`letter-${letterId}`}, 'case_resolved', 'resident', 'letter', 'to_print', now())`;
  const alertId = crypto.randomUUID();
  await h.sql`insert into notifications (id, case_id, dedup_key, kind, recipient, directorate_id, status, created_at)
    values (${alertId}, ${x.id}, ${`alert-${alertId}`}, 'deadline_breached', 'supervisor', 'voirie', 'skipped', now())`;
  const [agent] = await h.sql<{ id: string }[]>`select id from agents where directorate_id = 'voirie' and role = 'directorate_agent' limit 1`;
  const [article] = await h.sql<{ id: string }[]>`select id from knowledge_articles limit 1`;
  const [point] = await h.sql<{ id: string }[]>`select id from contact_points where resident_id = ${c.residentId} limit 1`;
  const heldEventId = crypto.randomUUID();
  await h.sql`insert into case_events (id, case_id, type, visibility, actor_id, data, created_at)
    values (${heldEventId}, ${x.id}, 'unverified_message', 'internal', 'channel:email', ${h.sql.json({ channel: 'email', from: 'inconnu@example.org', body: 'Bonjour' })}, now())`;
  const quarantineId = crypto.randomUUID();
  const stored = await h.core.files.put(new TextEncoder().encode(`Subject: sans expéditeur ${quarantineId}\r\n\r\nBonjour\r\n`));
  await h.sql`insert into inbound_quarantine (id, channel, reason, storage_key, size, received_at)
    values (${quarantineId}, 'email', 'Expéditeur absent ou invalide (en-tête From)', ${stored.key}, 60, now())`;
  const hook = await h.call('POST', '/v1/webhook-subscriptions', { as: 'integrator', body: { url: 'https://hooks.example.fr/matrice', eventTypes: ['case.created'] } });
  expect(hook.status).toBe(201);
  const webhookId = hook.body.id as string;
  const keyId = crypto.randomUUID();
  await apiKeyRepository(h.sql).create({ id: keyId, label: 'Clé de la matrice', role: 'integrator' });
  return { keyId, x, master, c, d, mergeId: merge.body.id as string, candidateId, agentId: agent!.id, articleId: article!.id, attachmentId, letterId, alertId, contactPointId: point!.id, heldEventId, quarantineId, webhookId };
}

/** The smallest PNG: a file type every upload accepts. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

function request(route: string, t: Awaited<ReturnType<typeof targets>>): { path: string; body?: unknown; form?: boolean } {
  const [, path] = route.split(' ') as [string, string];
  const fill = (p: string) =>
    p
      .replace('{provider}', 'franceconnect')
      .replace('/problems/{slug}', '/problems/validation-failed')
      .replace('/donnees-ouvertes/{file}', '/donnees-ouvertes/demandes-par-canal.csv')
      .replace('{contactPointId}', t.contactPointId)
      .replace('{eventId}', t.heldEventId)
      .replace('{token}', 'lien-inconnu-0123456789')
      .replace('{attachmentId}', t.attachmentId)
      .replace('/v1/letters/{id}', `/v1/letters/${t.letterId}`)
      .replace('/v1/admin/api-keys/{id}', `/v1/admin/api-keys/${t.keyId}`)
      .replace('/v1/admin/agents/{id}', `/v1/admin/agents/${t.agentId}`)
      .replace('/v1/admin/directorates/{id}', '/v1/admin/directorates/voirie')
      .replace('/v1/admin/request-types/{code}', '/v1/admin/request-types/VOI-NID-POULE')
      .replace('/v1/admin/knowledge-articles/{id}', `/v1/admin/knowledge-articles/${t.articleId}`)
      .replace('/v1/alerts/{id}', `/v1/alerts/${t.alertId}`)
      .replace('/agent/alertes/{id}', `/agent/alertes/${t.alertId}`)
      .replace('/agent/courriers/{id}', `/agent/courriers/${t.letterId}`)
      .replace('/agent/identites/{id}', `/agent/identites/${t.candidateId}`)
      .replace('/agent/courriels/{id}', `/agent/courriels/${t.quarantineId}`)
      .replace('/v1/webhook-subscriptions/{id}', `/v1/webhook-subscriptions/${t.webhookId}`)
      .replace('/docs/assets/{file}', '/docs/assets/init.js')
      .replace('/open311/v2/services/{file}', '/open311/v2/services/VOI-NID-POULE.json')
      .replace('/open311/v2/requests/{file}', `/open311/v2/requests/${t.x.reference}.json`)
      .replace('/open311/v2/tokens/{file}', '/open311/v2/tokens/inconnu.json')
      .replace('/open311/v2/{file}', route.startsWith('POST') ? '/open311/v2/requests.json' : '/open311/v2/services.json')
      .replace('{reference}', t.x.reference)
      .replace('/v1/directorates/{id}', '/v1/directorates/voirie')
      .replace('/v1/agents/{id}', `/v1/agents/${t.agentId}`)
      .replace('/v1/residents/{id}', `/v1/residents/${t.c.residentId}`)
      .replace('/v1/resident-merges/{id}', `/v1/resident-merges/${t.mergeId}`)
      .replace('/v1/identity-links/{id}', `/v1/identity-links/${t.candidateId}`)
      .replace('/v1/knowledge-articles/{id}', `/v1/knowledge-articles/${t.articleId}`)
      .replace('/agent/usagers/{id}', `/agent/usagers/${t.x.residentId}`)
      .replace('{code}', 'VOI-NID-POULE')
      .replace('{id}', t.x.id);
  const bodies: Record<string, unknown> = {
    'POST /v1/me/cases': { requestTypeCode: 'VOI-NID-POULE', description: 'Un trou rue de la Paix' },
    'POST /v1/me/cases/{id}/messages': { body: 'Voici la photo demandée' },
    'POST /v1/me/cases/{id}/reopen': { reason: 'Le trou est toujours là' },
    'POST /v1/public/cases': { requestTypeCode: 'VOI-NID-POULE', description: 'Un trou' },
    'POST /v1/cases': { channel: 'counter', requestTypeCode: 'VOI-NID-POULE', description: 'Un trou' },
    'POST /v1/cases/{id}/events': { kind: 'note', body: 'Vu' },
    'POST /v1/cases/{id}/status': { status: 'in_progress' },
    'POST /v1/cases/{id}/assign': { assigneeId: null },
    'POST /v1/cases/{id}/escalate': {},
    'POST /v1/cases/{id}/merge': { masterCaseId: t.master.id },
    'POST /v1/cases/{id}/transfer': { directorateId: 'proprete', reason: 'Pas chez nous' },
    'PUT /v1/agents/{id}/absence': { absent: true },
    'POST /v1/residents/{id}/merge': { duplicateId: t.d.residentId },
    'POST /v1/residents/{id}/erasure': { reason: 'Courrier du 2 décembre 2026' },
    'POST /v1/me/contact-points': { kind: 'email', value: 'nouvelle.adresse@example.fr' },
    'POST /v1/residents/{id}/not-duplicate': { otherId: t.d.residentId },
    'POST /v1/identity-links/{id}/decision': { decision: 'rejected' },
    'POST /webhooks/sms-gateway': { id: 'sms-1', status: 'delivered' },
    'POST /webhooks/facebook': { object: 'page', entry: [] },
    'POST /v1/admin/agents': { id: `matrice.${Math.random().toString(36).slice(2, 10)}`, displayName: 'Agent de la matrice', role: 'counter_agent' },
    'PATCH /v1/admin/agents/{id}': { displayName: 'Agent renommé' },
    'POST /v1/admin/api-keys': { label: 'Clé de la matrice', role: 'integrator' },
    'POST /v1/admin/directorates': { id: `matrice-${Math.random().toString(36).slice(2, 10)}`, name: 'Direction de la matrice' },
    'PATCH /v1/admin/directorates/{id}': { openingHours: 'lun-ven 8h30-17h' },
    'POST /v1/admin/request-types': { code: `MAT-${Math.random().toString(36).slice(2, 10).toUpperCase()}`, label: 'Type de la matrice', category: 'Matrice', directorateId: 'voirie', complexity: 'simple', deadlineDays: 5 },
    'PATCH /v1/admin/request-types/{code}': { label: 'Nid-de-poule ou chaussée dégradée' },
    'POST /v1/admin/knowledge-articles': { slug: `matrice-${Math.random().toString(36).slice(2, 10)}`, title: 'Article de la matrice', body: 'Texte.' },
    'PATCH /v1/admin/knowledge-articles/{id}': { title: 'Titre relu' },
    'PUT /v1/admin/catalogue': { directorates: [], requestTypes: [], knowledgeArticles: [] },
    'PUT /v1/admin/routing-rules': { rules: [] },
    'POST /v1/webhook-subscriptions': { url: 'https://hooks.example.fr/autre', eventTypes: ['case.created'] },
    'POST /v1/webhook-subscriptions/{id}/replay': { since: new Date(Date.now() - 3_600_000).toISOString() },
    'POST /v1/telephony/calls': { callId: `call-${Math.random()}`, event: 'ringing', callerNumber: '0611111111' },
  };
  const query: Record<string, string> = {
    'GET /v1/public/cases/{reference}': `?code=${encodeURIComponent(t.x.trackingCode)}`,
    'GET /v1/residents': '?q=Cible',
    'GET /v1/knowledge-articles': '?q=poubelle',
  };
  const upload = (route.endsWith('/attachments') && route.startsWith('POST')) || route === 'POST /v1/postal-mail';
  return { path: fill(path) + (query[route] ?? ''), ...(route in bodies ? { body: bodies[route] } : {}), ...(upload ? { form: true } : {}) };
}

type Targets = Awaited<ReturnType<typeof targets>>;
type Item = { id: string; visibility?: string; directorateId?: string };
/**
 * The risky cells are checked on what they return, not only on their status: what leaks is in the body.
 * Each check also asserts something present, so it cannot pass on an empty answer.
 */
const BODY_CHECKS: Record<string, (body: { items: Item[] }, t: Targets) => void> = {
  // No internal note, and not the message held as unverified, in an integrator's timeline.
  'GET /v1/cases/{id}/events integrator': (b, t) => {
    expect(b.items.length).toBeGreaterThan(0);
    expect(b.items.filter((e) => e.visibility !== 'public')).toEqual([]);
    expect(b.items.map((e) => e.id)).not.toContain(t.heldEventId);
  },
  'GET /v1/cases/{id}/events directorate_x': (b, t) => expect(b.items.map((e) => e.id)).toContain(t.heldEventId),
  // No other directorate's case in a directorate's list.
  'GET /v1/cases directorate_x': (b, t) => {
    expect(b.items.map((c) => c.id)).toContain(t.x.id);
    expect(b.items.filter((c) => c.directorateId !== 'voirie')).toEqual([]);
  },
  'GET /v1/cases directorate_y': (b, t) => {
    expect(b.items.map((c) => c.id)).not.toContain(t.x.id);
    expect(b.items.filter((c) => c.directorateId !== 'proprete')).toEqual([]);
  },
  // A resident lists their own cases, never another's.
  'GET /v1/me/cases residentA': (b, t) => expect(b.items.map((c) => c.id)).toContain(t.x.id),
  'GET /v1/me/cases residentB': (b, t) => {
    expect(b.items.map((c) => c.id)).not.toContain(t.x.id);
    expect(b.items.length).toBeGreaterThan(0);
  },
  // Another directorate's alert is not in the inbox.
  'GET /v1/alerts directorate_y': (b, t) => expect(b.items.map((a) => a.id)).not.toContain(t.alertId),
  'GET /v1/alerts supervisor': (b, t) => expect(b.items.map((a) => a.id)).toContain(t.alertId),
};

function appRoutes(): string[] {
  const seen = new Set<string>();
  for (const r of h.app.routes) {
    if (r.method === 'ALL') continue;
    seen.add(`${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
  }
  return [...seen].sort();
}

beforeAll(async () => {
  // Every cell writes as resident A (an upload per call): far more than one resident may write in an hour.
  h = await createHarness({ limits: { residentCasesPerHour: 1e6, residentMessagesPerHour: 1e6, residentUploadsPerHour: 1e6 } });
  await signedInResident('residentA', 'Alice');
  await signedInResident('residentB', 'Bruno');
}, 60_000);
afterAll(() => h.close());

describe('authorization matrix', () => {
  it('covers every route of the app, and nothing else', () => {
    expect(Object.keys(matrix.routes).sort()).toEqual(appRoutes());
  });

  for (const route of Object.keys(matrix.routes)) {
    it(route, async () => {
      const expected = matrix.routes[route]!;
      const outcomes: string[] = [];
      for (const [i, persona] of matrix.personas.entries()) {
        const t = await targets();
        const { path, body, form } = request(route, t);
        const method = route.split(' ')[0]!;
        const headers: Record<string, string> = { ...headersFor(persona), 'x-forwarded-for': `10.0.${i}.${Math.floor(Math.random() * 250)}` };
        if (body !== undefined) headers['content-type'] = 'application/json';
        if (route === 'POST /v1/inbound/email') headers['content-type'] = 'message/rfc822';
        if (route === 'POST /open311/v2/{file}') headers['content-type'] = 'application/x-www-form-urlencoded';
        if (route.endsWith('.csv') && method === 'PUT') headers['content-type'] = 'text/csv';
        const payload = (): BodyInit | undefined => {
          if (form) {
            const f = new FormData();
            f.append('file', new Blob([new Uint8Array(PNG)]), 'photo.png');
            if (route === 'POST /v1/postal-mail') for (const [k, v] of Object.entries({ requestTypeCode: 'VOI-NID-POULE', description: 'Lettre' })) f.append(k, v);
            return f;
          }
          if (route === 'POST /v1/inbound/email') return `From: matrice@example.fr\r\nSubject: test\r\n\r\nBonjour\r\n`;
          // Open311's POST carries the key in the form or, as here, as a bearer.
          if (route === 'POST /open311/v2/{file}') return new URLSearchParams({ service_code: 'VOI-NID-POULE', address_string: '1 rue de la Matrice', description: 'Un trou' }).toString();
          if (route.endsWith('.csv') && method === 'PUT') return route.includes('request-types') ? 'code,label\n' : 'slug,title\n';
          return body !== undefined ? JSON.stringify(body) : undefined;
        };
        const res = await h.app.request(path, { method, headers, body: payload() ?? null });
        const want = expected[i]!;
        const got = res.status;
        const fine =
          want === 'public'
            ? got !== 401 && got !== 403 && got < 500
            : want === 'ok'
              ? (got >= 200 && got < 400) || got === 409 || got === 412 || got === 422
              : got === want;
        outcomes.push(`${persona}: ${got}${fine ? '' : ` (want ${want})`}`);
        const check = BODY_CHECKS[`${route} ${persona}`];
        if (check) {
          expect(got, `${route} as ${persona}`).toBe(200);
          check((await res.clone().json()) as { items: Item[] }, t);
        }
        if (want === 404) {
          // A forbidden resource is indistinguishable from a missing one.
          const missing = path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, '00000000-0000-7000-8000-000000000000').replace('/v1/directorates/voirie', '/v1/directorates/nowhere');
          const other = await h.app.request(missing, { method, headers, body: payload() ?? null });
          const strip = (b: Record<string, unknown>) => ({ ...b, instance: undefined, requestId: undefined });
          // A page's 404 is the same page for both.
          if (res.headers.get('content-type')?.startsWith('text/html')) expect(await other.text(), `${route} as ${persona}: 404 page`).toBe(await res.text());
          else expect(strip(await other.json()), `${route} as ${persona}: 404 body`).toEqual(strip(await res.json()));
        }
      }
      expect(outcomes.filter((o) => o.includes('want')), outcomes.join(', ')).toEqual([]);
    });
  }
});
