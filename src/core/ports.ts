import type { CaseStatus } from './case-status.js';
import type { BusinessCalendar } from './deadlines/business-time.js';
import type { CertifiedIdentity } from './identity/certified-identity.js';
import type { CityWords } from './notifications/templates-fr.js';
import type {
  Case,
  CaseEvent,
  Channel,
  ContactKind,
  ContactPoint,
  Directorate,
  KnowledgeArticle,
  RequestType,
  Resident,
  Verification,
  AgentRecord,
  ApiKeyRecord,
  AuditEntry,
  AuditedEntity,
  Role,
  RoutingRule,
} from './model.js';

/** The ports the core needs; adapters/postgres implements them. */

export interface CaseFilter {
  status?: CaseStatus[];
  channel?: Channel[];
  requestTypeId?: string;
  directorateId?: string;
  residentId?: string;
  assigneeId?: string;
  createdFrom?: Date;
  createdTo?: Date;
  deadlineState?: ('on_track' | 'at_risk' | 'breached' | 'paused')[];
  /** Cases transferred between directorates at least this many times (bouncing). */
  minTransfers?: number;
  /** A directorate agent's reach: cases escalated (to the filtered directorate), or assigned to this agent. */
  reachedDirectorateOrAssignedTo?: string;
  /** An integrator limited to the cases it filed. */
  filedBy?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface NewCase
  extends Omit<Case, 'version' | 'updatedAt' | 'requestTypeCode' | 'escalatedAt' | 'acceptedAt' | 'dueAt' | 'deadlineState' | 'remainingMinutes' | 'transferCount'> {
  trackingCodeHash: string;
}

export interface CaseRepository {
  /** Writes a new case with its first events. Returns false, writing nothing, when the reference is taken. */
  insert(c: NewCase, events: CaseEvent[]): Promise<boolean>;
  findById(id: string, opts?: { forUpdate?: boolean }): Promise<Case | null>;
  /** Several cases in one query (a dispatcher's batch). */
  findManyByIds(ids: string[]): Promise<Case[]>;
  /** For anonymous follow-up: the case and the hash its tracking code is checked against. */
  findByReference(reference: string): Promise<(Case & { trackingCodeHashes: string[] }) | null>;
  /** A further tracking code for the case (a printed receipt, a letter, an SMS), stored as its hash only. */
  addTrackingCode(caseId: string, codeHash: string, issuedFor: string, at: Date): Promise<void>;
  addTrackingCodes(codes: { caseId: string; codeHash: string; issuedFor: string; at: Date }[]): Promise<void>;
  /** Writes the mutable fields and bumps the version. */
  update(c: Case): Promise<Case>;
  list(filter: CaseFilter, limit: number, cursor: string | null): Promise<Page<Case>>;
  listForResident(residentId: string, limit: number): Promise<Case[]>;
  /** The open cases of several residents at once, newest first (the screen pop). */
  openForResidents(residentIds: string[], limitPerResident: number): Promise<Case[]>;
  /** Open escalated cases of a directorate, soonest due first (no due date last). */
  /** A directorate's open cases, soonest due first; optionally only one agent's, or one request type's. */
  queue(directorateId: string, limit: number, cursor: string | null, filter?: QueueFilter): Promise<Page<Case>>;
  /**
   * Cases of public-report types (Open311), newest first: by reference, else created within [from, to];
   * optionally only open (or only closed) ones, or one request type's.
   */
  publicReports(f: { references?: string[] | undefined; requestTypeCode?: string | undefined; from?: Date | undefined; to?: Date | undefined; open?: boolean | undefined; limit: number }): Promise<Case[]>;
  /** Moves cases from one resident record to another; returns the ids moved. */
  reassignResident(caseIds: string[] | 'all', fromResidentId: string, toResidentId: string): Promise<string[]>;
}

export interface CaseEventRepository {
  append(e: CaseEvent): Promise<void>;
  appendMany(e: CaseEvent[]): Promise<void>;
  listForCase(caseId: string, visibility?: 'public'): Promise<CaseEvent[]>;
  /** A page of a case's timeline, oldest first: what is shown to people is never unbounded. */
  pageForCase(caseId: string, opts: { visibility?: 'public' | undefined; limit: number; cursor: string | null }): Promise<Page<CaseEvent>>;
  /** The status changes and public messages of public-report cases (Open311) within [from, to], oldest first. */
  publicReportEvents(from: Date, to: Date, limit: number): Promise<{ event: CaseEvent; reference: string; status: CaseStatus }[]>;
}

export interface NewResident {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  contactPoints: (ContactPoint & { normalized: string })[];
  createdAt: Date;
}

export interface ResidentMatch {
  resident: Resident;
  /** Whether the candidate shares the normalized name exactly. */
  sameName: boolean;
}

export interface QueueFilter {
  assigneeId?: string | undefined;
  /** Only the cases nobody has taken yet. */
  unassigned?: boolean | undefined;
  requestTypeCode?: string | undefined;
}

export interface ResidentSearchHit {
  resident: Resident;
  matchedOn: 'name' | 'phone' | 'email' | 'reference';
  openCases: number;
}

export interface DuplicatePair {
  residentA: Resident;
  residentB: Resident;
  reasons: string[];
  detectedAt: Date;
}

export interface ResidentRepository {
  findById(id: string): Promise<Resident | null>;
  /** Several records in one query (a dispatcher's batch). */
  findManyByIds(ids: string[]): Promise<Resident[]>;
  /** Just enough to attach a case: whether the record exists and where it was merged. */
  findRef(id: string): Promise<{ id: string; mergedInto: string | null } | null>;
  insert(r: NewResident): Promise<void>;
  addContactPoints(residentId: string, cps: (ContactPoint & { normalized: string })[]): Promise<void>;
  /** Removes one of the record's contact points (and its pending confirmations, and its mention on cases); false when not theirs. */
  removeContactPoint(residentId: string, contactPointId: string): Promise<boolean>;
  /** Residents (not merged) holding one of these normalized contact values. */
  findByContacts(contacts: { kind: ContactKind; normalized: string }[]): Promise<Resident[]>;
  /**
   * The residents a query finds, best first. `onFound` runs with their ids while their records are read (the
   * access log of a search is written alongside, not after: the counter waits for both).
   */
  search(query: ResidentQuery, limit: number, onFound?: (residentIds: string[]) => Promise<void>): Promise<ResidentSearchHit[]>;
  /** Candidates for a new record: similar name and a shared contact point or birth date. */
  findDuplicateCandidates(residentId: string): Promise<{ otherId: string; reasons: string[] }[]>;
  recordDuplicateCandidate(a: string, b: string, reasons: string[], at: Date): Promise<void>;
  listDuplicateCandidates(limit: number, cursor: string | null): Promise<Page<DuplicatePair>>;
  dismissDuplicateCandidates(a: string, b: string, at: Date): Promise<void>;
  /** The pairs still to review that involve this resident, the other record of each. */
  duplicateCandidatesOf(residentId: string, limit: number): Promise<{ other: Resident; reasons: string[]; detectedAt: Date }[]>;
  moveContactPoints(ids: string[] | 'all', fromId: string, toId: string): Promise<string[]>;
  /** Marks a point of this record verified; false when it is not this record's or was verified already. */
  verifyContactPoint(residentId: string, contactPointId: string, by: Verification, at: Date): Promise<boolean>;
  setMergedInto(id: string, mergedInto: string | null, at: Date): Promise<void>;
  touch(id: string, at: Date): Promise<void>;
}

export type ResidentQuery =
  | { kind: 'name'; folded: string }
  | { kind: 'phone'; normalized: string }
  | { kind: 'email'; normalized: string }
  | { kind: 'reference'; reference: string };

export interface ResidentMergeRecord {
  id: string;
  survivorId: string;
  mergedId: string;
  movedCaseIds: string[];
  movedContactPointIds: string[];
  mergedBy: string;
  createdAt: Date;
  undoneAt: Date | null;
  undoneBy: string | null;
}

export interface ResidentMergeRepository {
  insert(m: ResidentMergeRecord): Promise<void>;
  findById(id: string, opts?: { forUpdate?: boolean }): Promise<ResidentMergeRecord | null>;
  markUndone(id: string, by: string, at: Date): Promise<void>;
}

export interface CatalogueRepository {
  requestTypeByCode(code: string): Promise<RequestType | null>;
  requestTypeById(id: string): Promise<RequestType | null>;
  listRequestTypes(filter: { category?: string; directorateId?: string; complexity?: 'simple' | 'complex' }): Promise<RequestType[]>;
  directorateById(id: string): Promise<Directorate | null>;
  /** A routing rule sending this request type (or every type) from this postcode sector elsewhere. */
  routeByPostcode(requestTypeCode: string, postcode: string): Promise<string | null>;
  listDirectorates(): Promise<Directorate[]>;
  /** Administration: every request type, inactive ones included. */
  listAllRequestTypes(): Promise<RequestType[]>;
  /** False, writing nothing, when the id or code is taken. */
  insertDirectorate(d: Directorate): Promise<boolean>;
  /** Writes every administered field; returns the new version. */
  updateDirectorate(d: Directorate): Promise<number>;
  insertRequestType(rt: RequestType): Promise<boolean>;
  updateRequestType(rt: RequestType): Promise<number>;
  listRoutingRules(): Promise<RoutingRule[]>;
  /** Replaces the whole set (in the caller's transaction). */
  replaceRoutingRules(rules: RoutingRule[]): Promise<void>;
  /** Drops what this process cached, after an administrative change (other processes see it within their TTL). */
  forget?(): void;
}

export interface KnowledgeRepository {
  search(q: string | null, filter: { requestTypeCode?: string }, limit: number): Promise<(KnowledgeArticle & { rank: number })[]>;
  findById(id: string): Promise<KnowledgeArticle | null>;
  listAll(): Promise<KnowledgeArticle[]>;
  insert(a: KnowledgeArticle): Promise<boolean>;
  update(a: KnowledgeArticle): Promise<number>;
}

export type IdempotencyClaim<T> = { state: 'new' } | { state: 'replay'; response: T } | { state: 'mismatch' };

export interface IdempotencyRepository {
  /**
   * Inside the transaction: either takes the key, recording `response` as what this request
   * will produce, or returns what the first request produced.
   */
  claim<T>(principalId: string, key: string, fingerprint: string, response: T): Promise<IdempotencyClaim<T>>;
  complete(principalId: string, key: string, response: unknown): Promise<void>;
}

export interface AccessLogEntry {
  residentId: string;
  actor: string;
  /** Who, in words a resident understands: the agent's name or the API key's label. */
  actorLabel?: string | null;
  role: string;
  purpose: string | null;
  caseId?: string | null;
  at: Date;
}

export interface AccessLogRepository {
  recordResidentAccess(entry: AccessLogEntry): Promise<void>;
  /** Several lines in one statement (the residents a list showed). */
  recordMany(entries: AccessLogEntry[]): Promise<void>;
  listForResident(residentId: string, limit: number, cursor: string | null): Promise<Page<AccessLogEntry & { id: string }>>;
}

export interface IdentityRecord {
  id: string;
  provider: string;
  issuer: string;
  subject: string;
  kind: 'resident' | 'agent';
  residentId: string | null;
  agentId: string | null;
  certified: CertifiedIdentity | null;
  certifiedLevel: string | null;
  linkStatus: 'linked' | 'pending_review' | 'new_record';
}

export interface IdentityLinkCandidate {
  id: string;
  identityId: string;
  residentId: string;
  /** The record the identity was given meanwhile, merged into the candidate on confirmation. */
  identityResidentId: string | null;
  certified: CertifiedIdentity | null;
  certifiedLevel: string | null;
  provider: string;
  reasons: string[];
  createdAt: Date;
}

export interface IdentityRepository {
  findByIssuerSubject(issuer: string, subject: string): Promise<IdentityRecord | null>;
  insert(r: IdentityRecord, at: Date): Promise<void>;
  /** A new login rewrites the certified attributes: the provider, not an agent, is their source. */
  refresh(id: string, certified: CertifiedIdentity | null, level: string | null, at: Date): Promise<void>;
  setResident(id: string, residentId: string, status: IdentityRecord['linkStatus']): Promise<void>;
  /** Resident records whose folded family name is one of these, with their certified identities. */
  linkCandidates(familyNamesFolded: string[]): Promise<{ resident: Resident; certified: CertifiedIdentity[] }[]>;
  /** Certified identities linked to a resident record (shown on the 360° view). */
  forResident(residentId: string): Promise<(IdentityRecord & { lastSeenAt: Date })[]>;
  addLinkCandidates(identityId: string, candidates: { id: string; residentId: string; reasons: string[] }[], at: Date): Promise<void>;
  listOpenLinkCandidates(limit: number): Promise<IdentityLinkCandidate[]>;
  findLinkCandidate(id: string, opts?: { forUpdate?: boolean }): Promise<(IdentityLinkCandidate & { decidedAt: Date | null }) | null>;
  decideLinkCandidate(id: string, decision: 'confirmed' | 'rejected', by: string, at: Date): Promise<void>;
  /** Other open candidates of the same identity are closed when one is confirmed. */
  closeOtherLinkCandidates(identityId: string, keepId: string, by: string, at: Date): Promise<void>;
}

export interface AgentRepository {
  findById(id: string): Promise<{ id: string; role: string; directorateId: string | null; active: boolean; displayName: string } | null>;
  /** The one active agent with this email (case-insensitive), or null. */
  findActiveByEmail(email: string): Promise<string | null>;
  /** The present, active agent of the directorate with the fewest open cases, or null. */
  leastLoaded(directorateId: string): Promise<string | null>;
  setAbsent(id: string, absent: boolean): Promise<boolean>;
  /** The active supervisors of a directorate, with their email when they have one. */
  supervisorsOf(directorateId: string): Promise<{ id: string; email: string | null }[]>;
  /** The directorates a supervisor supervises; empty for a city-wide supervisor. */
  supervisedBy(agentId: string): Promise<string[]>;
  /** Administration: every agent, by id. */
  list(): Promise<AgentRecord[]>;
  get(id: string, opts?: { forUpdate?: boolean }): Promise<AgentRecord | null>;
  /** False, writing nothing, when the id is taken. */
  insert(a: Omit<AgentRecord, 'version' | 'updatedAt' | 'absent'>): Promise<boolean>;
  /** Writes what administration may change and bumps the version. */
  update(a: AgentRecord, at: Date): Promise<AgentRecord>;
}

export interface ApiKeyStore {
  list(): Promise<ApiKeyRecord[]>;
  get(id: string): Promise<ApiKeyRecord | null>;
  /** A new key: the secret is returned once and only its hash is stored. */
  issue(input: { id: string; label: string; role: Role; agentId: string | null; directorateId: string | null; scopes: string[]; lineage?: string | null }): Promise<string>;
  /** False when it was revoked already. */
  revoke(id: string, by: string, at: Date, replacedBy?: string): Promise<boolean>;
  /** Rotated with an overlap: replaced now, working until `until`. False when it was revoked already. */
  retire(id: string, replacedBy: string, until: Date): Promise<boolean>;
  /** The lineage a rotation continues (the first key's id). */
  lineageOf(id: string): Promise<string | null>;
}

export interface AuditRepository {
  append(e: AuditEntry): Promise<void>;
  /** Newest first. */
  list(filter: { entity?: AuditedEntity | undefined; entityId?: string | undefined }, limit: number, cursor: string | null): Promise<Page<AuditEntry>>;
}

/** What the escalation workflow must hear about a case, delivered after the commit by the outbox relay. */
export type CaseSignal =
  | { kind: 'escalation_started'; deadlineDays: number; calendar: BusinessCalendar }
  | { kind: 'accepted' }
  | { kind: 'paused' }
  | { kind: 'resumed' }
  | { kind: 'transferred'; directorateId: string; calendar: BusinessCalendar }
  | { kind: 'resolved' }
  | { kind: 'reopened' }
  | { kind: 'ended' };

export interface OutboxRepository {
  /** Written in the same transaction as the change it follows. */
  add(caseId: string, signal: CaseSignal, at: Date): Promise<void>;
}

export interface AttachmentRecord {
  id: string;
  caseId: string;
  eventId: string | null;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string;
  createdAt: Date;
}

export interface AttachmentRepository {
  insert(a: AttachmentRecord): Promise<void>;
  findById(id: string): Promise<AttachmentRecord | null>;
  /** Binds uploaded attachments to the timeline entry that mentions them. */
  bindToEvent(ids: string[], eventId: string): Promise<void>;
  listForCase(caseId: string): Promise<AttachmentRecord[]>;
}

/** Turns a letter (title and lines) into a printable PDF. */
export interface LetterPrinter {
  pdf(letter: { title: string; lines: string[]; reference: string; sender: string }): Promise<Uint8Array>;
}

/** Where attachment bytes live: the filesystem by default, an object store elsewhere. */
export interface FileStorage {
  put(content: Uint8Array): Promise<{ key: string; sha256: string }>;
  read(key: string): Promise<Uint8Array | null>;
  /** Removes the bytes under a key no attachment uses any more; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

export interface PhoneCall {
  id: string;
  callId: string;
  event: 'ringing' | 'answered' | 'ended';
  caller: string | null;
  residentIds: string[];
  agentId: string | null;
  at: Date;
}

export interface PhoneCallRepository {
  /**
   * Records the event and, with it, the access-log line of each matched resident (one atomic statement);
   * false, writing nothing, when this call already reported this event.
   */
  record(call: PhoneCall, access: { actor: string; actorLabel: string | null; role: string; purpose: string } | null): Promise<boolean>;
  listForResident(residentId: string, limit: number): Promise<PhoneCall[]>;
  /** The last events the telephony system reported for this agent's line, newest first. */
  latestForAgent(agentId: string, limit: number): Promise<PhoneCall[]>;
}

export interface ChannelMessageRepository {
  /** Records a message id for a case; false when this id was already recorded (a duplicate delivery). */
  record(channel: string, externalId: string, caseId: string, direction: 'in' | 'out', at: Date): Promise<boolean>;
  /** The case one of these message ids belongs to, if any (the most recent match). */
  caseFor(channel: string, externalIds: string[]): Promise<string | null>;
  /** The case's reply token, created on first use. */
  replyToken(caseId: string, newToken: () => string): Promise<string>;
  /** The reply tokens of several cases at once, created where missing. */
  replyTokens(caseIds: string[], newToken: () => string): Promise<Map<string, string>>;
  /** Records several outgoing message ids at once (duplicates ignored). */
  recordMany(rows: { channel: string; externalId: string; caseId: string; direction: 'in' | 'out'; at: Date }[]): Promise<void>;
  caseForReplyToken(token: string): Promise<string | null>;
  /** Points a conversation at its current case (a new case once the previous one is closed). */
  bindConversation(channel: string, key: string, caseId: string, at: Date): Promise<void>;
  quarantine(q: { id: string; channel: string; reason: string; storageKey: string | null; size: number; at: Date }): Promise<void>;
  /** What is still in quarantine, oldest first (the mail room works through it in order of arrival). */
  listQuarantined(limit: number): Promise<QuarantinedMessage[]>;
  findQuarantined(id: string): Promise<QuarantinedMessage | null>;
  /**
   * Marks a message handled and forgets where its bytes are; null when it was already handled (another agent
   * was quicker). `unusedKey`: the bytes' key when nothing else holds the same content, for the caller to delete.
   */
  releaseQuarantined(id: string, by: string, at: Date): Promise<{ unusedKey: string | null } | null>;
}

/** A message a channel received but could not turn into a case, kept for an agent to read. */
export interface QuarantinedMessage {
  id: string;
  channel: string;
  /** Why, in French, for agents. */
  reason: string;
  storageKey: string | null;
  size: number;
  receivedAt: Date;
}

export type NotificationRecipient = 'resident' | 'directorate' | 'supervisor';

/** A notification claimed for sending, under a lease. */
export interface ClaimedNotification {
  id: string;
  caseId: string;
  kind: string;
  recipient: NotificationRecipient;
  directorateId: string | null;
  dedupKey: string;
  message: { text?: string; missingItems?: boolean; replyBy?: string | null; erasureOn?: string } | null;
  attempts: number;
}

/** An alert in the agents' inbox. */
export interface StaffAlert {
  id: string;
  caseId: string;
  reference: string;
  kind: string;
  audience: 'directorate' | 'supervisor';
  directorateId: string;
  message: { text?: string } | null;
  createdAt: Date;
  readAt: Date | null;
}

export type NotificationOutcome =
  | { status: 'sent'; channel: 'email' | 'sms'; providerId: string | null; at: Date }
  | { status: 'to_print'; channel: 'letter'; at: Date }
  | { status: 'skipped'; reason: string };

export interface NotificationRepository {
  /** Queues a message for the resident; once per deduplication key, however often it is asked. */
  queueForResident(n: { id: string; caseId: string; dedupKey: string; kind: string; message: Record<string, unknown>; at: Date }): Promise<void>;
  /** Queues a staff alert for the directorate in charge; false when this key was already queued. */
  queueForStaff(n: { id: string; caseId: string; directorateId: string; dedupKey: string; kind: string; audience: 'directorate' | 'supervisor'; message: Record<string, unknown>; at: Date }): Promise<boolean>;
  /**
   * Claims due notifications under a lease, oldest first: those never tried, those to retry, and those a
   * dispatcher claimed and never finished (it died) once their lease has ended.
   */
  claimDue(limit: number, leaseSeconds: number): Promise<ClaimedNotification[]>;
  finish(id: string, outcome: NotificationOutcome): Promise<void>;
  /** The outcomes of a batch in one statement. */
  finishMany(outcomes: { id: string; outcome: NotificationOutcome }[]): Promise<void>;
  /** A failed send: tried again after the delay, or given up. */
  retry(id: string, error: string, delaySeconds: number, giveUp: boolean): Promise<void>;
  /** An SMS delivery report: the notifications whose status changed. */
  recordDelivery(providerId: string, status: 'delivered' | 'failed'): Promise<{ id: string; caseId: string; kind: string }[]>;
  lettersToPrint(limit: number): Promise<{ id: string; caseId: string; reference: string; kind: string; createdAt: Date }[]>;
  findLetter(id: string): Promise<{ id: string; caseId: string; kind: string; message: { text?: string; missingItems?: boolean; replyBy?: string | null; erasureOn?: string } | null; status: string } | null>;
  /** False when it was already posted. */
  markPosted(id: string): Promise<boolean>;
  /** Alerts of these directorates ('all' for every one), newest first, with whether this agent read them. */
  staffAlerts(q: { agentId: string; directorateIds: string[] | 'all'; audiences: ('directorate' | 'supervisor')[]; unreadOnly: boolean }, limit: number, cursor: string | null): Promise<Page<StaffAlert>>;
  findStaffAlert(id: string): Promise<{ id: string; directorateId: string; audience: 'directorate' | 'supervisor' } | null>;
  markAlertRead(id: string, agentId: string, at: Date): Promise<void>;
  /** What waits to be sent, per recipient, and the age of the oldest. */
  backlog(): Promise<{ pending: number; oldestSeconds: number | null }>;
}

export interface DeadlineOutcomeRepository {
  /** Once per case and answer time, however often it is asked. */
  record(o: { caseId: string; dueAt: Date; answeredAt: Date; met: boolean; marginMinutes: number; businessDays: number | null }): Promise<void>;
}

/** What the statistics count (see migration 025 for each measure's meaning). */
export type StatisticsMeasure =
  | 'received'
  | 'first_contact'
  | 'open'
  | 'by_postcode'
  | 'resolved'
  | 'reopened'
  | 'transferred'
  | 'answered_in_time'
  | 'answered_late'
  | 'satisfaction_asked'
  | 'satisfaction';
export type StatisticsDimension = 'period' | 'directorate' | 'requestType' | 'category' | 'channel' | 'postcode' | 'key';
export type StatisticsPeriod = 'day' | 'week' | 'month';

export interface StatisticsRow {
  measure: StatisticsMeasure;
  /** The period's first day (YYYY-MM-DD) when grouped by period. */
  period?: string;
  directorateId?: string;
  requestTypeId?: string;
  category?: string;
  channel?: string;
  postcode?: string;
  key?: string;
  n: number;
}

export interface SatisfactionSurveyRow {
  caseId: string;
  tokenHash: string;
  notificationId: string;
  directorateId: string;
  requestTypeId: string;
  channel: string;
  askedAt: Date;
  expiresAt: Date;
}

export interface SatisfactionRepository {
  /**
   * Offers surveys: a case's first, or a new link for the same notification (a retried send) while unanswered.
   * Returns the cases whose link was stored, so only their messages carry it.
   */
  offer(rows: SatisfactionSurveyRow[]): Promise<string[]>;
  find(tokenHash: string): Promise<{ caseId: string; answered: boolean; expiresAt: Date } | null>;
  /** Records the answer once; null when the link is unknown, expired or already answered. */
  answer(tokenHash: string, a: { score: number; comment: string | null; at: Date }): Promise<{ caseId: string } | null>;
}

/** Everything held on a person (RGPD art. 15), section by section: plain rows, as stored, without secrets. */
export interface SubjectAccessData {
  records: Record<string, unknown>[];
  contactPoints: Record<string, unknown>[];
  cases: (Record<string, unknown> & { reference: string; events: Record<string, unknown>[] })[];
  accessLog: Record<string, unknown>[];
  identities: Record<string, unknown>[];
  identityLinkCandidates: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
  duplicateCandidates: Record<string, unknown>[];
  merges: Record<string, unknown>[];
  phoneCalls: Record<string, unknown>[];
  nameSearchWords: string[];
}

export interface SubjectAccessRepository {
  /** The record, those merged into it, and everything that refers to them. */
  collect(residentId: string): Promise<SubjectAccessData>;
}

export interface ErasureRepository {
  /**
   * In one transaction: anonymises these cases (the retention path) and, when asked, empties the record (contact
   * points, identities and sessions, name index, duplicate pairs; the name replaced). Returns the storage keys of the
   * attachments removed whose bytes no other attachment holds.
   */
  erase(e: { residentId: string; caseIds: string[]; eraseRecord: boolean; at: Date }): Promise<{ storageKeys: string[] }>;
}

export interface StatisticsRepository {
  /**
   * Sums of the counts kept with the cases (always consistent with them), between two local days inclusive,
   * grouped as asked; rows that sum to zero are left out.
   */
  sum(q: {
    measures: StatisticsMeasure[];
    from: string;
    to: string;
    directorateIds: string[] | 'all';
    groupBy: StatisticsDimension[];
    period?: StatisticsPeriod;
  }): Promise<StatisticsRow[]>;
}

export interface ContactConfirmationRepository {
  insertMany(rows: { tokenHash: string; contactPointId: string; caseId: string | null; createdAt: Date; expiresAt: Date }[]): Promise<void>;
  /**
   * Uses a confirmation once: the point it confirms (with its record, after merges) when the token is known,
   * unused and unexpired; null otherwise.
   */
  use(tokenHash: string, at: Date): Promise<{ contactPointId: string; residentId: string; caseId: string | null } | null>;
}

/** A webhook subscription as its owner sees it: never its secret after creation. */
export interface WebhookSubscription {
  id: string;
  owner: string;
  url: string;
  eventTypes: string[];
  directorateId: string | null;
  requestTypeCode: string | null;
  contactEmail: string | null;
  /** Set for an integrator limited to the cases it filed: the subscription hears of those only. */
  filedBy: string | null;
  createdAt: Date;
  disabledAt: Date | null;
  disabledReason: string | null;
}

export interface WebhookDelivery {
  id: string;
  eventId: string;
  eventType: string;
  caseId: string;
  sequence: number;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

/** A delivery taken by a dispatcher under a lease: what to send, where, signed with which secrets. */
export interface ClaimedWebhook {
  id: string;
  subscriptionId: string;
  url: string;
  secrets: string[];
  attempts: number;
  createdAt: Date;
  event: { id: string; seq: number; type: string; caseId: string; data: Record<string, unknown>; createdAt: Date };
}

/** One integration event as the feed and the webhooks carry it. */
export interface FeedEvent {
  id: string;
  seq: number;
  type: string;
  createdAt: Date;
  data: Record<string, unknown>;
}

export interface EventFeedRepository {
  /** Events after the cursor (transaction id, sequence) from transactions finished before any running one began. */
  after(cursor: { xid: string; seq: number } | null, limit: number, filedBy?: string | null): Promise<(FeedEvent & { xid: string })[]>;
}

export interface WebhookRepository {
  create(s: WebhookSubscription & { secret: string }): Promise<void>;
  list(owner: string | null): Promise<WebhookSubscription[]>;
  get(id: string): Promise<WebhookSubscription | null>;
  /** The current signing secret (a creation replayed for a retry shows it again, to the same caller). */
  secretOf(id: string): Promise<string | null>;
  remove(id: string): Promise<boolean>;
  /** A new secret; the previous one still signs until `previousUntil` (receivers switch over meanwhile). */
  rotate(id: string, secret: string, previousUntil: Date): Promise<boolean>;
  deliveries(id: string, limit: number, cursor: string | null): Promise<Page<WebhookDelivery>>;
  /** Sends again one delivery, or every delivery since a time: pending again, due now. Returns how many. */
  replay(id: string, what: { deliveryId: string } | { since: Date }, at: Date): Promise<number>;
  /** Due deliveries, each case's oldest pending one only (its events go out in order), under a lease. */
  claim(limit: number, leaseSeconds: number, at: Date): Promise<ClaimedWebhook[]>;
  delivered(id: string, status: number, at: Date): Promise<void>;
  /** A failed attempt: tried again at `retryAt`, or given up (null) — the subscription disabled with it. */
  /** Records a failed attempt; without a retry, disables the subscription and returns it when this call did. */
  attemptFailed(id: string, outcome: { status: number | null; error: string }, at: Date, retryAt: Date | null): Promise<{ subscriptionId: string; url: string; contactEmail: string | null; reason: string } | null>;
}

export interface Repositories {
  apiKeys: ApiKeyStore;
  webhooks: WebhookRepository;
  audit: AuditRepository;
  contactConfirmations: ContactConfirmationRepository;
  deadlineOutcomes: DeadlineOutcomeRepository;
  statistics: StatisticsRepository;
  satisfaction: SatisfactionRepository;
  subjectAccess: SubjectAccessRepository;
  erasure: ErasureRepository;
  eventFeed: EventFeedRepository;
  agents: AgentRepository;
  outbox: OutboxRepository;
  cases: CaseRepository;
  events: CaseEventRepository;
  residents: ResidentRepository;
  residentMerges: ResidentMergeRepository;
  catalogue: CatalogueRepository;
  knowledge: KnowledgeRepository;
  idempotency: IdempotencyRepository;
  accessLog: AccessLogRepository;
  identities: IdentityRepository;
  attachments: AttachmentRepository;
  phoneCalls: PhoneCallRepository;
  channelMessages: ChannelMessageRepository;
  notifications: NotificationRepository;
}

export interface Store extends Repositories {
  /** Runs fn in one database transaction: all its writes land, or none. */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
}

export interface Clock {
  now(): Date;
}

export interface CoreDeps {
  store: Store;
  /** Webhook receivers on private networks are refused unless this says otherwise (a developer's machine, the tests). */
  webhookTargets?: { allowPrivate: boolean };
  clock: Clock;
  newId(): string;
  /** The city's business calendar (default opening hours, Alsace-Moselle or not). */
  calendar: BusinessCalendar;
  files: FileStorage;
  printer: LetterPrinter;
  /** The city's words in every message, and the public address its links start with. */
  city: CityWords & { publicBaseUrl: string };
}
