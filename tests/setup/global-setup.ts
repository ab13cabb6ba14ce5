import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { hashApiKey } from '../../adapters/postgres/api-key-repository.js';
import { createSql } from '../../adapters/postgres/client.js';
import { migrate } from '../../adapters/postgres/migrate.js';
import { resolveDatabase } from '../../adapters/postgres/resolve-database.js';
import { resolveTemporal } from '../../adapters/temporal/resolve-temporal.js';
import { DEMO_AGENTS, seedCatalogue } from '../../adapters/postgres/seed.js';
import { createLogger } from '../../src/logger.js';
import { TEST_KEYS } from './test-keys.js';
import { KEY_SCOPES } from '../../src/core/actor.js';
import { timeSkippingServerPath } from './time-skipping-server.js';

export const TEMPLATE_DB = 'guichet_test_template';

export function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    temporalAddress: string;
    timeSkippingServer: string;
  }
}

/**
 * One real PostgreSQL server for the whole run (DATABASE_URL → testcontainers → embedded),
 * and a template database with the schema, the demo catalogue and the test personas.
 * Each test then gets its own database copied from the template.
 */
export default async function setup(project: TestProject) {
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'info');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'guichet-test-'));
  const server = await resolveDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir,
    database: 'guichet_test_scratch',
    persistent: false,
    tryContainers: true,
    logger,
    // A throw-away server: durability buys nothing here and costs seconds.
    serverSettings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  });
  const admin = createSql(server.adminUrl, { max: 1 });
  await admin.unsafe(`drop database if exists ${TEMPLATE_DB}`);
  await admin.unsafe(`create database ${TEMPLATE_DB}`);
  const sql = createSql(databaseUrl(server.adminUrl, TEMPLATE_DB), { max: 1 });
  await migrate(sql);
  await seedCatalogue(sql);
  for (const a of DEMO_AGENTS) {
    await sql`insert into agents (id, display_name, role, directorate_id) values (${a.id}, ${a.displayName}, ${a.role}, ${a.directorateId})`;
  }
  const keyRows: [string, string, string | null, string | null][] = [
    [TEST_KEYS.counter_agent, 'counter_agent', 'agent-accueil', null],
    [TEST_KEYS.directorate_agent, 'directorate_agent', 'agent-voirie', 'voirie'],
    [TEST_KEYS.directorate_agent_y, 'directorate_agent', 'agent-proprete', 'proprete'],
    [TEST_KEYS.supervisor, 'supervisor', 'superviseur', null],
    [TEST_KEYS.admin, 'admin', 'admin', null],
    [TEST_KEYS.integrator, 'integrator', null, null],
  ];
  for (const [key, role, agentId, directorateId] of keyRows) {
    // The test integrator may do everything an integrator may, but download attachments (tests/security asks for that scope).
    const scopes = role === 'integrator' ? KEY_SCOPES.filter((s) => s !== 'attachments:read') : [];
    const id = 'tk-' + hashApiKey(key).slice(0, 8);
    await sql`insert into api_keys (id, label, key_hash, role, agent_id, directorate_id, scopes, lineage)
      values (${id}, ${'test ' + role}, ${hashApiKey(key)}, ${role}, ${agentId}, ${directorateId}, ${scopes}, ${id})`;
  }
  await sql.end();
  await admin.end();
  project.provide('pgAdminUrl', server.adminUrl);
  logger.info({ source: server.source }, 'test PostgreSQL ready');

  const temporal = await resolveTemporal({
    address: process.env.TEMPORAL_ADDRESS,
    cliPath: process.env.TEMPORAL_CLI_PATH,
    tryContainers: true,
    logger,
  });
  project.provide('temporalAddress', temporal.address);
  project.provide('timeSkippingServer', await timeSkippingServerPath());
  logger.info({ source: temporal.source }, 'test Temporal server ready');

  return async () => {
    await temporal.stop();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
