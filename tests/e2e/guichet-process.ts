import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createSql } from '../../adapters/postgres/client.js';
import { databaseUrl } from '../setup/global-setup.js';

/** What a test started and must undo, last first (the caller's afterEach runs them). */
export type Cleanups = (() => Promise<void>)[];

/** A new, empty database on the test server (dropped afterwards): what an operator's first start meets. */
export async function emptyDatabase(cleanups: Cleanups): Promise<string> {
  const admin = createSql(inject('pgAdminUrl'), { max: 1 });
  const name = `guichet_test_start_${randomBytes(4).toString('hex')}`;
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const a = createSql(inject('pgAdminUrl'), { max: 1 });
    await a.unsafe(`drop database if exists ${name} with (force)`);
    await a.end();
  });
  return databaseUrl(inject('pgAdminUrl'), name);
}

/**
 * Runs a real entry point — by default what `npm start` runs (src/main.ts through tsx) — until it prints where the
 * docs are. `stop` sends SIGTERM and waits for the exit.
 */
export async function startGuichet(cleanups: Cleanups, env: Record<string, string>, command: string[] = ['--import', 'tsx', 'src/main.ts']) {
  const child = spawn(process.execPath, command, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    return exited;
  };
  cleanups.push(async () => void (await stop()));
  const started = Date.now();
  const deadline = started + 60_000;
  while (!out.includes('API docs:')) {
    if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${out}`);
    if (Date.now() > deadline) throw new Error(`not started: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { out: () => out, stop, child, startMs: Date.now() - started };
}
