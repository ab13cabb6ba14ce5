import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cacheDir } from '../../adapters/temporal/resolve-temporal.js';

/** The Keycloak the realm of infra/keycloak is checked with (the compose pilot's image is the same version). */
export const KEYCLOAK_VERSION = '26.5.6';

/**
 * A Keycloak distribution: KEYCLOAK_HOME, or the one fetched once from Maven Central (org.keycloak:
 * keycloak-quarkus-dist, the same zip keycloak.org publishes) and unpacked under ~/.cache/guichet. It runs on the
 * machine's Java 17+ (no container).
 */
export function keycloakHome(): string {
  if (process.env.KEYCLOAK_HOME) return process.env.KEYCLOAK_HOME;
  const home = path.join(cacheDir(), `keycloak-${KEYCLOAK_VERSION}`);
  if (existsSync(path.join(home, 'bin', 'kc.sh'))) return home;
  const work = mkdtempSync(path.join(tmpdir(), 'guichet-keycloak-'));
  try {
    const mvn = spawnSync('mvn', ['-q', '-B', 'dependency:copy', `-Dartifact=org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip`, `-DoutputDirectory=${work}`], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', cwd: work });
    const zip = path.join(work, `keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip`);
    if (mvn.error || mvn.status !== 0 || !existsSync(zip)) throw new Error(`Keycloak ${KEYCLOAK_VERSION} not obtained from Maven Central (set KEYCLOAK_HOME): ${mvn.error?.message ?? mvn.stderr?.slice(-1000)}`);
    // Python's zipfile keeps this free of an unzip binary; kc.sh's mode is restored below.
    const unpack = spawnSync('python3', ['-m', 'zipfile', '-e', zip, work], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (unpack.status !== 0) throw new Error(`Keycloak's zip not unpacked: ${unpack.stderr}`);
    const unpacked = readdirSync(work).find((d) => d.startsWith('keycloak-') && !d.endsWith('.zip'));
    if (!unpacked) throw new Error('Keycloak zip without its folder');
    spawnSync('chmod', ['+x', path.join(work, unpacked, 'bin', 'kc.sh')]);
    spawnSync('mkdir', ['-p', cacheDir()]);
    const moved = spawnSync('mv', [path.join(work, unpacked), home]);
    if (moved.status !== 0) throw new Error('Keycloak not moved into the cache');
    return home;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
