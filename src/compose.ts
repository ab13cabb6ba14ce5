import { apiKeyRepository } from '../adapters/postgres/api-key-repository.js';
import { DEFAULT_RETENTION_PERIODS } from '../adapters/postgres/retention.js';
import type { Sql } from '../adapters/postgres/client.js';
import { postgresStore } from '../adapters/postgres/store.js';
import { DEFAULT_CALENDAR, type BusinessCalendar } from './core/deadlines/business-time.js';
import type { CoreDeps, FileStorage } from './core/ports.js';
import { createApp } from './http/app.js';
import { DEFAULT_LIMITS, type HttpDeps, type RateLimits } from './http/context.js';
import path from 'node:path';
import { filesystemStorage } from '../adapters/storage/filesystem.js';
import { emailChannel, type EmailChannelConfig } from '../adapters/channels/email/email-inbound.js';
import { prometheusMetrics } from '../adapters/metrics/prometheus.js';
import type { EmailSender } from '../adapters/notify/email-sender.js';
import { webhookDispatcher } from '../adapters/webhooks/webhook-dispatcher.js';
import { notificationDispatcher } from '../adapters/notify/notification-dispatcher.js';
import { verifyGatewaySignature, type SmsGateway } from '../adapters/notify/sms-gateway.js';
import { parseFacebookWebhook, verifyHubSignature } from '../adapters/channels/social/facebook.js';
import { detectContentType } from '../adapters/storage/content-type.js';
import { socialChannel } from '../adapters/channels/social/social-inbound.js';
import type { SocialNetwork } from '../adapters/channels/social/social-network.js';
import { MAX_ATTACHMENT_BYTES } from './core/attachments/attachment-policy.js';
import { createIdentityService } from '../adapters/identity/identity-service.js';
import type { IdentityConfig } from '../adapters/identity/provider-config.js';
import { uuidv7 } from './ids.js';
import { letterPdf } from '../adapters/notify/letter-pdf.js';
import { DEFAULT_CITY, type CityWords } from './core/notifications/templates-fr.js';
import type { Logger } from './logger.js';
import { DEFAULT_CITY_COLOUR } from './web/theme.js';

/** The core's dependencies from the adapters: the API and the case worker are built on the same. */
export function composeCore(
  sql: Sql,
  opts: {
    calendar?: BusinessCalendar | undefined;
    attachmentsDir?: string | undefined;
    /** Where attachments live when not on this machine's disk (an S3-compatible bucket shared by the replicas). */
    files?: FileStorage | undefined;
    publicBaseUrl?: string | undefined;
    city?: Partial<CityWords> | undefined;
    clock?: { now(): Date } | undefined;
    /** WEBHOOKS_ALLOW_PRIVATE_TARGETS: receivers on this machine or a private network (development, tests). */
    webhookTargets?: { allowPrivate: boolean } | undefined;
  } = {},
): CoreDeps {
  return {
    store: postgresStore(sql),
    clock: opts.clock ?? { now: () => new Date() },
    newId: () => uuidv7(),
    calendar: opts.calendar ?? DEFAULT_CALENDAR,
    files: opts.files ?? filesystemStorage(opts.attachmentsDir ?? path.resolve('.data', 'attachments')),
    printer: { pdf: letterPdf },
    webhookTargets: { allowPrivate: opts.webhookTargets?.allowPrivate ?? false },
    city: { ...DEFAULT_CITY, ...opts.city, publicBaseUrl: (opts.publicBaseUrl ?? 'http://localhost:8080').replace(/\/+$/, '') },
  };
}

/** Wires the adapters into the core and the HTTP edge. Used by main, the tests and the benchmarks. */
export function composeApp(
  sql: Sql,
  logger: Logger,
  opts: {
    maxBodyBytes: number;
    temporalReady?: () => Promise<boolean>;
    /** True once the process was told to stop: readiness answers 503 so the load balancer sends nothing new. */
    stopping?: () => boolean;
    calendar?: BusinessCalendar;
    identity?: IdentityConfig;
    publicBaseUrl?: string;
    /** The core's clock (tests of exact dates fix it). */
    clock?: { now(): Date };
    /** The city's name, signature and contact in every message. */
    city?: Partial<CityWords>;
    /** OpenTelemetry is registered (OTEL_EXPORTER_OTLP_ENDPOINT): a span per request. */
    tracing?: boolean;
    /** The pages' colour (CITY_COLOR). */
    web?: { colour: string };
    /** Open311 (OPEN311_REDACT_CONTACTS); masking is on unless told. */
    open311?: { redactContacts: boolean };
    /** Open data and the published quality of service (OPEN_DATA_MIN_COUNT): counts under it are withheld. */
    openData?: { minCount: number };
    /** WEBHOOKS_ALLOW_PRIVATE_TARGETS: receivers on this machine or a private network (development, tests). */
    webhookTargets?: { allowPrivate: boolean };
    /** The RGPD lifecycle's periods (RETENTION_*_DAYS). */
    rgpd?: { casesDays: number; accessLogDays: number; identityDays: number; inactiveDays: number; noticeDays: number };
    /** Serve /metrics (with this bearer token when not null). */
    metrics?: { token: string | null };
    /** The dispatcher's lease and parallelism (tests shorten the lease). */
    dispatcher?: { leaseSeconds?: number; concurrency?: number };
    /** true: one proxy in front; a number: that many. */
    trustProxy?: boolean | number;
    limits?: Partial<RateLimits>;
    /** Where attachment files are kept (DATA_DIR/attachments), unless `files` says otherwise. */
    attachmentsDir?: string;
    files?: FileStorage;
    maxAttachmentBytes?: number;
    /** Outgoing mail and the email channel's settings; without it, no email channel. */
    email?: { sender: EmailSender; config: Omit<EmailChannelConfig, 'maxAttachmentBytes' | 'publicBaseUrl'> };
    /** The SMS gateway and the secret its delivery reports are signed with. */
    sms?: { gateway: SmsGateway; webhookSecret: string };
    /** Social networks behind the one port, and the Facebook page's webhook secrets. */
    social?: { networks: SocialNetwork[]; facebook: { appSecret: string; verifyToken: string } | null; defaultRequestTypeCode: string };
  },
) {
  const core = composeCore(sql, opts);
  const keys = apiKeyRepository(sql);
  const identity = createIdentityService(sql, opts.identity ?? { providers: [], allowlist: [], warnings: [] }, {
    publicBaseUrl: opts.publicBaseUrl ?? 'http://localhost:8080',
  });
  const maxAttachmentBytes = opts.maxAttachmentBytes ?? MAX_ATTACHMENT_BYTES;
  const metrics = opts.metrics ? prometheusMetrics(sql) : null;
  // Another process changed the catalogue: this one forgets its cached copy at once (migration 018's triggers).
  void sql
    .listen('guichet_catalogue_changed', () => core.store.catalogue.forget?.(), () => core.store.catalogue.forget?.())
    .catch((e: Error) => logger.warn({ event: 'catalogue_listen_failed', err: e.name }, 'catalogue changes not heard; cache TTL applies'));
  const mail = opts.email;
  const webhooks = webhookDispatcher({
    webhooks: core.store.webhooks,
    clock: core.clock,
    logger,
    allowPrivateTargets: core.webhookTargets?.allowPrivate ?? false,
    onDisabled: mail
      ? (d) =>
          mail.sender.send({
            to: d.contactEmail,
            subject: `[${core.city.name}] Abonnement webhook désactivé`,
            text: [
              'Bonjour,',
              '',
              `L’abonnement webhook ${d.subscriptionId} vers ${d.url} a été désactivé : ses envois échouent depuis plus de trois jours.`,
              `Raison : ${d.reason}`,
              '',
              'Les événements sont conservés : une fois votre récepteur rétabli, rejouez les livraisons (POST /v1/webhook-subscriptions/{id}/replay) et l’abonnement reprend.',
              '',
              core.city.signature,
            ].join('\n'),
            messageId: `<webhook-disabled-${d.subscriptionId}@${mail.config.domain}>`,
            replyTo: `no-reply@${mail.config.domain}`,
            automatic: true,
          })
      : undefined,
  });
  // Deliveries committed by any process wake this one's dispatcher (migration 024's notification); polling stays as a safety net.
  void sql.listen('guichet_webhooks', () => webhooks.wake()).catch((e: Error) => logger.warn({ event: 'webhooks_listen_failed', err: e.name }, 'webhook wake-ups not heard; polling only'));
  const keyListeners: (() => void)[] = [];
  const deps: HttpDeps = {
    metrics: metrics && { ...metrics, token: opts.metrics!.token },
    web: { colour: opts.web?.colour ?? DEFAULT_CITY_COLOUR },
    open311: { redactContacts: opts.open311?.redactContacts ?? true },
    openData: { minCount: opts.openData?.minCount ?? 10 },
    rgpd: opts.rgpd ?? { ...DEFAULT_RETENTION_PERIODS },
    webhooks,
    tracing: opts.tracing ?? false,
    core,
    authenticate: (key) => keys.actorForKey(key),
    // This process's own changes (the administration API) are heard before the next request, not a notification later.
    keysChanged: () => keyListeners.forEach((l) => l()),
    onKeysChanged: (listener) => {
      keyListeners.push(listener);
      // A connection of its own, outside the pool (postgres.js), notified by the triggers of migration 015.
      void sql.listen('guichet_keys_changed', () => listener(), () => listener()).catch((e: Error) => logger.warn({ event: 'keys_listen_failed', err: e.name }, 'key changes not heard; cache TTL applies'));
    },
    checkReady: async (): Promise<Record<string, string>> => {
      if (opts.stopping?.()) return { process: 'stopping' };
      const database = await sql`select 1`.then(
        () => 'ok',
        () => 'unreachable',
      );
      if (!opts.temporalReady) return { database };
      const temporal = (await opts.temporalReady().catch(() => false)) ? 'ok' : 'unreachable';
      return { database, temporal };
    },
    logger,
    maxBodyBytes: opts.maxBodyBytes,
    identity,
    trustProxyHops: typeof opts.trustProxy === 'number' ? opts.trustProxy : opts.trustProxy ? 1 : 0,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    maxAttachmentBytes,
    email: opts.email
      ? emailChannel({
          core,
          sender: opts.email.sender,
          limiter: identity.limiter,
          logger,
          config: { ...opts.email.config, publicBaseUrl: identity.publicBaseUrl, maxAttachmentBytes },
        })
      : null,
    // Always there: without email or SMS configured, notifications become letters for the mail room.
    notifications: notificationDispatcher({
      core,
      email: opts.email?.sender ?? null,
      sms: opts.sms?.gateway ?? null,
      logger,
      domain: opts.email?.config.domain ?? 'guichet.localhost',
      ...(metrics ? { onHandled: metrics.notificationHandled } : {}),
      ...opts.dispatcher,
    }),
    smsWebhook: opts.sms ? { verify: (raw, signature) => verifyGatewaySignature(opts.sms!.webhookSecret, raw, signature) } : null,
    detectContentType,
    social: opts.social
      ? {
          channel: socialChannel({ core, networks: opts.social.networks, logger, defaultRequestTypeCode: opts.social.defaultRequestTypeCode, publicBaseUrl: identity.publicBaseUrl }),
          facebook: opts.social.facebook
            ? {
                verifyToken: opts.social.facebook.verifyToken,
                verify: (raw, signature) => verifyHubSignature(opts.social!.facebook!.appSecret, raw, signature),
                parse: parseFacebookWebhook,
              }
            : null,
        }
      : null,
  };
  return { app: createApp(deps), deps };
}
