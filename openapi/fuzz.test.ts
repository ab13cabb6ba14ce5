import { serve } from '@hono/node-server';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../tests/harness.js';
import { TEST_KEYS } from '../tests/setup/test-keys.js';
import { schemathesisPath } from '../tests/setup/schemathesis.js';

/**
 * Schemathesis, a property-based fuzzer, over the whole OpenAPI document against a real server and database:
 * every operation gets examples, boundary values and random (also invalid) input. The contract holds when no
 * answer is a server error, every status, header and content type answered is documented, every body matches its
 * schema, and input the document says is invalid is refused. (Schema-valid input may still be refused by a
 * business rule — an unknown request type — so schemathesis' positive_data_acceptance is not asked for.) Sign-in redirects and the channels' signed webhooks are left out: their input is another system's
 * signed output, exercised by their own tests.
 */
const run = promisify(execFile);
let h: Harness & { close(): Promise<void> };
let server: ReturnType<typeof serve>;
let base: string;

beforeAll(async () => {
  // The production default body limit (1 MiB), so that a list one item longer than the document allows is refused
  // by validation (422) rather than by size (413).
  h = await createHarness({ maxBodyBytes: 1_048_576 });
  server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Something to read: a few cases with residents, events, a webhook subscription.
  for (let i = 0; i < 3; i++) await h.newCase({ resident: { givenName: 'Zoé', familyName: `Martin${i}`, email: `zoe${i}@example.fr` } });
});
afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await h?.close();
});

interface Failure {
  operation: string;
  check: string;
  message: string;
}

async function fuzz(as: keyof typeof TEST_KEYS, include: string[], extraChecks: string[] = []): Promise<{ operations: number; failures: Failure[]; output: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'guichet-fuzz-'));
  try {
    const args = [
      'run',
      `${base}/openapi.json`,
      '--checks',
      ['not_a_server_error', 'status_code_conformance', 'content_type_conformance', 'response_schema_conformance', 'response_headers_conformance', 'negative_data_rejection', ...extraChecks].join(','),
      '--header',
      `Authorization: Bearer ${TEST_KEYS[as]}`,
      '--max-examples',
      process.env.FUZZ_EXAMPLES ?? '12',
      '--seed',
      process.env.FUZZ_SEED ?? '20261202',
      '--workers',
      '2',
      '--phases',
      'examples,coverage,fuzzing',
      '--suppress-health-check',
      'all',
      '--exclude-path-regex',
      '^/(auth|webhooks)/',
      ...include.flatMap((p) => ['--include-path-regex', p]),
      '--report',
      'ndjson',
      '--report-dir',
      dir,
      '--output-truncate',
      'true',
    ];
    const out = await run(schemathesisPath(), args, { maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60_000, env: { ...process.env, NO_COLOR: '1' } }).catch(
      (e: { stdout?: string; stderr?: string; code?: number }) => {
        // Exit code 1: failures found (read below); anything else is the fuzzer itself failing.
        if (e.code !== 1) throw new Error(`schemathesis did not run: ${e.stderr ?? ''}${e.stdout ?? ''}`);
        return { stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
      },
    );
    const file = (await readdir(dir)).find((f) => f.endsWith('.ndjson'))!;
    const failures: Failure[] = [];
    const operations = new Set<string>();
    for (const line of (await readFile(path.join(dir, file), 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      const event = JSON.parse(line) as Record<string, any>;
      const scenario = event.ScenarioFinished;
      if (!scenario) continue;
      const label = scenario.recorder?.label ?? scenario.label ?? '?';
      operations.add(label);
      for (const checks of Object.values((scenario.recorder?.checks ?? {}) as Record<string, { name: string; status: string; failure_info?: { failure?: { title?: string; message?: string } } }[]>)) {
        for (const c of checks) {
          if (c.status !== 'FAILURE' && c.status !== 'failure') continue;
          failures.push({ operation: label, check: c.name, message: `${c.failure_info?.failure?.title ?? ''} ${c.failure_info?.failure?.message ?? ''}`.slice(0, 600) });
        }
      }
    }
    return { operations: operations.size, failures, output: out.stdout };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const unique = (failures: Failure[]) => [...new Map(failures.map((f) => [`${f.operation} ${f.check} ${f.message.slice(0, 120)}`, f])).values()];

describe('the OpenAPI contract under a fuzzer (schemathesis)', () => {
  it('as an admin, every operation: no server error, nothing undocumented, every body as its schema', async () => {
    const result = await fuzz('admin', []);
    expect(result.operations, result.output.slice(-3000)).toBeGreaterThan(80);
    if (process.env.FUZZ_DUMP) {
      await writeFile(process.env.FUZZ_DUMP, JSON.stringify(unique(result.failures), null, 2));
      await writeFile(`${process.env.FUZZ_DUMP}.log`, h.logs().split('\n').filter((l) => l.includes('"level":50')).join('\n'));
    }
    expect(unique(result.failures)).toEqual([]);
  }, 20 * 60_000);

  it('as an integrator: the same, over the operations it may call and those it may not', async () => {
    const result = await fuzz('integrator', ['^/v1/(cases|events|webhook-subscriptions|request-types|directorates|knowledge-articles|me)']);
    expect(result.operations, result.output.slice(-3000)).toBeGreaterThan(20);
    if (process.env.FUZZ_DUMP) await writeFile(`${process.env.FUZZ_DUMP}.integrator`, JSON.stringify(unique(result.failures), null, 2));
    expect(unique(result.failures)).toEqual([]);
  }, 20 * 60_000);
});
