import { serve } from '@hono/node-server';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Sql } from '../adapters/postgres/client.js';
import { seedCatalogue, seedDemoAgents } from '../adapters/postgres/seed.js';
import { composeApp } from './compose.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './database.js';
import { createLogger, type Logger } from './logger.js';

async function loadDemoData(config: Config, sql: Sql, log: Logger) {
  const file = path.resolve(config.dataDir, 'demo-credentials.json');
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from api_keys`;
  const n = row?.n ?? 0;
  await seedCatalogue(sql);
  if (n === 0) {
    const apiKeys = await seedDemoAgents(sql);
    await mkdir(config.dataDir, { recursive: true });
    await writeFile(file, JSON.stringify({ apiKeys }, null, 2) + '\n', { mode: 0o600 });
    log.info({ file }, 'demo catalogue, agents and API keys loaded; keys written to the credentials file');
  }
  return file;
}

async function main() {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(config.logLevel);
  const { server: db, sql } = await openDatabase(config, log, config.databasePoolSize);
  let credentials: string | null = null;
  if (config.mode === 'dev') credentials = await loadDemoData(config, sql, log);

  const { app } = composeApp(sql, log, { maxBodyBytes: config.maxBodyBytes });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const base = config.publicBaseUrl ?? `http://localhost:${info.port}`;
    log.info({ port: info.port, mode: config.mode, database: db.source }, 'Guichet is listening');
    process.stdout.write(
      `\nGuichet is up (${config.mode} mode, PostgreSQL from ${db.source}).\n` +
        `  API docs:     ${base}/docs\n  OpenAPI:      ${base}/openapi.json\n` +
        (credentials ? `  Demo API keys: ${credentials}\n` : '') +
        '\n',
    );
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down');
    server.close();
    await sql.end({ timeout: 5 });
    await db.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`Guichet failed to start: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
