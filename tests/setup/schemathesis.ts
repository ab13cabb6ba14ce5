import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../../adapters/temporal/resolve-temporal.js';

/** The fuzzer the OpenAPI contract is checked with (openapi/fuzz.test.ts), pinned. */
export const SCHEMATHESIS = 'schemathesis==4.32.5';

/**
 * Schemathesis' `st`: SCHEMATHESIS_PATH, or the one installed once from PyPI into a virtual environment under
 * ~/.cache/guichet (Python 3.9+ is the only prerequisite).
 */
export function schemathesisPath(): string {
  if (process.env.SCHEMATHESIS_PATH) return process.env.SCHEMATHESIS_PATH;
  const venv = path.join(cacheDir(), 'schemathesis');
  const st = path.join(venv, 'bin', 'st');
  const installed = () => existsSync(st) && spawnSync(st, ['--version'], { encoding: 'utf8' }).stdout?.includes(SCHEMATHESIS.split('==')[1]!);
  if (installed()) return st;
  const steps: [string, string[]][] = [
    ['python3', ['-m', 'venv', '--clear', venv]],
    [path.join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', SCHEMATHESIS]],
  ];
  for (const [cmd, args] of steps) {
    const res = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (res.error || res.status !== 0) throw new Error(`cannot install ${SCHEMATHESIS} (${cmd} ${args.join(' ')}): ${res.error?.message ?? res.stderr?.slice(-1000)}`);
  }
  if (!installed()) throw new Error(`${SCHEMATHESIS} installed but ${st} does not run`);
  return st;
}
