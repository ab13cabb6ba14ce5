import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { inject, test as base } from 'vitest';
import { createSql, type Sql } from '../adapters/postgres/client.js';
import { composeApp } from '../src/compose.js';
import type { CoreDeps } from '../src/core/ports.js';
import type { NotificationDispatcher } from '../adapters/notify/notification-dispatcher.js';
import type { App, HttpDeps } from '../src/http/context.js';
import { createLogger } from '../src/logger.js';
import { databaseUrl, TEMPLATE_DB } from './setup/global-setup.js';
import { TEST_KEYS, type Persona } from './setup/test-keys.js';

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
  contentType: string | null;
}

export interface Harness {
  app: App;
  sql: Sql;
  /** URL of this test's own database. */
  url: string;
  core: CoreDeps;
  /** The notification dispatcher, when the harness was given an email sender or an SMS gateway. */
  notifications: NotificationDispatcher;
  /** Everything the app was wired with (channels, identity…). */
  deps: HttpDeps;
  /** Everything the app logged during this test, one JSON line per entry. */
  logs(): string;
  call<T = any>(
    method: string,
    path: string,
    opts?: { as?: Persona | null; body?: unknown; rawBody?: string; headers?: Record<string, string> },
  ): Promise<Reply<T>>;
  /** Number of rows in a table. */
  count(table: string): Promise<number>;
  /** Creates a case as the counter agent and returns its body. */
  newCase(overrides?: Record<string, unknown>, as?: Persona): Promise<any>;
}

/** A fresh database copied from the template, and the app wired to it: nothing is shared between tests. */
export type HarnessOptions = Omit<Parameters<typeof composeApp>[2], 'maxBodyBytes'> & { maxBodyBytes?: number };

export async function createHarness(opts: HarnessOptions = {}): Promise<Harness & { close(): Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `guichet_test_${randomBytes(6).toString('hex')}`;
  const admin = createSql(adminUrl, { max: 1 });
  await admin.unsafe(`create database ${name} template ${TEMPLATE_DB} strategy file_copy`);
  await admin.end();
  const url = databaseUrl(adminUrl, name);
  const attachmentsDir = path.join(tmpdir(), 'guichet-test-attachments', name);
  const sql = createSql(url, { max: 5 });
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger('debug', sink);
  // The tests' webhook receivers listen on this machine.
  const { app, deps } = composeApp(sql, logger, { maxBodyBytes: 64 * 1024, trustProxy: true, attachmentsDir, webhookTargets: { allowPrivate: true }, ...opts });

  const call: Harness['call'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    const as = opts.as === undefined ? 'counter_agent' : opts.as;
    if (as) headers.authorization = `Bearer ${TEST_KEYS[as]}`;
    let body: string | undefined;
    if (opts.rawBody !== undefined) body = opts.rawBody;
    else if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, body: parsed as never, contentType: res.headers.get('content-type') };
  };

  const newCase: Harness['newCase'] = async (overrides = {}, as = 'counter_agent') => {
    const res = await call('POST', '/v1/cases', {
      as,
      body: { channel: 'counter', requestTypeCode: 'VOI-NID-POULE', description: 'Un trou dans la chaussée', ...overrides },
    });
    if (res.status !== 201) throw new Error(`newCase failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  return {
    app,
    sql,
    url,
    core: deps.core,
    notifications: deps.notifications,
    deps,
    logs: () => lines.join(''),
    async count(table) {
      const rows = await sql<{ n: number }[]>`select count(*)::int as n from ${sql(table)}`;
      return rows[0]!.n;
    },
    call,
    newCase,
    async close() {
      await sql.end({ timeout: 5 });
      const a = createSql(adminUrl, { max: 1 });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
      await rm(attachmentsDir, { recursive: true, force: true });
    },
  };
}

/** `test` with a per-test harness: `test('…', async ({ h }) => …)`. */
export const test = base.extend<{ h: Harness }>({
  // eslint-disable-next-line no-empty-pattern
  h: async ({}, use) => {
    const h = await createHarness();
    await use(h);
    await h.close();
  },
});
export { expect, describe } from 'vitest';
