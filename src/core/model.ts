import type { CaseStatus } from './case-status.js';

export const CHANNELS = ['postal', 'phone', 'email', 'counter', 'web', 'social'] as const;
export type Channel = (typeof CHANNELS)[number];
/** How residents and agents name each channel. */
export const CHANNEL_LABELS_FR: Record<Channel, string> = { counter: 'Guichet', phone: 'Téléphone', postal: 'Courrier', email: 'Courriel', web: 'Site internet', social: 'Réseau social' };

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const CONTACT_KINDS = ['email', 'phone', 'postal_address', 'social'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const ROLES = ['counter_agent', 'directorate_agent', 'supervisor', 'admin', 'integrator'] as const;
export type Role = (typeof ROLES)[number];

export interface Directorate {
  id: string;
  code: string;
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  openingHours: string | null;
  /** The team's shared mailbox for staff alerts (not shown to residents). */
  staffEmail?: string | null;
  /** Open intervals per ISO weekday, in minutes after local midnight; null for the city's default hours. */
  businessHours: Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', [number, number][]>> | null;
  /** Days it is closed besides weekends and public holidays (a "pont", a strike day), YYYY-MM-DD. */
  closedDays?: string[];
  version?: number;
}

/** A question a request type asks beyond the description: free text unless a datatype says otherwise. */
export interface ExtraField {
  name: string;
  label: string;
  required: boolean;
  /** Open311's datatypes; absent means `string`. A list offers its `values`. */
  datatype?: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist' | undefined;
  values?: { key: string; name: string }[] | undefined;
}

export const IMPLICIT_DECISIONS = ['none', 'acceptance', 'rejection'] as const;
export type ImplicitDecision = (typeof IMPLICIT_DECISIONS)[number];

export interface RequestType {
  id: string;
  code: string;
  label: string;
  category: string;
  directorateId: string;
  complexity: 'simple' | 'complex';
  deadlineDays: number;
  extraFields: ExtraField[];
  active: boolean;
  /** Cases of this type go to their directorate as soon as they are recorded. */
  autoEscalate: boolean;
  /** The level of assurance a resident's login needs to file this request online; null for any. */
  minAcr: 'eidas1' | 'eidas2' | 'eidas3' | null;
  /** Shown in public reports (Open311): potholes, lighting — never civil registry or social help. */
  publicReport?: boolean;
  /** Days a closed case of this type is kept before anonymisation; null: the city's default. */
  retentionDays?: number | null;
  /**
   * What the resident's silence-bound rights are (CRPA): no decision expected ('none': a report, a question), or a
   * decision for which the administration's silence is worth acceptance or rejection after so many months.
   */
  implicitDecision?: ImplicitDecision;
  implicitDecisionMonths?: number;
  /** The city's wording of how to appeal an implicit rejection; a general one when null. */
  appealRoutes?: string | null;
  version?: number;
}

export interface KnowledgeArticle {
  id: string;
  slug: string;
  title: string;
  body: string;
  requestTypeCode: string | null;
  updatedAt: Date;
  /** Only published articles are found by search; drafts are being written, retired ones kept for the record. */
  status?: 'draft' | 'published' | 'retired';
  version?: number;
}

/**
 * Where a contact point came from. Points typed by an agent or asserted by FranceConnect are the city's word;
 * those from the anonymous form, an email, a social message or an integrator are what someone claimed.
 */
export const CONTACT_PROVENANCES = ['legacy', 'agent', 'integrator', 'web_form', 'email', 'social', 'franceconnect', 'resident'] as const;
export type ContactProvenance = (typeof CONTACT_PROVENANCES)[number];

/** How a point was proved to be the resident's: an agent confirmed it, FranceConnect asserted it, or a link sent to it was followed. */
export const VERIFICATIONS = ['agent', 'franceconnect', 'confirmation'] as const;
export type Verification = (typeof VERIFICATIONS)[number];

export interface ContactPoint {
  id: string;
  kind: ContactKind;
  value: string;
  verified: boolean;
  provenance: ContactProvenance;
  verifiedBy?: Verification | null;
}

export interface Resident {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  contactPoints: ContactPoint[];
  mergedInto: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Location {
  address?: string | undefined;
  postcode?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
}

export interface Case {
  id: string;
  reference: string;
  channel: Channel;
  requestTypeId: string;
  requestTypeCode: string;
  directorateId: string;
  residentId: string | null;
  description: string;
  location: Location | null;
  priority: Priority;
  status: CaseStatus;
  assigneeId: string | null;
  mergedInto: string | null;
  answeredByArticleId: string | null;
  extra: Record<string, string>;
  /** Escalation: set when the case was handed to a directorate. */
  escalatedAt: Date | null;
  acceptedAt: Date | null;
  /** Expected answer date, kept by the escalation workflow; null while paused or not escalated. */
  dueAt: Date | null;
  deadlineState: 'on_track' | 'at_risk' | 'breached' | 'paused' | null;
  /** While paused: the business minutes left on the deadline, counted again from the resident's answer. */
  remainingMinutes: number | null;
  /** The contact points the resident gave for this case: notifications about it may go there even unverified. */
  contactPointIds: string[];
  /** CRPA L114-5: when the city asked for missing items (the implicit decision's period waits), until they arrive. */
  missingItemsAskedAt?: Date | null;
  /** When an incomplete request was completed: its implicit decision's period runs from then. */
  completedAt?: Date | null;
  transferCount: number;
  /** The integrator (API key lineage or token client) that filed it; null when staff or a resident did. */
  filedBy?: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type EventVisibility = 'public' | 'internal';

export interface CaseEvent {
  id: string;
  caseId: string;
  type: string;
  visibility: EventVisibility;
  actorId: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

/** A staff member as administration sees them (what an admin may change, and its version for If-Match). */
export interface AgentRecord {
  id: string;
  displayName: string;
  email: string | null;
  role: Exclude<Role, 'integrator'>;
  directorateId: string | null;
  active: boolean;
  absent: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date | null;
}

/** An API key as administration sees it: never the key, never its hash. */
export interface ApiKeyRecord {
  id: string;
  label: string;
  role: Role;
  agentId: string | null;
  directorateId: string | null;
  scopes: string[];
  createdAt: Date;
  revokedAt: Date | null;
  revokedBy: string | null;
  /** The key that replaced this one when it was rotated. */
  replacedBy: string | null;
  /** After a rotation with an overlap: when this key stops working (it still works until then). */
  expiresAt: Date | null;
  /** Last authenticated use, to within the key cache's half-minute; null when never used. */
  lastUsedAt: Date | null;
}

export const AUDITED_ENTITIES = ['agent', 'api_key', 'directorate', 'request_type', 'knowledge_article', 'routing_rules'] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

/** One administrative change: who, when, what, and the record before and after. */
export interface AuditEntry {
  id: string;
  at: Date;
  actor: string;
  actorLabel: string | null;
  entity: AuditedEntity;
  entityId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Sends cases from a postcode sector (all types, or one) to another directorate than the type's owner. */
export interface RoutingRule {
  postcodePrefix: string;
  /** null: every request type. */
  requestTypeCode: string | null;
  directorateId: string;
}
