import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { connect } from 'node:net';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Logger } from '../../src/logger.js';
import { containerRuntimeAnswers, freePort } from '../postgres/resolve-database.js';

/** The Temporal CLI version `go install` still accepts (later tags carry replace directives). */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

export interface TemporalServer {
  address: string;
  source: 'TEMPORAL_ADDRESS' | 'testcontainers' | 'cli-binary' | 'cli-downloaded' | 'cli-built-with-go';
  stop(): Promise<void>;
}

export function cacheDir(): string {
  return path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'guichet');
}

export const cachedCliPath = () => path.join(cacheDir(), 'bin', 'temporal');

/** Builds the Temporal CLI once with the Go toolchain, into a cache outside the repository. */
export function buildCliWithGo(logger: Logger): string {
  const target = cachedCliPath();
  if (existsSync(target)) return target;
  logger.warn({ module: TEMPORAL_CLI_MODULE }, 'building the Temporal CLI with Go (first run only; several minutes)');
  const res = spawnSync('go', ['install', TEMPORAL_CLI_MODULE], {
    env: { ...process.env, GOBIN: path.dirname(target), GOFLAGS: '-mod=mod' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (res.error || res.status !== 0 || !existsSync(target)) {
    throw new Error(`could not build the Temporal CLI with Go: ${res.error?.message ?? res.stderr?.slice(-2000)}`);
  }
  return target;
}

async function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

/** Runs `temporal server start-dev` from a binary until its frontend answers. */
async function startDevServer(binary: string, opts: { dbFile?: string | undefined; port?: number | undefined; logger: Logger }) {
  const port = opts.port ?? (await freePort());
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--headless', '--log-level', 'error'];
  if (opts.dbFile) {
    await mkdir(path.dirname(opts.dbFile), { recursive: true });
    args.push('--db-filename', opts.dbFile);
  }
  const child: ChildProcess = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const deadline = Date.now() + 60_000;
  while (!(await portAnswers(port))) {
    if (child.exitCode !== null) throw new Error(`temporal server start-dev exited (${child.exitCode}): ${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`temporal server start-dev did not answer on ${port} within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
      child.kill('SIGTERM');
    });
  return { address: `127.0.0.1:${port}`, stop };
}

/**
 * Where the internet is reachable (a city's or a developer's laptop), the official Temporal CLI is downloaded and
 * run as a dev server the way @temporalio/testing does it (cached under ~/.cache/guichet/temporal-download), so
 * Go is not needed. Null where it cannot be had (no network, or the testing package not installed).
 */
export async function downloadedDevServer(opts: { dbFile?: string | undefined; port?: number | undefined; logger: Logger }): Promise<Omit<TemporalServer, 'source'> | null> {
  try {
    const { TestWorkflowEnvironment } = await import('@temporalio/testing');
    if (opts.dbFile) await mkdir(path.dirname(opts.dbFile), { recursive: true });
    const env = await TestWorkflowEnvironment.createLocal({
      server: {
        executable: { type: 'cached-download', downloadDir: path.join(cacheDir(), 'temporal-download') },
        ip: '127.0.0.1',
        ...(opts.port ? { port: opts.port } : {}),
        ...(opts.dbFile ? { dbFilename: opts.dbFile } : {}),
        extraArgs: ['--headless', '--log-level', 'error'],
      },
    });
    return { address: env.address, stop: () => env.teardown() };
  } catch (err) {
    opts.logger.info({ reason: (err as Error).name }, 'the Temporal CLI could not be downloaded here; building it with Go');
    return null;
  }
}

/**
 * Obtains a real Temporal server, in the order of the run contract: TEMPORAL_ADDRESS →
 * testcontainers (when a container runtime answers) → a CLI binary (TEMPORAL_CLI_PATH or the
 * cached build) run as `temporal server start-dev` → the official CLI downloaded where the internet is
 * reachable → the CLI built once with Go and cached (where only the Go module proxy is).
 */
export async function resolveTemporal(opts: {
  address?: string | undefined;
  cliPath?: string | undefined;
  dbFile?: string | undefined;
  port?: number | undefined;
  tryContainers: boolean;
  logger: Logger;
}): Promise<TemporalServer> {
  if (opts.address) {
    opts.logger.info({ source: 'TEMPORAL_ADDRESS' }, 'using the Temporal server named by TEMPORAL_ADDRESS');
    return { address: opts.address, source: 'TEMPORAL_ADDRESS', stop: async () => {} };
  }
  if (opts.tryContainers && (await containerRuntimeAnswers())) {
    const { GenericContainer, Wait } = await import('testcontainers');
    const container = await new GenericContainer('temporalio/temporal:latest')
      .withCommand(['server', 'start-dev', '--ip', '0.0.0.0', '--headless'])
      .withExposedPorts(7233)
      .withWaitStrategy(Wait.forListeningPorts())
      .start();
    opts.logger.info({ source: 'testcontainers' }, 'started Temporal with testcontainers');
    return { address: `${container.getHost()}:${container.getMappedPort(7233)}`, source: 'testcontainers', stop: async () => void (await container.stop()) };
  }
  let binary = opts.cliPath ?? (existsSync(cachedCliPath()) ? cachedCliPath() : null);
  let source: TemporalServer['source'] = 'cli-binary';
  if (!binary && process.env.GUICHET_TEMPORAL_DOWNLOAD !== 'false') {
    const downloaded = await downloadedDevServer(opts);
    if (downloaded) {
      opts.logger.info({ source: 'cli-downloaded' }, 'started a Temporal dev server from the downloaded CLI');
      return { ...downloaded, source: 'cli-downloaded' };
    }
  }
  if (!binary) {
    binary = buildCliWithGo(opts.logger);
    source = 'cli-built-with-go';
  }
  const server = await startDevServer(binary, opts);
  opts.logger.info({ source, binary }, 'started a Temporal dev server');
  return { ...server, source };
}
