import { contrastWithWhite, DEFAULT_CITY_COLOUR } from './web/theme.js';
import { z } from 'zod';

/**
 * Configuration is read from the environment once, at start-up, and passed down.
 * Nothing else in the code base reads process.env.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  GUICHET_MODE: z.enum(['dev', 'production']).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(20),
  SHUTDOWN_DELAY_SECONDS: z.coerce.number().min(0).max(120).default(0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  PUBLIC_BASE_URL: z.string().url().optional(),
  TEMPORAL_ADDRESS: z.string().regex(/^[\w.-]+:\d+$/, 'host:port').optional(),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_CLI_PATH: z.string().optional(),
  TEMPORAL_TASK_QUEUE: z.string().default('guichet-cases'),
  ESCALATION_ACCEPT_REMINDER_MINUTES: z.coerce.number().int().min(1).default(240),
  ESCALATION_ACCEPT_ALERT_MINUTES: z.coerce.number().int().min(1).default(1440),
  ESCALATION_AUTO_CLOSE_DAYS: z.coerce.number().int().min(1).default(15),
  ESCALATION_MAX_TRANSFERS: z.coerce.number().int().min(0).default(2),
  ALSACE_MOSELLE: z.enum(['true', 'false']).default('false'),
  IDENTITY_PROVIDERS: z.string().optional(),
  IDENTITY_PROVIDERS_FILE: z.string().optional(),
  IDENTITY_ISSUER_ALLOWLIST: z.string().optional(),
  DEV_IDENTITY_PROVIDER: z.enum(['true', 'false']).optional(),
  DEV_IDENTITY_HOST: z.enum(['127.0.0.1', '0.0.0.0']).default('127.0.0.1'),
  DEV_IDENTITY_PORT: z.coerce.number().int().min(1).max(65535).default(8090),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).optional(),
  SMTP_PORT: z.union([z.literal(''), z.coerce.number().int().min(0).max(65535)]).default(2525),
  SMTP_URL: z.string().url().optional(),
  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_ALLOWED_CLIENTS: z
    .string()
    .default('')
    .refine((v) => v.split(',').every((e) => !e.trim() || /^[\d.]+(\/\d{1,2})?$|^[\da-f:]+(\/\d{1,3})?$/i.test(e.trim())), 'comma-separated addresses or CIDR blocks'),
  SMTP_MAX_CLIENTS: z.coerce.number().int().min(1).default(100),
  SMTP_MAX_CONNECTIONS_PER_CLIENT: z.coerce.number().int().min(1).default(10),
  SMTP_TLS_KEY_FILE: z.string().optional(),
  SMTP_TLS_CERT_FILE: z.string().optional(),
  MAIL_TRUSTED_AUTHSERV_ID: z.string().regex(/^[a-z0-9.-]+$/i, 'the relay\'s authserv-id (a host name)').optional(),
  MAIL_DOMAIN: z.string().regex(/^[a-z0-9.-]+$/i, 'a domain name').optional(),
  MAIL_FROM: z.string().optional(),
  INBOUND_DEFAULT_REQUEST_TYPE: z.string().default('REL-INFORMATION'),
  AUTO_REPLIES_PER_SENDER_PER_HOUR: z.coerce.number().int().min(0).default(5),
  SMS_GATEWAY_URL: z.string().url().optional(),
  SMS_GATEWAY_TOKEN: z.string().optional(),
  SMS_GATEWAY_SECRET: z.string().min(16).optional(),
  MASTODON_URL: z.string().url().optional(),
  MASTODON_TOKEN: z.string().optional(),
  MASTODON_POLL_SECONDS: z.coerce.number().int().min(5).default(30),
  FACEBOOK_APP_SECRET: z.string().optional(),
  FACEBOOK_VERIFY_TOKEN: z.string().optional(),
  TEMPORAL_METRICS_ADDRESS: z.string().regex(/^[\w.:[\]-]+:\d{1,5}$/, 'host:port').optional(),
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  OTEL_SERVICE_NAME: z.string().min(1).max(100).optional(),
  FACEBOOK_PAGE_TOKEN: z.string().optional(),
  FACEBOOK_GRAPH_URL: z.string().url().default('https://graph.facebook.com/v21.0'),
  CITY_NAME: z.string().min(1).max(100).optional(),
  CITY_SIGNATURE: z.string().min(1).max(200).optional(),
  CITY_CONTACT: z.string().min(1).max(300).optional(),
  OPEN311_REDACT_CONTACTS: z.enum(['true', 'false']).default('true'),
  OPEN_DATA_MIN_COUNT: z.coerce.number().int().min(3).max(1000).default(10),
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: z.enum(['true', 'false']).optional(),
  RETENTION_CASES_DAYS: z.coerce.number().int().min(30).max(36500).default(1095),
  RETENTION_ACCESS_LOG_DAYS: z.coerce.number().int().min(30).max(36500).default(730),
  RETENTION_IDENTITY_DAYS: z.coerce.number().int().min(30).max(36500).default(1095),
  RETENTION_INACTIVE_DAYS: z.coerce.number().int().min(180).max(36500).default(730),
  RETENTION_NOTICE_DAYS: z.coerce.number().int().min(7).max(365).default(30),
  CITY_COLOR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb')
    .refine((v) => contrastWithWhite(v) >= 4.5, 'too light: white text on it and it on white need a contrast of 4.5:1 (WCAG AA)')
    .optional(),
  ATTACHMENTS_S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,62}$/, 'a bucket name').optional(),
  ATTACHMENTS_S3_ENDPOINT: z.string().url().optional(),
  ATTACHMENTS_S3_REGION: z.string().min(1).default('us-east-1'),
  ATTACHMENTS_S3_ACCESS_KEY_ID: z.string().optional(),
  ATTACHMENTS_S3_SECRET_ACCESS_KEY: z.string().optional(),
  ATTACHMENTS_S3_PREFIX: z.string().max(200).default(''),
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
});

export type Config = {
  mode: 'dev' | 'production';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  embeddedPgPort: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** /metrics: served in dev mode (open) and wherever a token is set (then required as a bearer). */
  metrics: { token: string | null } | null;
  /** Where the case worker's Temporal SDK serves its own Prometheus metrics (task latencies, polls, slots); null: not served. */
  temporalMetricsAddress: string | null;
  /** OpenTelemetry traces over OTLP/HTTP to the city's collector (null: no tracing). */
  tracing: { endpoint: string; serviceName: string | null } | null;
  /** On SIGTERM: how long readiness says 503 before the listener closes, then how long in-flight requests may take. */
  shutdown: { delaySeconds: number; graceSeconds: number };
  maxBodyBytes: number;
  publicBaseUrl: string | undefined;
  temporal: { address: string | undefined; namespace: string; cliPath: string | undefined; taskQueue: string };
  escalation: { acceptReminderMinutes: number; acceptAlertMinutes: number; autoCloseDays: number; maxTransfers: number };
  alsaceMoselle: boolean;
  identity: {
    providersJson: string | undefined;
    providersFile: string | undefined;
    allowlist: string | undefined;
    /** The embedded FranceConnect-like provider with demo residents: dev mode only. */
    devProvider: boolean;
    devProviderPort: number;
    /** 0.0.0.0 only in a container whose port is published (compose's dev profile). */
    devProviderHost: string;
  };
  /** Reverse proxies in front (0: none trusted). */
  trustProxy: number;
  /** The city's words in every message to residents (letters, SMS, emails). */
  city: { name: string; signature: string; contact: string | null };
  /** The residents' pages' colour (links, buttons). */
  cityColour: string;
  /** Open311: mask the emails and phone numbers residents wrote in the descriptions it publishes. */
  open311RedactContacts: boolean;
  /** Open data and the quality page withhold counts under this (statistical secrecy). */
  openDataMinCount: number;
  /** Webhook receivers on this machine or a private network are allowed (development; never at a city). */
  webhooksAllowPrivateTargets: boolean;
  /** The RGPD lifecycle's periods, in days (request types may set their own for cases). */
  retention: { casesDays: number; accessLogDays: number; identityDays: number; inactiveDays: number; noticeDays: number };
  attachmentMaxBytes: number;
  /** Attachments in an S3-compatible bucket (several API replicas); null: on disk under DATA_DIR. */
  attachmentsS3: { bucket: string; endpoint: string | undefined; region: string; accessKeyId: string; secretAccessKey: string; prefix: string } | null;
  sms: { url: string; token: string; secret: string } | null;
  mastodon: { url: string; token: string; pollSeconds: number } | null;
  facebook: { appSecret: string; verifyToken: string; pageToken: string; graphUrl: string } | null;
  /** null: no email channel (production without MAIL_DOMAIN). */
  mail: {
    domain: string;
    from: string;
    smtpUrl: string | undefined;
    listenPort: number | null;
    /** Where the SMTP listener binds, and which clients besides loopback may hand mail over. */
    listenHost: string;
    allowedClients: string[];
    maxClients: number;
    maxConnectionsPerClient: number;
    /** STARTTLS is offered when both are set (PEM files). */
    tls: { keyFile: string; certFile: string } | null;
    /** Trust the city relay's Authentication-Results with this authserv-id instead of checking DKIM/SPF/DMARC here. */
    trustedAuthservId: string | null;
    defaultRequestTypeCode: string;
    autoRepliesPerSenderPerHour: number;
  } | null;
};

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const mode = e.GUICHET_MODE ?? (e.NODE_ENV === 'production' ? 'production' : 'dev');
  if (mode === 'production' && !e.DATABASE_URL) {
    throw new ConfigError('Invalid configuration:\n  DATABASE_URL: required in production mode (the embedded PostgreSQL is for development only)');
  }
  if (mode === 'production' && !e.TEMPORAL_ADDRESS) {
    throw new ConfigError('Invalid configuration:\n  TEMPORAL_ADDRESS: required in production mode (the embedded Temporal dev server is for development only)');
  }
  if (mode === 'production' && e.DEV_IDENTITY_PROVIDER === 'true') {
    throw new ConfigError('Invalid configuration:\n  DEV_IDENTITY_PROVIDER: the demo identity provider cannot be enabled in production mode');
  }
  if (mode === 'production' && (e.IDENTITY_PROVIDERS || e.IDENTITY_PROVIDERS_FILE) && !e.PUBLIC_BASE_URL) {
    throw new ConfigError('Invalid configuration:\n  PUBLIC_BASE_URL: required in production mode with identity providers (redirect URIs come from it, never from the Host header)');
  }
  if (e.SMS_GATEWAY_URL && !e.SMS_GATEWAY_SECRET) {
    throw new ConfigError('Invalid configuration:\n  SMS_GATEWAY_SECRET: required with SMS_GATEWAY_URL (delivery reports are checked against it)');
  }
  if (e.FACEBOOK_APP_SECRET && e.FACEBOOK_PAGE_TOKEN && (e.FACEBOOK_VERIFY_TOKEN ?? '').length < 16) {
    throw new ConfigError('Invalid configuration:\n  FACEBOOK_VERIFY_TOKEN: required with the Facebook page, at least 16 characters (anyone knowing it can subscribe the webhook)');
  }
  if (!e.GUICHET_MODE && e.NODE_ENV !== 'production' && e.DATABASE_URL && !isLocalDatabase(e.DATABASE_URL)) {
    throw new ConfigError('Invalid configuration:\n  GUICHET_MODE: set it explicitly (dev or production) when DATABASE_URL points outside this machine: dev mode would load demo data and keys into that database');
  }
  if (e.ATTACHMENTS_S3_BUCKET && !(e.ATTACHMENTS_S3_ACCESS_KEY_ID && e.ATTACHMENTS_S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError('Invalid configuration:\n  ATTACHMENTS_S3_ACCESS_KEY_ID, ATTACHMENTS_S3_SECRET_ACCESS_KEY: required with ATTACHMENTS_S3_BUCKET');
  }
  if (!!e.SMTP_TLS_KEY_FILE !== !!e.SMTP_TLS_CERT_FILE) {
    throw new ConfigError('Invalid configuration:\n  SMTP_TLS_KEY_FILE, SMTP_TLS_CERT_FILE: set both (STARTTLS needs the key and its certificate) or neither');
  }
  if (mode === 'production' && e.MAIL_DOMAIN && !e.SMTP_URL) {
    throw new ConfigError('Invalid configuration:\n  SMTP_URL: required in production mode with MAIL_DOMAIN (acknowledgements and notifications are sent through it)');
  }
  return {
    mode,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: e.DATA_DIR,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    logLevel: e.LOG_LEVEL,
    shutdown: { delaySeconds: e.SHUTDOWN_DELAY_SECONDS, graceSeconds: e.SHUTDOWN_GRACE_SECONDS },
    metrics: e.METRICS_TOKEN ? { token: e.METRICS_TOKEN } : mode === 'dev' ? { token: null } : null,
    temporalMetricsAddress: e.TEMPORAL_METRICS_ADDRESS ?? null,
    tracing: e.OTEL_EXPORTER_OTLP_ENDPOINT ? { endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: e.OTEL_SERVICE_NAME ?? null } : null,
    maxBodyBytes: e.MAX_BODY_BYTES,
    publicBaseUrl: e.PUBLIC_BASE_URL,
    temporal: { address: e.TEMPORAL_ADDRESS, namespace: e.TEMPORAL_NAMESPACE, cliPath: e.TEMPORAL_CLI_PATH, taskQueue: e.TEMPORAL_TASK_QUEUE },
    escalation: {
      acceptReminderMinutes: e.ESCALATION_ACCEPT_REMINDER_MINUTES,
      acceptAlertMinutes: e.ESCALATION_ACCEPT_ALERT_MINUTES,
      autoCloseDays: e.ESCALATION_AUTO_CLOSE_DAYS,
      maxTransfers: e.ESCALATION_MAX_TRANSFERS,
    },
    alsaceMoselle: e.ALSACE_MOSELLE === 'true',
    identity: {
      providersJson: e.IDENTITY_PROVIDERS,
      providersFile: e.IDENTITY_PROVIDERS_FILE,
      allowlist: e.IDENTITY_ISSUER_ALLOWLIST,
      devProvider: mode === 'dev' && e.DEV_IDENTITY_PROVIDER !== 'false',
      devProviderPort: e.DEV_IDENTITY_PORT,
      devProviderHost: e.DEV_IDENTITY_HOST,
    },
    trustProxy: e.TRUST_PROXY === 'true' ? (e.TRUST_PROXY_HOPS ?? 1) : 0,
    city: {
      name: e.CITY_NAME ?? 'Mairie',
      signature: e.CITY_SIGNATURE ?? (e.CITY_NAME ? `Le service relation usagers — ${e.CITY_NAME}` : 'Le service relation usagers de la ville'),
      contact: e.CITY_CONTACT ?? null,
    },
    cityColour: e.CITY_COLOR ?? DEFAULT_CITY_COLOUR,
    open311RedactContacts: e.OPEN311_REDACT_CONTACTS === 'true',
    openDataMinCount: e.OPEN_DATA_MIN_COUNT,
    webhooksAllowPrivateTargets: e.WEBHOOKS_ALLOW_PRIVATE_TARGETS ? e.WEBHOOKS_ALLOW_PRIVATE_TARGETS === 'true' : mode === 'dev',
    retention: { casesDays: e.RETENTION_CASES_DAYS, accessLogDays: e.RETENTION_ACCESS_LOG_DAYS, identityDays: e.RETENTION_IDENTITY_DAYS, inactiveDays: e.RETENTION_INACTIVE_DAYS, noticeDays: e.RETENTION_NOTICE_DAYS },
    attachmentMaxBytes: e.ATTACHMENT_MAX_BYTES,
    attachmentsS3: e.ATTACHMENTS_S3_BUCKET
      ? {
          bucket: e.ATTACHMENTS_S3_BUCKET,
          endpoint: e.ATTACHMENTS_S3_ENDPOINT,
          region: e.ATTACHMENTS_S3_REGION,
          accessKeyId: e.ATTACHMENTS_S3_ACCESS_KEY_ID ?? '',
          secretAccessKey: e.ATTACHMENTS_S3_SECRET_ACCESS_KEY ?? '',
          prefix: e.ATTACHMENTS_S3_PREFIX,
        }
      : null,
    mastodon: e.MASTODON_URL ? { url: e.MASTODON_URL, token: e.MASTODON_TOKEN ?? '', pollSeconds: e.MASTODON_POLL_SECONDS } : null,
    facebook:
      e.FACEBOOK_APP_SECRET && e.FACEBOOK_PAGE_TOKEN
        ? { appSecret: e.FACEBOOK_APP_SECRET, verifyToken: e.FACEBOOK_VERIFY_TOKEN ?? '', pageToken: e.FACEBOOK_PAGE_TOKEN, graphUrl: e.FACEBOOK_GRAPH_URL }
        : null,
    sms: e.SMS_GATEWAY_URL ? { url: e.SMS_GATEWAY_URL, token: e.SMS_GATEWAY_TOKEN ?? '', secret: e.SMS_GATEWAY_SECRET ?? '' } : null,
    mail:
      e.MAIL_DOMAIN || mode === 'dev'
        ? {
            domain: e.MAIL_DOMAIN ?? 'guichet.localhost',
            from: e.MAIL_FROM ?? `Guichet <guichet@${e.MAIL_DOMAIN ?? 'guichet.localhost'}>`,
            smtpUrl: e.SMTP_URL,
            listenPort: e.SMTP_PORT === '' ? null : e.SMTP_PORT,
            listenHost: e.SMTP_HOST,
            allowedClients: e.SMTP_ALLOWED_CLIENTS.split(',').map((x) => x.trim()).filter(Boolean),
            maxClients: e.SMTP_MAX_CLIENTS,
            maxConnectionsPerClient: e.SMTP_MAX_CONNECTIONS_PER_CLIENT,
            tls: e.SMTP_TLS_KEY_FILE && e.SMTP_TLS_CERT_FILE ? { keyFile: e.SMTP_TLS_KEY_FILE, certFile: e.SMTP_TLS_CERT_FILE } : null,
            trustedAuthservId: e.MAIL_TRUSTED_AUTHSERV_ID ?? null,
            defaultRequestTypeCode: e.INBOUND_DEFAULT_REQUEST_TYPE,
            autoRepliesPerSenderPerHour: e.AUTO_REPLIES_PER_SENDER_PER_HOUR,
          }
        : null,
  };
}

/** A database on this machine (loopback or a Unix socket): the only kind dev mode may assume is a developer's. */
function isLocalDatabase(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === '' || host === 'localhost' || host === '::1' || /^127\./.test(host);
}
