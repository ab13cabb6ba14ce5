import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../../adapters/temporal/resolve-temporal.js';

/** The Helm version the chart is checked with, built with Go where no helm is installed. */
export const HELM_MODULE = 'helm.sh/helm/v3/cmd/helm@v3.16.4';

/**
 * A helm binary: HELM_PATH, or `helm` on the PATH (a developer's laptop), or the one built once with the Go
 * toolchain into ~/.cache/guichet/bin (machines that reach only the Go module proxy).
 */
export function helmPath(): string {
  if (process.env.HELM_PATH) return process.env.HELM_PATH;
  const onPath = spawnSync('helm', ['version', '--short'], { encoding: 'utf8' });
  if (!onPath.error && onPath.status === 0) return 'helm';
  const target = path.join(cacheDir(), 'bin', 'helm');
  if (existsSync(target)) return target;
  const res = spawnSync('go', ['install', HELM_MODULE], { env: { ...process.env, GOBIN: path.dirname(target), GOFLAGS: '-mod=mod' }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (res.error || res.status !== 0 || !existsSync(target)) {
    throw new Error(`no helm: install it, set HELM_PATH, or install Go to build ${HELM_MODULE} (${res.error?.message ?? res.stderr?.slice(-1000)})`);
  }
  return target;
}
