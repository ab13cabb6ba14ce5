import { serve } from '@hono/node-server';
import { Client, Connection } from '@temporalio/client';
import { Runtime } from '@temporalio/worker';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Sql } from '../adapters/postgres/client.js';
import { DEMO_AGENTS, demoAgentEmail, seedCatalogue, seedDemoAgents, seedDemoMailboxes } from '../adapters/postgres/seed.js';
import { outboxRelay } from '../adapters/temporal/outbox-relay.js';
import { resolveTemporal } from '../adapters/temporal/resolve-temporal.js';
import { createCaseWorker } from '../adapters/temporal/worker.js';
import { startTracing, temporalClientInterceptors } from '../adapters/telemetry/tracing.js';
import type { Mimic } from '../adapters/identity/franceconnect-mimic.js';
import { IdentityConfigError, parseIdentityConfig, type IdentityConfig, type ProviderInput } from '../adapters/identity/provider-config.js';
import { composeApp, composeCore } from './compose.js';
import { housekeeping } from '../adapters/postgres/housekeeping.js';
import { statisticsCompaction } from '../adapters/postgres/statistics-compaction.js';
import { errorKind } from './log-safe.js';
import { startSmtpListener } from '../adapters/channels/email/smtp-listener.js';
import { emailSender } from '../adapters/notify/email-sender.js';
import { httpSmsGateway } from '../adapters/notify/sms-gateway.js';
import { facebookPage } from '../adapters/channels/social/facebook.js';
import { mastodonAccount } from '../adapters/channels/social/mastodon.js';
import { createCase } from './core/cases/create-case.js';
import { DEMO_RESIDENTS } from './demo/identity.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { DEFAULT_CALENDAR } from './core/deadlines/business-time.js';
import { openDatabase } from './database.js';
import { createLogger, type Logger } from './logger.js';
import { HEARTBEAT_FILE, HEARTBEAT_MAX_AGE_MS } from './healthcheck.js';
import { s3Storage } from '../adapters/storage/s3.js';

/** `npm start` runs everything in one process; `npm run api` and `npm run worker` split it for production. */
type Role = 'all' | 'api' | 'worker';

async function loadDemoData(config: Config, sql: Sql, log: Logger, seedCases: (residentIndex: number) => Promise<void>) {
  const file = path.resolve(config.dataDir, 'demo-credentials.json');
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from api_keys`;
  const n = row?.n ?? 0;
  await seedCatalogue(sql);
  if (n === 0) {
    const apiKeys = await seedDemoAgents(sql);
    await seedDemoMailboxes(sql);
    for (const i of DEMO_RESIDENTS.keys()) await seedCases(i);
    await mkdir(config.dataDir, { recursive: true });
    await writeFile(file, JSON.stringify({ apiKeys }, null, 2) + '\n', { mode: 0o600 });
    log.info({ file }, 'demo catalogue, agents and API keys loaded; keys written to the credentials file');
  }
  return file;
}

/**
 * Dev mode: a FranceConnect-like provider (oidc-provider, as in identity.md) on a loopback port with the
 * demo residents, so a newcomer can sign in. loadConfig refuses it in production mode.
 */
async function startDevIdentityProvider(config: Config, baseUrl: string): Promise<{ mimic: Mimic; input: ProviderInput }> {
  // Loaded only here: a production process never even imports the demo provider.
  const { startMimic } = await import('../adapters/identity/franceconnect-mimic.js');
  const mimic = await startMimic({
    flavour: 'franceconnect',
    port: config.identity.devProviderPort,
    host: config.identity.devProviderHost,
    accounts: DEMO_RESIDENTS,
    clients: [
      {
        clientId: 'guichet-dev',
        clientSecret: 'guichet-dev-secret-not-for-production',
        redirectUris: [`${baseUrl}/auth/callback/franceconnect`],
        postLogoutRedirectUris: [`${baseUrl}/auth/logged-out`],
      },
    ],
  });
  return {
    mimic,
    input: {
      id: 'franceconnect',
      kind: 'franceconnect',
      label: 'FranceConnect (démo)',
      issuer: mimic.issuer,
      clientId: 'guichet-dev',
      clientSecret: 'guichet-dev-secret-not-for-production',
      clientAuth: 'client_secret_post',
      idTokenAlg: 'ES256',
    },
  };
}

/**
 * Dev mode: a ProConnect-like provider with the demo agents (one per role), so a newcomer can open the agent
 * console (/agent). On any free loopback port: the console's sign-in link reaches it through Guichet.
 */
async function startDevAgentProvider(baseUrl: string): Promise<{ mimic: Mimic; input: ProviderInput }> {
  const { startMimic } = await import('../adapters/identity/franceconnect-mimic.js');
  const mimic = await startMimic({
    flavour: 'proconnect',
    port: 0,
    accounts: DEMO_AGENTS.map((a) => ({
      id: a.id,
      label: `${a.displayName} — ${a.role}${a.directorateId ? ` (${a.directorateId})` : ''}`,
      claims: { given_name: a.displayName.split(' ')[0], usual_name: a.displayName.split(' ').slice(1).join(' ') || a.displayName, email: demoAgentEmail(a.id), uid: a.id, siret: '21750001600019', idp_id: 'idp-ville-demo' },
    })),
    clients: [
      {
        clientId: 'guichet-dev-agents',
        clientSecret: 'guichet-dev-agents-secret-not-for-production',
        redirectUris: [`${baseUrl}/auth/callback/proconnect`],
        postLogoutRedirectUris: [`${baseUrl}/auth/logged-out`],
      },
    ],
  });
  return {
    mimic,
    input: {
      id: 'proconnect',
      kind: 'proconnect',
      label: 'ProConnect (démo)',
      issuer: mimic.issuer,
      clientId: 'guichet-dev-agents',
      clientSecret: 'guichet-dev-agents-secret-not-for-production',
      clientAuth: 'client_secret_post',
      idTokenAlg: 'ES256',
      idpAllowlist: ['idp-ville-demo'],
    },
  };
}

async function main() {
  const role = (process.argv[2] ?? 'all') as Role;
  if (!['all', 'api', 'worker'].includes(role)) throw new ConfigError('usage: main.ts [all|api|worker]');
  const config = loadConfig(process.env);
  const log = createLogger(config.logLevel);
  const baseUrl = (config.publicBaseUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
  // Checked before anything starts: a wrong provider stops start-up with a message naming it.
  let identity: IdentityConfig = parseIdentityConfig(config.identity, config.mode);
  let devProvider: Awaited<ReturnType<typeof startDevIdentityProvider>> | null = null;
  let devAgentProvider: Awaited<ReturnType<typeof startDevAgentProvider>> | null = null;
  if (config.identity.devProvider && (role === 'all' || role === 'api') && !identity.providers.some((p) => p.id === 'franceconnect')) {
    devProvider = await startDevIdentityProvider(config, baseUrl);
    const agents = identity.providers.some((p) => p.role === 'agent') ? null : await startDevAgentProvider(baseUrl);
    devAgentProvider = agents;
    identity = parseIdentityConfig(
      { ...config.identity, allowlist: [...identity.allowlist, devProvider.mimic.issuer, ...(agents ? [agents.mimic.issuer] : [])].join(',') },
      config.mode,
      [devProvider.input, ...(agents ? [agents.input] : [])],
    );
  }
  for (const w of identity.warnings) log.warn({ warning: w }, 'identity configuration');
  const { server: db, sql } = await openDatabase(config, log, config.databasePoolSize);
  const temporal = await resolveTemporal({
    address: config.temporal.address,
    cliPath: config.temporal.cliPath,
    dbFile: path.resolve(config.dataDir, 'temporal', 'temporal.db'),
    tryContainers: false,
    logger: log,
  });
  const stops: (() => Promise<unknown>)[] = [];
  // Tracing first, so the relay's client and the worker are built with its interceptors; flushed last.
  const tracing = config.tracing ? startTracing({ endpoint: config.tracing.endpoint, serviceName: config.tracing.serviceName ?? `guichet-${role}` }) : null;
  // Set on SIGTERM/SIGINT: readiness turns 503 at once, before anything stops.
  let stopping = false;

  const calendar = { ...DEFAULT_CALENDAR, alsaceMoselle: config.alsaceMoselle };
  // One store for the attachments of every process: a bucket when configured, else this machine's disk.
  const files = config.attachmentsS3 ? s3Storage(config.attachmentsS3) : undefined;
  if (role === 'all' || role === 'worker') {
    // The SDK's own metrics (workflow and activity task latencies, poller and slot usage), installed before any
    // connection exists: the runtime is process-wide.
    if (config.temporalMetricsAddress) {
      Runtime.install({ telemetryOptions: { metrics: { prometheus: { bindAddress: config.temporalMetricsAddress } } } });
    }
    const workerCore = composeCore(sql, { calendar, attachmentsDir: path.resolve(config.dataDir, 'attachments'), files, publicBaseUrl: baseUrl, city: config.city });
    void sql.listen('guichet_catalogue_changed', () => workerCore.store.catalogue.forget?.(), () => workerCore.store.catalogue.forget?.()).catch(() => {});
    // Temporal may be down when we start: the worker keeps trying to connect instead of failing the process.
    let current: Awaited<ReturnType<typeof createCaseWorker>> | null = null;
    let running: Promise<void> = Promise.resolve();
    let workerStopping = false;
    const connectLoop = async () => {
      while (!workerStopping) {
        try {
          current = await createCaseWorker({ address: temporal.address, namespace: config.temporal.namespace, taskQueue: config.temporal.taskQueue, core: workerCore, tracing: !!tracing });
          log.info({ taskQueue: config.temporal.taskQueue }, 'case worker running');
          running = current.worker.run();
          return;
        } catch (e) {
          log.warn({ err: (e as Error).name }, 'Temporal unreachable; the case worker retries in 5 s');
          await new Promise((r) => setTimeout(r, 5000));
        }
      }
    };
    const connecting = connectLoop();
    // The image's health check of a worker (which serves no HTTP): a file kept fresh while the worker runs.
    const heartbeatFile = path.resolve(config.dataDir, HEARTBEAT_FILE);
    const beat = () => {
      if (current?.worker.getState() !== 'RUNNING') return;
      mkdir(config.dataDir, { recursive: true })
        .then(() => writeFile(heartbeatFile, `${new Date().toISOString()}\n`))
        .catch((err: Error) => log.warn({ event: 'heartbeat_failed', ...errorKind(err) }, 'worker heartbeat not written'));
    };
    const heartbeat = setInterval(beat, HEARTBEAT_MAX_AGE_MS / 4);
    setTimeout(beat, 1000);
    stops.push(async () => {
      clearInterval(heartbeat);
      workerStopping = true;
      await connecting;
      if (current) {
        current.worker.shutdown();
        await running;
        await current.connection.close();
      }
    });
  }

  if (role === 'all' || role === 'api') {
    // Lazy: the API starts and takes cases while Temporal is down; the relay delivers when it is back.
    const connection = Connection.lazy({ address: temporal.address });
    const client = new Client({ connection, namespace: config.temporal.namespace, ...(tracing ? { interceptors: temporalClientInterceptors() } : {}) });
    const relay = outboxRelay({ sql, client, taskQueue: config.temporal.taskQueue, calendar, policy: config.escalation, logger: log });
    relay.start();
    stops.push(async () => {
      await relay.stop();
      await connection.close();
    });

    let credentials: string | null = null;
    const sender = config.mail
      ? emailSender({
          from: config.mail.from,
          loopId: `guichet@${config.mail.domain}`,
          ...(config.mail.smtpUrl ? { smtpUrl: config.mail.smtpUrl } : { outboxDir: path.resolve(config.dataDir, 'outbox') }),
        })
      : null;
    const mastodon = config.mastodon ? mastodonAccount({ baseUrl: config.mastodon.url, accessToken: config.mastodon.token }) : null;
    const { app, deps } = composeApp(sql, log, {
      maxBodyBytes: config.maxBodyBytes,
      calendar,
      identity,
      publicBaseUrl: baseUrl,
      city: config.city,
      web: { colour: config.cityColour },
      open311: { redactContacts: config.open311RedactContacts },
      openData: { minCount: config.openDataMinCount },
      webhookTargets: { allowPrivate: config.webhooksAllowPrivateTargets },
      rgpd: config.retention,
      tracing: !!tracing,
      trustProxy: config.trustProxy,
      attachmentsDir: path.resolve(config.dataDir, 'attachments'),
      ...(files ? { files } : {}),
      maxAttachmentBytes: config.attachmentMaxBytes,
      ...(config.mail && sender
        ? {
            email: {
              sender,
              config: {
                domain: config.mail.domain,
                defaultRequestTypeCode: config.mail.defaultRequestTypeCode,
                autoRepliesPerSenderPerHour: config.mail.autoRepliesPerSenderPerHour,
                trustedAuthservId: config.mail.trustedAuthservId,
              },
            },
          }
        : {}),
      ...(config.sms
        ? {
            sms: {
              gateway: httpSmsGateway({ url: config.sms.url, token: config.sms.token, statusCallbackUrl: `${baseUrl}/webhooks/sms-gateway` }),
              webhookSecret: config.sms.secret,
            },
          }
        : {}),
      ...(mastodon || config.facebook
        ? {
            social: {
              networks: [
                ...(mastodon ? [mastodon.network] : []),
                ...(config.facebook ? [facebookPage({ graphUrl: config.facebook.graphUrl, pageAccessToken: config.facebook.pageToken })] : []),
              ],
              facebook: config.facebook ? { appSecret: config.facebook.appSecret, verifyToken: config.facebook.verifyToken } : null,
              defaultRequestTypeCode: config.mail?.defaultRequestTypeCode ?? 'REL-INFORMATION',
            },
          }
        : {}),
      stopping: () => stopping,
      ...(config.metrics ? { metrics: config.metrics } : {}),
      temporalReady: async () => {
        await client.withDeadline(Date.now() + 2000, () => connection.healthService.check({}));
        return true;
      },
    });
    if (mastodon && deps.social) {
      // Mentions of the city's account are polled; a failed round is simply tried again at the next one.
      const every = config.mastodon!.pollSeconds * 1000;
      const poll = setInterval(() => {
        mastodon.pollOnce(deps.social!.channel).catch((err: Error) => log.warn({ event: 'mastodon_poll_failed', ...errorKind(err) }, 'Mastodon poll failed'));
      }, every);
      stops.push(async () => clearInterval(poll));
    }
    // Residents hear of their cases on their channel, staff of their alerts: sent from this process, claimed under leases.
    deps.notifications.start();
    stops.push(() => deps.notifications.stop());
    deps.webhooks.start();
    stops.push(() => deps.webhooks.stop());
    // Once per installation however many API processes run (an advisory lock and the last run's time).
    const cleaner = housekeeping({ sql, files: deps.core.files, logger: log, rgpd: config.retention });
    cleaner.start();
    stops.push(() => cleaner.stop());
    const statisticsFolder = statisticsCompaction({ sql, logger: log });
    statisticsFolder.start();
    stops.push(() => statisticsFolder.stop());
    if (config.mode === 'dev') {
      const counter = { principalId: 'demo-seed', role: 'counter_agent' as const, agentId: null, directorateId: null };
      credentials = await loadDemoData(config, sql, log, async (i) => {
        const r = DEMO_RESIDENTS[i]!.counterRecord;
        if (!r) return;
        await createCase(deps.core, counter, { channel: 'counter', requestTypeCode: 'VOI-NID-POULE', description: 'Nid-de-poule devant l’école (démo)', resident: r });
        await createCase(deps.core, counter, { channel: 'phone', requestTypeCode: 'PRO-BAC', description: 'Bac jaune cassé (démo)', resident: r });
      });
    }
    if (devProvider) stops.push(() => devProvider.mimic.close());
    if (devAgentProvider) stops.push(() => devAgentProvider.mimic.close());
    let smtp: Awaited<ReturnType<typeof startSmtpListener>> | null = null;
    if (deps.email && config.mail?.listenPort != null) {
      smtp = await startSmtpListener({
        port: config.mail.listenPort,
        host: config.mail.listenHost,
        allowedClients: config.mail.allowedClients,
        maxClients: config.mail.maxClients,
        maxPerClient: config.mail.maxConnectionsPerClient,
        tls: config.mail.tls ? { key: await readFile(config.mail.tls.keyFile), cert: await readFile(config.mail.tls.certFile) } : null,
        maxBytes: config.attachmentMaxBytes * 3,
        channel: deps.email,
        logger: log,
      });
      stops.unshift(() => smtp!.close());
      log.info({ port: smtp.port }, 'SMTP listener ready');
    }
    if (sender) stops.push(async () => sender.close());
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
      const base = config.publicBaseUrl ?? `http://localhost:${info.port}`;
      log.info({ port: info.port, mode: config.mode, database: db.source, temporal: temporal.source }, 'Guichet is listening');
      process.stdout.write(
        `\nGuichet is up (${config.mode} mode, PostgreSQL from ${db.source}, Temporal from ${temporal.source}).\n` +
          `  API docs:     ${base}/docs\n  OpenAPI:      ${base}/openapi.json\n` +
          (credentials ? `  Demo API keys: ${credentials}\n` : '') +
          (smtp ? `  Email in:     SMTP on port ${smtp.port} (mail to anything@${config.mail!.domain})${config.mail!.smtpUrl ? '' : `; outgoing mail in ${path.resolve(config.dataDir, 'outbox')}`}\n` : '') +
          (devProvider ? `  Residents' pages: ${base}/ (sign in at ${base}/espace with the demo FranceConnect)\n` : '') +
          (devAgentProvider ? `  Agent console: ${base}/agent (demo ProConnect, one agent per role)\n` : '') +
          '\n',
      );
    });
    // The listener closes first: requests already accepted finish (within the grace period), idle keep-alive
    // connections are closed, new connections are refused — then the loops, the worker and the database stop.
    const http = server as unknown as import('node:http').Server;
    stops.unshift(
      () =>
        new Promise<void>((resolve) => {
          const force = setTimeout(() => {
            log.warn({ graceSeconds: config.shutdown.graceSeconds }, 'requests still running at the end of the grace period: closed');
            http.closeAllConnections();
            resolve();
          }, config.shutdown.graceSeconds * 1000);
          http.close(() => {
            clearTimeout(force);
            resolve();
          });
          http.closeIdleConnections();
        }),
    );
  }

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const began = Date.now();
    log.info({ delaySeconds: config.shutdown.delaySeconds }, 'shutting down: not ready any more');
    // Time for a load balancer to see readiness fail and stop sending (SHUTDOWN_DELAY_SECONDS, for Kubernetes).
    if (config.shutdown.delaySeconds > 0) await new Promise((r) => setTimeout(r, config.shutdown.delaySeconds * 1000));
    for (const s of stops) await s().catch(() => {});
    await sql.end({ timeout: 5 });
    await temporal.stop();
    await db.stop();
    await tracing?.shutdown().catch(() => {});
    log.info({ drainMs: Date.now() - began }, 'stopped');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof IdentityConfigError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`Guichet failed to start: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
