import { OpenAPIHono } from '@hono/zod-openapi';
import type { Actor } from '../core/actor.js';
import { DomainError } from '../core/errors.js';
import type { CoreDeps } from '../core/ports.js';
import type { Logger } from '../logger.js';
import type { IdentityService } from '../../adapters/identity/identity-service.js';
import type { EmailChannel } from '../../adapters/channels/email/email-inbound.js';
import type { WebhookDispatcher } from '../../adapters/webhooks/webhook-dispatcher.js';
import type { SocialChannel } from '../../adapters/channels/social/social-inbound.js';
import type { NotificationDispatcher } from '../../adapters/notify/notification-dispatcher.js';
import { zodInvalidFields } from './problem.js';

export interface HttpDeps {
  core: CoreDeps;
  /** Resolves a bearer API key to the actor it stands for, or null. */
  authenticate(key: string): Promise<Actor | null>;
  /** Readiness of what the API depends on. */
  checkReady(): Promise<Record<string, 'ok' | string>>;
  logger: Logger;
  maxBodyBytes: number;
  /** Sign-in providers, sessions, bearer tokens and rate limits. */
  identity: IdentityService;
  /** How many reverse proxies of the city's stand in front: the client address is that many X-Forwarded-For entries from the right (0: the socket's peer). */
  trustProxyHops: number;
  limits: RateLimits;
  maxAttachmentBytes: number;
  /** The email channel (null where no mail is configured). */
  email: EmailChannel | null;
  /** Sends residents' notifications and staff alerts; receives the SMS gateway's delivery reports. */
  notifications: NotificationDispatcher;
  /** Calls back whenever an API key or an agent changes (in any process), so cached keys are dropped. */
  onKeysChanged?: (listener: () => void) => void;
  /** Says this process changed a key or an agent: its cached keys are dropped now. */
  keysChanged?: () => void;
  /** Checks the SMS gateway's signature on a delivery report (null: no gateway configured). */
  smsWebhook: { verify(rawBody: string, signature: string | undefined): boolean } | null;
  /** Social networks: the channel, and the Facebook page's webhook (its checks and its parsing) when there is one. */
  social: {
    channel: SocialChannel;
    facebook: {
      verifyToken: string;
      verify(rawBody: string, signature: string | undefined): boolean;
      parse(body: unknown, receivedAt: Date): Parameters<SocialChannel['ingest']>[0][];
    } | null;
  } | null;
  /**
   * Prometheus metrics at /metrics (null: not served — production without METRICS_TOKEN). With a token, a scrape
   * must send it as a bearer.
   */
  metrics: { observeRequest(method: string, route: string, status: number, seconds: number): void; render(): Promise<string>; contentType: string; token: string | null } | null;
  /** OpenTelemetry is registered in this process: each request gets a span (none of that work otherwise). */
  tracing?: boolean;
  /** The residents' pages: the city's colour (links, buttons, the header's rule). */
  web: { colour: string };
  /** Sends the webhook deliveries (started by the API process). */
  webhooks: WebhookDispatcher;
  /** Open311's public lists: whether emails and phone numbers in descriptions are masked. */
  open311: { redactContacts: boolean };
  openData: { minCount: number };
  /** The RGPD lifecycle's periods (days), as configured: the processing register states them. */
  rgpd: { casesDays: number; accessLogDays: number; identityDays: number; inactiveDays: number; noticeDays: number };
  /** The type of an uploaded file from its bytes (never from its name). */
  detectContentType(bytes: Uint8Array): Promise<string | null>;
}

export interface RateLimits {
  /** Anonymous requests filed per address per hour. */
  publicCasesPerHour: number;
  /** Wrong reference/tracking-code pairs per address per 15 minutes before 429. */
  trackingFailuresPer15Min: number;
  /** What one signed-in resident may write per hour: requests filed, messages, uploads. */
  residentCasesPerHour: number;
  residentMessagesPerHour: number;
  residentUploadsPerHour: number;
}

export const DEFAULT_LIMITS: RateLimits = { publicCasesPerHour: 10, trackingFailuresPer15Min: 10, residentCasesPerHour: 20, residentMessagesPerHour: 60, residentUploadsPerHour: 60 };

export type AppEnv = { Variables: { actor: Actor; requestId: string; logger: Logger; problemBase: string } };

export type App = OpenAPIHono<AppEnv>;

/** Every router uses the same validation hook, so every invalid input becomes the same problem. */
export function newRouter(): App {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new DomainError('validation_failed', 'The request is not valid', { invalidFields: zodInvalidFields(result.error) });
      }
    },
  });
}
