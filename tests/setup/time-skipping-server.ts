import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from '../../adapters/temporal/resolve-temporal.js';

const POM = fileURLToPath(new URL('./temporal-test-server/pom.xml', import.meta.url));

/**
 * Temporal's time-skipping test server, where the SDK cannot download it: the Java test server
 * from Maven Central, resolved once with Maven into a classpath cached outside the repository,
 * behind an exec wrapper the SDK starts as an `existing-path` executable.
 */
export async function timeSkippingServerPath(): Promise<string> {
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
