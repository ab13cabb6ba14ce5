import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../../adapters/temporal/resolve-temporal.js';

/** The schema validator and the Kubernetes version the chart is validated against. */
export const KUBECONFORM_MODULE = 'github.com/yannh/kubeconform/cmd/kubeconform@v0.6.7';
export const KUBERNETES_VERSION = 'v1.31.4';

function goInstall(module: string, target: string): string {
  if (existsSync(target)) return target;
  const res = spawnSync('go', ['install', module], { env: { ...process.env, GOBIN: path.dirname(target), GOFLAGS: '-mod=mod' }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (res.error || res.status !== 0 || !existsSync(target)) throw new Error(`no ${path.basename(target)}: install Go to build ${module} (${res.error?.message ?? res.stderr?.slice(-1000)})`);
  return target;
}

/** kubeconform: KUBECONFORM_PATH, or built once with Go into ~/.cache/guichet/bin. */
export function kubeconformPath(): string {
  return process.env.KUBECONFORM_PATH ?? goInstall(KUBECONFORM_MODULE, path.join(cacheDir(), 'bin', 'kubeconform'));
}

/**
 * JSON schemas of every Kubernetes kind, made once from the API's own OpenAPI document (api/openapi-spec/swagger.json
 * of the k8s.io/kubernetes module, from the Go module proxy) in kubeconform's layout: `<kind>-<group>-<version>.json`,
 * each carrying the definitions it refers to. The usual schema repository is on GitHub, which is not reachable here.
 */
export function kubernetesSchemas(): string {
  const dir = path.join(cacheDir(), 'kubernetes-schemas', `${KUBERNETES_VERSION}-strict`);
  if (existsSync(path.join(dir, 'deployment-apps-v1.json'))) return dir;
  const dl = spawnSync('go', ['mod', 'download', '-json', `k8s.io/kubernetes@${KUBERNETES_VERSION}`], { env: { ...process.env, GOFLAGS: '-mod=mod' }, encoding: 'utf8', cwd: cacheDir() });
  const moduleDir = dl.status === 0 ? (JSON.parse(dl.stdout) as { Dir?: string }).Dir : undefined;
  if (!moduleDir) throw new Error(`k8s.io/kubernetes@${KUBERNETES_VERSION} not obtained from the Go module proxy: ${dl.stderr?.slice(-1000)}`);
  const spec = JSON.parse(readFileSync(path.join(moduleDir, 'api', 'openapi-spec', 'swagger.json'), 'utf8')) as { definitions: Record<string, Record<string, unknown>> };
  // As openapi2jsonschema does: the API accepts both forms of these (maxSurge: 1 or "25%"; cpu: 1 or "250m").
  for (const definition of Object.values(spec.definitions)) {
    if (definition.format === 'int-or-string') {
      delete definition.type;
      delete definition.format;
      definition.oneOf = [{ type: 'string' }, { type: 'integer' }];
    }
  }
  // Strict, as the "-strict" schema sets are: an object's fields are the ones it lists, so a misspelt one is refused
  // (kubeconform's -strict relies on the schemas for this).
  for (const definition of Object.values(spec.definitions)) {
    if (definition.properties && definition.additionalProperties === undefined) definition.additionalProperties = false;
  }
  const quantity = spec.definitions['io.k8s.apimachinery.pkg.api.resource.Quantity'];
  if (quantity) {
    delete quantity.type;
    quantity.oneOf = [{ type: 'string' }, { type: 'number' }];
  }
  mkdirSync(dir, { recursive: true });
  for (const definition of Object.values(spec.definitions)) {
    const gvks = (definition['x-kubernetes-group-version-kind'] as { group: string; version: string; kind: string }[] | undefined) ?? [];
    for (const { group, version, kind } of gvks) {
      const suffix = group ? `-${group.split('.')[0]}-${version}` : `-${version}`;
      writeFileSync(path.join(dir, `${kind.toLowerCase()}${suffix}.json`), JSON.stringify({ ...definition, definitions: spec.definitions }));
    }
  }
  return dir;
}
