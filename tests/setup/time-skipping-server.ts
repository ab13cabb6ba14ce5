import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from '../../adapters/temporal/resolve-temporal.js';

const POM = fileURLToPath(new URL('./temporal-test-server/pom.xml', import.meta.url));

/** Where the SDK's own download of the test server is cached, when the internet is reachable. */
export const SDK_DOWNLOAD_DIR = () => path.join(cacheDir(), 'temporal-test-server-download');
/** What the tests are told when the SDK's download is the one to use. */
export const DOWNLOADED = 'sdk-download';

/**
 * Temporal's time-skipping test server: the one the SDK downloads where the internet is reachable (cached),
 * else the Java test server from Maven Central, resolved once with Maven into a classpath cached outside the
 * repository, behind an exec wrapper the SDK starts as an `existing-path` executable. A Maven build already
 * cached is used first: it costs no network at all.
 */
export async function timeSkippingServerPath(): Promise<string> {
  const wrapper = path.join(cacheDir(), 'temporal-test-server', 'temporal-test-server');
  if (!existsSync(wrapper) && process.env.GUICHET_TEMPORAL_DOWNLOAD !== 'false' && (await sdkDownloadWorks())) return DOWNLOADED;
  return mavenTestServer();
}

async function sdkDownloadWorks(): Promise<boolean> {
  try {
    const { TestWorkflowEnvironment } = await import('@temporalio/testing');
    const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'cached-download', downloadDir: SDK_DOWNLOAD_DIR() } } });
    await env.teardown();
    return true;
  } catch {
    return false;
  }
}

/** The executable the tests give the SDK: the cached download, or the Maven-built wrapper. */
export function timeSkippingExecutable(injected: string) {
  return injected === DOWNLOADED ? ({ type: 'cached-download', downloadDir: SDK_DOWNLOAD_DIR() } as const) : ({ type: 'existing-path', path: injected } as const);
}

async function mavenTestServer(): Promise<string> {
  const dir = path.join(cacheDir(), 'temporal-test-server');
  const wrapper = path.join(dir, 'temporal-test-server');
  const pom = await readFile(POM, 'utf8');
  const stamp = path.join(dir, 'pom.xml');
  if (existsSync(wrapper) && existsSync(stamp) && (await readFile(stamp, 'utf8')) === pom) return wrapper;
  await mkdir(dir, { recursive: true });
  const cpFile = path.join(dir, 'classpath.txt');
  const res = spawnSync('mvn', ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${cpFile}`], { encoding: 'utf8' });
  if (res.error || res.status !== 0) throw new Error(`Maven could not resolve the Temporal test server: ${res.error?.message ?? res.stdout + res.stderr}`);
  const classpath = (await readFile(cpFile, 'utf8')).trim();
  await writeFile(wrapper, `#!/bin/sh\n# Started by @temporalio/testing with the port (and flags) as arguments.\nexec java -Xshare:auto -XX:TieredStopAtLevel=1 -cp "${classpath}" io.temporal.testserver.TestServer "$@"\n`);
  await chmod(wrapper, 0o755);
  await writeFile(stamp, pom);
  return wrapper;
}
