import { createSql } from '../adapters/postgres/client.js';
import { migrate } from '../adapters/postgres/migrate.js';
import { resolveDatabase } from '../adapters/postgres/resolve-database.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/** Guichet's own database, as the configuration says (DATABASE_URL, else the embedded server), migrated. */
export async function openDatabase(config: Config, logger: Logger, poolSize: number) {
  const server = await resolveDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    port: config.embeddedPgPort,
    database: 'guichet',
    persistent: true,
    tryContainers: false,
    logger,
  });
  const sql = createSql(server.url, { max: poolSize });
  const applied = await migrate(sql);
  logger.info({ applied }, 'database migrated');
  return { server, sql, applied };
}
