import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { apiKeyRepository } from '../../adapters/postgres/api-key-repository.js';
import { createSql } from '../../adapters/postgres/client.js';
import { migrate } from '../../adapters/postgres/migrate.js';
import { freePort, resolveDatabase } from '../../adapters/postgres/resolve-database.js';
import { seedCatalogue } from '../../adapters/postgres/seed.js';
import { normalizePhone } from '../../src/core/contact.js';
import { generateReference, generateTrackingCode } from '../../src/core/reference.js';
import { hashTrackingCode } from '../../src/core/cases/create-case.js';
import { uuidv7 } from '../../src/ids.js';
import { hashSecret } from '../../src/secrets.js';
import { createLogger } from '../../src/logger.js';
import { resolveTemporal } from '../../adapters/temporal/resolve-temporal.js';
import nodemailer from 'nodemailer';
import net from 'node:net';
import { createServer } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import { lifecycleStateQuery } from '../../workflows/signals.js';
import { SMTPServer } from 'smtp-server';
import { generate, type Sample } from './dataset.js';
import { runRetention } from '../../adapters/postgres/retention.js';
import { anonymiseCases } from '../../adapters/postgres/anonymisation.js';
import { httpClient } from './http.js';
import { drive, percentiles } from './stats.js';

/**
 * `npm run bench`: a real PostgreSQL (embedded, under .data/bench, kept between runs), BENCH_RESIDENTS
 * residents and BENCH_CASES cases of generated French data, the API in its own process, and figures.
 */
const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 1_000_000);
const CASES = Number(process.env.BENCH_CASES ?? 3_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const DATA_DIR = path.resolve(process.env.BENCH_DATA_DIR ?? '.data/bench');
/** How long the webhook receiver is down in the catch-up measurement. */
const RECEIVER_OUTAGE_SECONDS = Number(process.env.BENCH_RECEIVER_OUTAGE_SECONDS ?? 600);
/** Which measurements to run: BENCH_PARTS=search,view360 skips the intake runs. */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'intake,direct,search,view360,screenpop,pages,email,escalation,notifications,outage,alerts').split(','));
/** Notifications keeping pace with intake: cases filed at this rate for this long, each acknowledged by email. */
const NOTIFY_RATE = Number(process.env.BENCH_NOTIFY_RATE ?? 300);
const NOTIFY_SECONDS = Number(process.env.BENCH_NOTIFY_SECONDS ?? 60);
/** The Temporal outage: this many changes written while Temporal is unreachable for this long. */
const OUTAGE_CHANGES = Number(process.env.BENCH_OUTAGE_CHANGES ?? 5000);
const OUTAGE_SECONDS = Number(process.env.BENCH_OUTAGE_SECONDS ?? 60);
const EMAILS = Number(process.env.BENCH_EMAILS ?? 3000);
const ESCALATIONS = Number(process.env.BENCH_ESCALATIONS ?? 10_000);
const say = (s: string) => process.stdout.write(`${s}\n`);
const results: Record<string, unknown> = {};

async function main() {
  const logger = createLogger('warn');
  const db = await resolveDatabase({
    databaseUrl: process.env.BENCH_DATABASE_URL,
    dataDir: DATA_DIR,
    database: 'guichet_bench',
    persistent: true,
    tryContainers: false,
    logger,
    // Sized for the data set; durability stays on (fsync, synchronous commit) as in production.
    serverSettings: { shared_buffers: '2GB', max_wal_size: '8GB', checkpoint_timeout: '30min', work_mem: '32MB', maintenance_work_mem: '1GB' },
  });
  const sql = createSql(db.url, { max: CONCURRENCY + 4 });
  await migrate(sql);
  await seedCatalogue(sql);
  say(`PostgreSQL from ${db.source}; target: ${RESIDENTS} residents, ${CASES} cases`);

  const samplePath = path.join(DATA_DIR, `sample-${RESIDENTS}-${CASES}.json`);
  const [row] = await sql<{ r: number; c: number }[]>`select (select count(*) from residents)::int as r, (select count(*) from cases)::int as c`;
  let sample: Sample;
  if (existsSync(samplePath) && row && row.r >= RESIDENTS && row.c >= CASES) {
    sample = JSON.parse(await readFile(samplePath, 'utf8')) as Sample;
    say(`reusing the generated data set (${row.r} residents, ${row.c} cases)`);
  } else {
    await sql`truncate case_events, cases, contact_points, resident_duplicate_candidates, resident_access_log, resident_merges, residents, idempotency_keys cascade`;
    say('generating the data set…');
    const t = Date.now();
    sample = await generate(sql, RESIDENTS, CASES, say);
    say(`generated in ${Math.round((Date.now() - t) / 1000)} s`);
    await writeFile(samplePath, JSON.stringify(sample));
  }
  const key = await apiKeyRepository(sql).create({ id: `bench-${Date.now()}`, label: 'bench', role: 'counter_agent' });

  const port = await freePort();
  // Acknowledgements and alerts go to a sink SMTP server standing in for the city's relay; it notes when each
  // message (by the notification id in its Message-ID) arrived, and how often.
  const arrivals = new Map<string, number[]>();
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData: (stream, _s, cb) => {
      let head = '';
      stream
        .on('data', (c: Buffer) => {
          if (head.length < 4096) head += c.toString('latin1');
        })
        .on('end', () => {
          const id = /^Message-ID:\s*<(?:notification|alert)-([0-9a-f-]{36})@/im.exec(head)?.[1];
          if (id) arrivals.set(id, [...(arrivals.get(id) ?? []), Date.now()]);
          cb();
        });
    },
  });
  const sinkPort = await freePort();
  await new Promise<void>((r) => sink.listen(sinkPort, '127.0.0.1', () => r()));
  const smtpPort = await freePort();
  // A fresh in-memory dev server each run: workflows of earlier runs must not load this one.
  const temporal = await resolveTemporal({ address: process.env.TEMPORAL_ADDRESS, tryContainers: false, logger });
  // The API reaches Temporal through a proxy the outage part can cut.
  const proxy = await tcpProxy(temporal.address);
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    TEMPORAL_ADDRESS: `127.0.0.1:${proxy.port}`,
    ESCALATION_ACCEPT_REMINDER_MINUTES: '1',
    GUICHET_MODE: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: String(CONCURRENCY),
    MAIL_DOMAIN: 'bench.example',
    SMTP_URL: `smtp://127.0.0.1:${sinkPort}?ignoreTLS=true`,
    SMTP_PORT: String(smtpPort),
    AUTO_REPLIES_PER_SENDER_PER_HOUR: '1000000',
    // The bench's webhook receiver listens on this machine.
    WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true',
  };
  // The API (with the outbox relay) and the worker in processes of their own, as in production.
  const api = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'api'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  // The worker runs only for the escalation part, so intake figures are the API's and PostgreSQL's alone.
  const worker = PARTS.has('escalation') || PARTS.has('outage') || PARTS.has('alerts') ? spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'worker'], { env, stdio: ['ignore', 'ignore', 'ignore'] }) : null;
  try {
    await waitReady(`http://127.0.0.1:${port}/readyz`, api);
    const base = `http://127.0.0.1:${port}`;
    const auth = { authorization: `Bearer ${key}` };
    if (PARTS.has('intake')) await intake(base, auth, sample);
    if (PARTS.has('direct')) await direct(sql, sample);
    if (PARTS.has('open311')) await open311(base, sql);
    if (PARTS.has('webhooks')) await webhooks(base, auth, sql, sample);
    if (PARTS.has('search')) await search(base, auth, sample);
    if (PARTS.has('statistics')) await statistics(base, sql);
    if (PARTS.has('retention')) await retention(sql);
    if (PARTS.has('view360')) await view360(base, auth, sample);
    if (PARTS.has('screenpop')) await screenPopLatency(base, auth, sample);
    if (PARTS.has('pages')) await residentsPages(base, sql, sample);
    if (PARTS.has('email')) await inboundEmail(sql, smtpPort);
    if (PARTS.has('escalation')) await escalation(base, sql, worker!.pid!);
    if (PARTS.has('notifications')) await notificationsKeepPace(base, auth, sql, sample, arrivals);
    if (PARTS.has('alerts')) await alertLatency(base, sql, arrivals);
    if (PARTS.has('outage')) await relayAfterOutage(base, sql, proxy, temporal.address);
  } finally {
    proxy.close();
    api.kill('SIGTERM');
    worker?.kill('SIGTERM');
    await temporal.stop();
    await new Promise<void>((r) => sink.close(() => r()));
    await sql.end();
    await db.stop();
  }
  say('\n' + JSON.stringify(results, null, 2));
}

async function waitReady(url: string, child: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error('the API process exited');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await sleep(100);
  }
  throw new Error('the API did not become ready');
}

const types = ['VOI-NID-POULE', 'PRO-DEPOT-SAUVAGE', 'EC-ACTE-NAISSANCE', 'TRA-BRUIT', 'EV-PARC', 'PRO-TAG'];
const channels = ['phone', 'email', 'counter', 'web', 'postal', 'social'];
/** 7 in 10 requests name a known resident; 3 in 10 describe a new one inline (contact-point look-ups, resident insert). */
function caseBody(i: number, sample: Sample) {
  const base = { channel: channels[i % 6], requestTypeCode: types[i % 6], description: `Signalement n°${i} : problème constaté rue de la République`, location: { address: `${i % 300} rue de la République`, postcode: '69002' } };
  if (i % 10 < 7) return { ...base, resident: { id: sample.residentIds[i % sample.residentIds.length] } };
  // A name like the city's others (a namesake of a generated resident, as cities have): a made-up
  // word per request ("Bench123") grew the name dictionary by tens of thousands of words sharing one beginning
  // over the runs, and every later typo search paid for them.
  const [givenName, ...family] = sample.names[(i * 7919) % sample.names.length]!.split(' ');
  return { ...base, resident: { givenName: givenName!, familyName: family.join(' ') || 'Martin', phone: `07 ${String(i % 100_000_000).padStart(8, '0').replace(/(\d\d)(?=\d)/g, '$1 ')}`, email: `camille.bench${i}@exemple.fr` } };
}

async function intake(base: string, auth: Record<string, string>, sample: Sample) {
  const call = httpClient(base, 256);
  const post = async (i: number, offset: number) => {
    const res = await call('POST', '/v1/cases', { ...auth, 'content-type': 'application/json', 'idempotency-key': `bench-${offset}-${i}` }, JSON.stringify(caseBody(offset + i, sample)));
    if (res.status !== 201) throw new Error(`${res.status} ${res.text.slice(0, 300)}`);
  };
  const stamp = Date.now() * 10;
  await drive((i) => post(i, stamp), { seconds: 3, concurrency: CONCURRENCY }); // warm-up
  const viaWrk = await intakeWithWrk(base, auth, sample);
  if (!viaWrk) {
    const closed = await drive((i) => post(i, stamp + 1_000_000), { seconds: SECONDS, concurrency: CONCURRENCY });
    const lat = percentiles(closed.latencies);
    results.intakeClosedLoop = { generator: 'node', concurrency: CONCURRENCY, casesPerSecond: Math.round(closed.perSecond), errors: closed.errors, latencyMs: lat };
    say(`intake (closed loop, ${CONCURRENCY} in flight, node client): ${Math.round(closed.perSecond)} cases/s, p50 ${lat.p50} ms, p99 ${lat.p99} ms, errors ${closed.errors}${closed.firstError ? ` (first: ${closed.firstError})` : ''}`);
  }
  const open = await drive((i) => post(i, stamp + 2_000_000), { seconds: SECONDS, concurrency: 0, ratePerSecond: 1000 });
  const lo = percentiles(open.latencies);
  results.intakeAt1000PerSecond = { casesPerSecond: Math.round(open.perSecond), errors: open.errors, shed: open.shed, latencyMs: lo };
  say(`intake (open loop at 1,000/s offered): ${Math.round(open.perSecond)} cases/s served, p50 ${lo.p50} ms, p99 ${lo.p99} ms, errors ${open.errors}, not sent (over 256 in flight) ${open.shed}${open.firstError ? ` (first error: ${open.firstError})` : ''}`);
  // Latency at a steady load the server does sustain: 70 % of the closed-loop maximum.
  const max = (results.intakeClosedLoop as { casesPerSecond: number }).casesPerSecond;
  const rate = Math.max(10, Math.round(max * 0.7));
  const steady = await drive((i) => post(i, stamp + 3_000_000), { seconds: SECONDS, concurrency: 0, ratePerSecond: rate });
  const ls = percentiles(steady.latencies);
  results.intakeAt70PercentOfMax = { ratePerSecond: rate, casesPerSecond: Math.round(steady.perSecond), errors: steady.errors, shed: steady.shed, latencyMs: ls };
  say(`intake (open loop at ${rate}/s, 70 % of max): ${Math.round(steady.perSecond)} cases/s, p50 ${ls.p50} ms, p99 ${ls.p99} ms, errors ${steady.errors}`);
}

/**
 * Open311 at 1 M residents: reporting apps filing reports (form-encoded, an integrator's key, a reporter's email
 * and a list attribute), closed loop at the bench's concurrency.
 */
const FIRST_NAMES = ['Camille', 'Louise', 'Gabriel', 'Jade', 'Léo', 'Emma', 'Raphaël', 'Alice', 'Louis', 'Chloé', 'Arthur', 'Lina', 'Jules', 'Mia', 'Adam', 'Rose', 'Hugo', 'Anna', 'Noah', 'Léa'];

async function open311(base: string, sql: ReturnType<typeof createSql>) {
  // The demo's public-space types, in a data set generated before they were flagged.
  await sql`update request_types set public_report = true where code in ('VOI-NID-POULE', 'VOI-ECLAIRAGE', 'PRO-DEPOT-SAUVAGE', 'PRO-TAG')`;
  await sql`update request_types set extra_fields = ${sql.json([{ name: 'nature', label: 'Nature des déchets', required: false, datatype: 'multivaluelist', values: [{ key: 'gravats', name: 'Gravats' }, { key: 'encombrants', name: 'Encombrants' }] }] as never)} where code = 'PRO-DEPOT-SAUVAGE'`;
  const key = await apiKeyRepository(sql).create({ id: `bench-311-${Date.now()}`, label: 'bench open311', role: 'integrator', scopes: ['open311:submit'] });
  const call = httpClient(base, 256);
  const stamp = Date.now();
  const post = async (i: number) => {
    const form = new URLSearchParams([
      ['api_key', key],
      ['service_code', i % 2 ? 'PRO-DEPOT-SAUVAGE' : 'VOI-NID-POULE'],
      ['lat', String(45.7 + (i % 1000) / 10_000)],
      ['long', String(4.8 + (i % 777) / 10_000)],
      ['email', `rapporteur.${stamp}.${i}@example.fr`],
      ['first_name', FIRST_NAMES[i % FIRST_NAMES.length]!],
      ['last_name', ['Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent'][i % 10]!],
      ['description', `Signalement ${i} depuis une application`],
      ...(i % 2 ? [['attribute[nature][]', 'gravats'] as [string, string], ['attribute[nature][]', 'encombrants'] as [string, string]] : []),
    ]);
    const res = await call('POST', '/open311/v2/requests.json', { 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': `b311-${stamp}-${i}` }, form.toString());
    if (res.status !== 201) throw new Error(`${res.status} ${res.text.slice(0, 300)}`);
  };
  await drive((i) => post(1_000_000 + i), { seconds: 3, concurrency: CONCURRENCY }); // warm-up
  const r = await drive(post, { seconds: SECONDS, concurrency: CONCURRENCY });
  const lat = percentiles(r.latencies);
  results.open311Post = { concurrency: CONCURRENCY, requestsPerSecond: Math.round(r.perSecond), errors: r.errors, latencyMs: lat };
  say(`Open311 POST requests.json (closed loop, ${CONCURRENCY} in flight): ${Math.round(r.perSecond)} reports/s, p50 ${lat.p50} ms, p99 ${lat.p99} ms, errors ${r.errors}${r.firstError ? ` (first: ${r.firstError})` : ''}`);
}

/**
 * Webhooks at 1 M residents, to a real receiver on this machine: the time from a case's creation answered to its
 * `case.created` delivery received (one case at a time), then a receiver outage while 10,000 cases are recorded and
 * the time it takes, once it is back, for every one of them to arrive (the retries' backoff included).
 */
async function webhooks(base: string, auth: Record<string, string>, sql: ReturnType<typeof createSql>, sample: Sample) {
  let failing = false;
  const arrivals = new Map<string, number>();
  const ids = new Set<string>();
  let duplicates = 0;
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (failing) return void res.writeHead(503).end();
      const id = String(req.headers['webhook-id']);
      if (ids.has(id)) duplicates++;
      ids.add(id);
      const event = JSON.parse(Buffer.concat(chunks).toString()) as { data: { case: { id: string } } };
      arrivals.set(event.data.case.id, performance.now());
      res.writeHead(204).end();
    });
  });
  const port = await freePort();
  await new Promise<void>((r) => receiver.listen(port, '127.0.0.1', r));
  // Earlier runs' subscriptions point at receivers long gone: they would share the dispatcher with this one.
  await sql`truncate webhook_deliveries, webhook_subscriptions`;
  const key = await apiKeyRepository(sql).create({ id: `bench-hooks-${Date.now()}`, label: 'bench webhooks', role: 'integrator', scopes: ['cases:create', 'cases:read:all', 'webhooks:manage'] });
  const call = httpClient(base, 64);
  const subscribed = await call('POST', '/v1/webhook-subscriptions', { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, JSON.stringify({ url: `http://127.0.0.1:${port}/hooks`, eventTypes: ['case.created'] }));
  if (subscribed.status !== 201) throw new Error(`${subscribed.status} ${subscribed.text}`);
  const stamp = Date.now() * 10 + 7_000_000;
  const create = async (i: number) => {
    const res = await call('POST', '/v1/cases', { ...auth, 'content-type': 'application/json', 'idempotency-key': `hook-${stamp}-${i}` }, JSON.stringify(caseBody(stamp + i, sample)));
    if (res.status !== 201) throw new Error(`${res.status} ${res.text.slice(0, 200)}`);
    return (JSON.parse(res.text) as { id: string }).id;
  };
  const latencies: number[] = [];
  for (let i = 0; i < 300; i++) {
    const id = await create(i);
    const answered = performance.now();
    while (!arrivals.has(id)) await sleep(2);
    latencies.push(arrivals.get(id)! - answered);
  }
  const lat = percentiles(latencies.slice(20));
  say(`webhook delivery (case created → receiver has it): p50 ${lat.p50} ms, p95 ${lat.p95} ms (n=${lat.n})`);

  failing = true;
  const before = ids.size;
  const outageStart = performance.now();
  const created: string[] = [];
  await drive(async (i) => void created.push(await create(100_000 + i)), { seconds: 3600, concurrency: CONCURRENCY, until: () => created.length >= 10_000 });
  // The receiver stays down as long as the outage the figure is for (10 minutes unless BENCH_RECEIVER_OUTAGE_SECONDS
  // says), so the deliveries are deep in their backoff when it comes back.
  while (performance.now() - outageStart < RECEIVER_OUTAGE_SECONDS * 1000) await sleep(1000);
  const outage = (performance.now() - outageStart) / 1000;
  failing = false;
  const back = performance.now();
  while (created.some((id) => !arrivals.has(id)) && performance.now() - back < 30 * 60_000) await sleep(200);
  const catchUp = (performance.now() - back) / 1000;
  const missing = created.filter((id) => !arrivals.has(id)).length;
  results.webhooks = { latencyMs: lat, outageSeconds: Math.round(outage), events: created.length, catchUpSeconds: Math.round(catchUp * 10) / 10, missing, duplicates, delivered: ids.size - before };
  say(`webhooks after a ${Math.round(outage)} s receiver outage with ${created.length} events: all in ${catchUp.toFixed(1)} s once it is back (retry backoff included), missing ${missing}, duplicates ${duplicates}`);
  await sql`truncate webhook_deliveries, webhook_subscriptions`;
  await new Promise((r) => receiver.close(r));
}

/**
 * With wrk installed (Debian package `wrk`), the closed-loop load comes from it: on two cores
 * a C load generator leaves the API and PostgreSQL the CPU a Node one would take.
 */
async function intakeWithWrk(base: string, auth: Record<string, string>, sample: Sample): Promise<boolean> {
  const which = spawnSync('wrk', ['--version']);
  if (which.error) {
    say('wrk not found (apt-get install wrk): using the Node client for the closed-loop intake');
    return false;
  }
  const idsFile = path.join(DATA_DIR, 'resident-ids.txt');
  await writeFile(idsFile, sample.residentIds.join('\n') + '\n');
  const key = auth.authorization!.replace('Bearer ', '');
  const out = spawnSync('wrk', ['-t2', `-c${CONCURRENCY}`, `-d${SECONDS}s`, '-s', 'tests/bench/intake.lua', base, '--', idsFile, key, `w${Date.now()}`], { encoding: 'utf8' });
  const m = /WRK requests=(\d+) duration_us=(\d+) p50_us=(\d+) p99_us=(\d+) max_us=(\d+) non2xx=(\d+) socket_errors=(\d+)/.exec(out.stdout);
  if (!m) throw new Error(`wrk said: ${out.stdout} ${out.stderr}`);
  const [requests, duration, p50, p99, max, non2xx, socketErrors] = m.slice(1).map(Number) as number[];
  const perSecond = requests! / (duration! / 1e6);
  results.intakeClosedLoop = {
    generator: 'wrk',
    concurrency: CONCURRENCY,
    casesPerSecond: Math.round(perSecond),
    errors: non2xx! + socketErrors!,
    latencyMs: { p50: p50! / 1000, p99: p99! / 1000, max: max! / 1000 },
  };
  say(`intake (closed loop, ${CONCURRENCY} connections, wrk): ${Math.round(perSecond)} cases/s, p50 ${p50! / 1000} ms, p99 ${p99! / 1000} ms, errors ${non2xx! + socketErrors!}`);
  return true;
}

/** The same rows through postgres.js directly: what the database alone can take at the same concurrency. */
async function direct(sql: ReturnType<typeof createSql>, sample: Sample) {
  const [rt] = await sql<{ id: string; directorateId: string }[]>`select id, directorate_id from request_types where code = 'VOI-NID-POULE'`;
  const insert = async (i: number) => {
    const body = caseBody(i, sample);
    const now = new Date();
    const id = uuidv7();
    await sql.begin(async (tx) => {
      let residentId: string;
      if ('id' in body.resident) residentId = body.resident.id!;
      else {
        residentId = uuidv7();
        const r = body.resident;
        await tx`insert into residents (id, given_name, family_name, created_at, updated_at) values (${residentId}, ${r.givenName}, ${r.familyName}, ${now}, ${now})`;
        await tx`insert into contact_points (id, resident_id, kind, value, normalized) values
          (${uuidv7()}, ${residentId}, 'phone', ${r.phone}, ${normalizePhone(r.phone)!}), (${uuidv7()}, ${residentId}, 'email', ${r.email}, ${r.email})`;
      }
      await tx`insert into cases (id, reference, tracking_code_hash, channel, request_type_id, directorate_id, resident_id, description, location, priority, status, created_at, updated_at)
        values (${id}, ${generateReference(now)}, ${hashTrackingCode(generateTrackingCode())}, ${body.channel!}, ${rt!.id}, ${rt!.directorateId}, ${residentId}, ${body.description}, ${tx.json(body.location)}, 'normal', 'received', ${now}, ${now})`;
      await tx`insert into case_events (id, case_id, type, visibility, data, created_at) values (${uuidv7()}, ${id}, 'case_created', 'public', ${tx.json({ channel: body.channel! })}, ${now})`;
    });
  };
  const stamp = 50_000_000 + (Date.now() % 1_000_000) * 10;
  const r = await drive((i) => insert(stamp + i), { seconds: SECONDS, concurrency: CONCURRENCY });
  const lat = percentiles(r.latencies);
  const api = (results.intakeClosedLoop as { casesPerSecond: number } | undefined)?.casesPerSecond ?? NaN;
  results.directInserts = { casesPerSecond: Math.round(r.perSecond), errors: r.errors, latencyMs: lat, apiOverDirect: Math.round((api / r.perSecond) * 100) / 100 };
  say(`direct postgres.js inserts: ${Math.round(r.perSecond)} cases/s, p50 ${lat.p50} ms, p99 ${lat.p99} ms; API/direct = ${(api / r.perSecond).toFixed(2)}`);
}

/**
 * The city's statistics at 3 M cases: each question a supervisor or a directorate asks, as an admin (every
 * directorate) and as a directorate agent (theirs), over a year by month, a month in detail, and the backlog.
 */
async function statistics(base: string, sql: ReturnType<typeof createSql>) {
  const [d] = await sql<{ id: string }[]>`select directorate_id as id from request_types order by id limit 1`;
  const admin = { authorization: `Bearer ${await apiKeyRepository(sql).create({ id: `bench-stats-${Date.now()}`, label: 'bench statistics', role: 'admin' })}` };
  const agent = { authorization: `Bearer ${await apiKeyRepository(sql).create({ id: `bench-stats-d-${Date.now()}`, label: 'bench statistics', role: 'directorate_agent', directorateId: d!.id })}` };
  const today = new Date().toISOString().slice(0, 10);
  const yearAgo = new Date(Date.now() - 365 * 86400_000).toISOString().slice(0, 10);
  const monthAgo = new Date(Date.now() - 30 * 86400_000).toISOString().slice(0, 10);
  const questions: Record<string, string> = {
    'volumes, a year by month and channel': `/v1/statistics/volumes?from=${yearAgo}&to=${today}&period=month&by=channel`,
    'volumes, a month by day, directorate and request type': `/v1/statistics/volumes?from=${monthAgo}&to=${today}&period=day&by=directorate,requestType`,
    'volumes, two years by category (CSV)': `/v1/statistics/volumes?from=${new Date(Date.now() - 730 * 86400_000).toISOString().slice(0, 10)}&to=${today}&by=category&format=csv`,
    'first contact, a year by channel': `/v1/statistics/first-contact?from=${yearAgo}&to=${today}`,
    'deadlines, a year by directorate and request type': `/v1/statistics/deadlines?from=${yearAgo}&to=${today}&by=directorate,requestType`,
    'backlog by directorate and request type': `/v1/statistics/backlog?by=directorate,requestType`,
    'flow, a year by month and directorate': `/v1/statistics/flow?from=${yearAgo}&to=${today}&period=month`,
  };
  const out: Record<string, unknown> = {};
  for (const [who, auth] of [['admin', admin], ['directorate agent', agent]] as const) {
    for (const [name, url] of Object.entries(questions)) {
      for (let i = 0; i < 5; i++) await timed(`${base}${url}`, auth);
      const samples: number[] = [];
      for (let i = 0; i < 60; i++) samples.push(await timed(`${base}${url}`, auth));
      const p = percentiles(samples);
      out[`${who}: ${name}`] = p;
      say(`statistics (${who}) ${name}: p50 ${p.p50} ms, p95 ${p.p95} ms (n=${p.n})`);
    }
  }
  // Open data: each file built from the counts as a reuser downloads it (36 months), and the quality page.
  const files = ['demandes-par-type', 'demandes-par-categorie', 'demandes-par-canal', 'demandes-par-code-postal', 'delais-par-type'].map((f) => `/donnees-ouvertes/${f}.csv`);
  for (const url of [...files, '/qualite-de-service.json', '/qualite-de-service']) {
    await timed(`${base}${url}`, {});
    const samples: number[] = [];
    for (let i = 0; i < 20; i++) samples.push(await timed(`${base}${url}`, {}));
    const p = percentiles(samples);
    out[`open data ${url}`] = p;
    say(`open data ${url}: built in p50 ${p.p50} ms, p95 ${p.p95} ms (n=${p.n})`);
  }
  results.statistics = out;
}

/**
 * The RGPD lifecycle at 3 M cases: what a run would do today with a one-year retention (a dry run: counted, not
 * done), then batches of 5,000 cases anonymised for real inside a transaction that is rolled back (the data set
 * stays as generated) — the throughput a first run would have.
 */
async function retention(sql: ReturnType<typeof createSql>) {
  const files = { put: async () => ({ key: '', sha256: '' }), read: async () => null, delete: async () => {} };
  const periods = { casesDays: 365, accessLogDays: 730, identityDays: 1095, inactiveDays: 730, noticeDays: 30 };
  let t = performance.now();
  const dry = await runRetention({ sql, files }, { now: new Date(), periods, dryRun: true });
  const dryMs = performance.now() - t;
  const [due] = await sql<{ n: number }[]>`select count(*)::int as n from cases c join request_types rt on rt.id = c.request_type_id
    where c.status in ('closed', 'rejected', 'merged') and c.anonymised_at is null and c.updated_at < now() - make_interval(days => coalesce(rt.retention_days, 365))`;
  say(`retention dry run (batch of ${dry.casesAnonymised}): ${Math.round(dryMs)} ms; cases due at 3 M with a one-year retention: ${due!.n}`);
  const rounds: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    await sql
      .begin(async (tx) => {
        const ids = (await tx<{ id: string }[]>`select c.id from cases c where c.status in ('closed', 'rejected', 'merged') and c.anonymised_at is null order by c.updated_at limit 5000 offset ${i * 5000}`).map((r) => r.id);
        await anonymiseCases(tx as unknown as ReturnType<typeof createSql>, ids, new Date());
        throw new Error('rollback');
      })
      .catch((e: Error) => {
        if (e.message !== 'rollback') throw e;
      });
    rounds.push(performance.now() - t);
  }
  const per = 5000 / (Math.min(...rounds) / 1000);
  results.retention = { dryRunMs: Math.round(dryMs), due: due!.n, batchMs: rounds.map(Math.round), casesPerSecond: Math.round(per), hoursForDue: Math.round((due!.n / per / 3600) * 10) / 10 };
  say(`retention: 5,000 cases anonymised (their events redacted, attachments and links removed) in ${rounds.map(Math.round).join(' / ')} ms → ${Math.round(per)} cases/s; all ${due!.n} due in ≈ ${Math.round((due!.n / per / 60) * 10) / 10} min`);
}

let getter: ReturnType<typeof httpClient> | null = null;
async function timed(url: string, headers: Record<string, string>): Promise<number> {
  const u = new URL(url);
  getter ??= httpClient(u.origin, 1);
  const t = performance.now();
  const res = await getter('GET', u.pathname + u.search, headers);
  if (res.status !== 200) throw new Error(`${res.status} ${url}`);
  return performance.now() - t;
}

async function search(base: string, auth: Record<string, string>, sample: Sample) {
  const n = Math.min(400, sample.residentIds.length);
  const kinds: Record<string, (i: number) => string> = {
    nameFragment: (i) => sample.names[i]!.split(' ').pop()!.slice(0, 5),
    fullNameWithTypo: (i) => sample.names[i]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/.$/, 'x'),
    phone: (i) => sample.phones[i]!.replace(/ /g, '').replace(/^0/, '+33'),
    email: (i) => sample.emails[i]!.toUpperCase(),
    reference: (i) => sample.references[i % sample.references.length]!,
  };
  const out: Record<string, unknown> = {};
  // The floor: an authenticated request that reads nothing. When it moves between runs, the machine moved, not the
  // search (this VM's figures drift by tens of per cent over hours).
  const floor: number[] = [];
  for (let i = 0; i < 420; i++) floor.push(await timed(`${base}/v1/me`, auth));
  out.floor = percentiles(floor.slice(20));
  say(`floor, GET /v1/me with the same key: p50 ${percentiles(floor.slice(20)).p50} ms, p95 ${percentiles(floor.slice(20)).p95} ms`);
  for (const [kind, q] of Object.entries(kinds)) {
    for (let i = 0; i < 20; i++) await timed(`${base}/v1/residents?q=${encodeURIComponent(q(i))}`, auth);
    const samples: number[] = [];
    for (let i = 0; i < n; i++) samples.push(await timed(`${base}/v1/residents?q=${encodeURIComponent(q(i))}`, auth));
    const p = percentiles(samples);
    out[kind] = p;
    say(`resident search by ${kind}: p50 ${p.p50} ms, p95 ${p.p95} ms (n=${p.n})`);
  }
  results.residentSearch = out;
}

async function view360(base: string, auth: Record<string, string>, sample: Sample) {
  const samples: number[] = [];
  for (let i = 0; i < sample.residentIds.length; i++) {
    samples.push(await timed(`${base}/v1/residents/${sample.residentIds[i]}`, auth));
  }
  const p = percentiles(samples.slice(20));
  results.resident360 = p;
  say(`resident 360° view: p50 ${p.p50} ms, p95 ${p.p95} ms (n=${p.n})`);
}

/**
 * The residents' pages at 1 M residents: the follow-up page with a reference and its code (the rate limiter's two
 * writes included), a signed-in resident's space listing their requests, one request's page; and each page's
 * weight (HTML, plus the two stylesheets every page links; the pages carry no script).
 */
async function residentsPages(base: string, sql: ReturnType<typeof createSql>, sample: Sample) {
  const n = Math.min(400, sample.references.length, sample.residentIds.length);
  const codes: { reference: string; code: string }[] = [];
  for (const reference of sample.references.slice(0, n)) {
    const code = generateTrackingCode();
    await sql`insert into case_tracking_codes (case_id, code_hash, issued_for, issued_at)
      select id, ${hashTrackingCode(code)}, 'bench', now() from cases where reference = ${reference} on conflict do nothing`;
    codes.push({ reference, code });
  }
  const cookies: string[] = [];
  for (const residentId of sample.residentIds.slice(0, n)) {
    const identityId = uuidv7();
    const cookie = `bench-${uuidv7()}`;
    await sql`insert into identities (id, provider, issuer, subject, kind, resident_id, link_status, first_seen_at, last_seen_at)
      values (${identityId}, 'franceconnect', 'https://bench.example/api/v2', ${identityId}, 'resident', ${residentId}, 'linked', now(), now())`;
    await sql`insert into sessions (id_hash, kind, provider, identity_id, resident_id, acr, created_at, last_seen_at, idle_timeout_seconds, expires_at)
      values (${hashSecret(cookie)}, 'resident', 'franceconnect', ${identityId}, ${residentId}, 'eidas1', now(), now(), 3600, now() + interval '1 hour')`;
    cookies.push(cookie);
  }
  const get = httpClient(base, 1);
  const page = async (path: string, headers: Record<string, string> = {}) => {
    const t = performance.now();
    const res = await get('GET', path, { accept: 'text/html', ...headers });
    if (res.status !== 200) throw new Error(`${res.status} ${path}`);
    return { ms: performance.now() - t, bytes: Buffer.byteLength(res.text) };
  };
  const session = (i: number) => ({ cookie: `__Host-guichet_session=${cookies[i % cookies.length]}` });
  for (let i = 0; i < 20; i++) {
    await page(`/suivi/${codes[i]!.reference}?code=${codes[i]!.code}`);
    await page('/espace', session(i));
  }
  const suivi: number[] = [];
  const espace: number[] = [];
  for (let i = 0; i < n; i++) {
    suivi.push((await page(`/suivi/${codes[i]!.reference}?code=${codes[i]!.code}`)).ms);
    espace.push((await page('/espace', session(i))).ms);
  }
  results.pageSuivi = percentiles(suivi);
  results.pageEspace = percentiles(espace);
  say(`page /suivi/<reference> with its code: p50 ${percentiles(suivi).p50} ms, p95 ${percentiles(suivi).p95} ms (n=${n})`);
  say(`page /espace (signed in, the resident's requests): p50 ${percentiles(espace).p50} ms, p95 ${percentiles(espace).p95} ms (n=${n})`);

  const [mine] = await sql<{ id: string }[]>`select id from cases where resident_id = ${sample.residentIds[0]!} limit 1`;
  const css = (await page('/assets/guichet.css')).bytes + (await page('/assets/theme.css')).bytes;
  const weights: Record<string, number> = {
    '/': (await page('/')).bytes,
    '/demande': (await page('/demande')).bytes,
    '/demande/VOI-NID-POULE': (await page('/demande/VOI-NID-POULE')).bytes,
    '/suivi': (await page('/suivi')).bytes,
    '/suivi/<reference> (status)': (await page(`/suivi/${codes[0]!.reference}?code=${codes[0]!.code}`)).bytes,
    '/espace (signed in)': (await page('/espace', session(0))).bytes,
    ...(mine ? { '/espace/demandes/<id>': (await page(`/espace/demandes/${mine.id}`, session(0))).bytes } : {}),
    '/accessibilite': (await page('/accessibilite')).bytes,
    '/donnees-personnelles': (await page('/donnees-personnelles')).bytes,
  };
  results.pageWeights = { stylesheetsBytes: css, htmlBytes: weights };

  // The agent console with an agent's session: search results (a name with a typo), the 360° record, the queue.
  const agentCookie = async (id: string, role: string, directorateId: string | null) => {
    await sql`insert into agents (id, display_name, role, directorate_id) values (${id}, ${id}, ${role}, ${directorateId}) on conflict do nothing`;
    const identityId = uuidv7();
    const cookie = `bench-agent-${uuidv7()}`;
    await sql`insert into identities (id, provider, issuer, subject, kind, agent_id, link_status, first_seen_at, last_seen_at)
      values (${identityId}, 'ville', 'https://bench.example/realms/ville', ${identityId}, 'agent', ${id}, 'linked', now(), now())`;
    await sql`insert into sessions (id_hash, kind, provider, identity_id, agent_id, created_at, last_seen_at, idle_timeout_seconds, expires_at)
      values (${hashSecret(cookie)}, 'agent', 'ville', ${identityId}, ${id}, now(), now(), 43200, now() + interval '12 hours')`;
    return { cookie: `__Host-guichet_session=${cookie}` };
  };
  const counter = await agentCookie('bench-accueil', 'counter_agent', null);
  const [busiest] = await sql<{ directorateId: string; n: number }[]>`select directorate_id, count(*)::int as n from cases where status in ('escalated', 'awaiting_resident') group by 1 order by 2 desc limit 1`;
  const directorate = await agentCookie('bench-direction', 'directorate_agent', busiest?.directorateId ?? 'voirie');
  const typo = (i: number) => sample.names[i % sample.names.length]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/.$/, 'x');
  for (let i = 0; i < 20; i++) await page(`/agent/recherche?q=${encodeURIComponent(typo(i))}`, counter);
  // What the search page's script asks for as the agent types: the results alone, for a name begun.
  const begun = (i: number) => sample.names[i % sample.names.length]!.split(' ').pop()!.slice(0, 4);
  for (let i = 0; i < 20; i++) await page(`/agent/recherche/resultats?q=${encodeURIComponent(begun(i))}`, counter);
  const searchPage: number[] = [];
  const resultsFragment: number[] = [];
  const recordPage: number[] = [];
  const queuePage: number[] = [];
  for (let i = 0; i < n; i++) {
    searchPage.push((await page(`/agent/recherche?q=${encodeURIComponent(typo(1000 + i))}`, counter)).ms);
    resultsFragment.push((await page(`/agent/recherche/resultats?q=${encodeURIComponent(begun(2000 + i))}`, counter)).ms);
    recordPage.push((await page(`/agent/usagers/${sample.residentIds[i]}?motif=accueil`, counter)).ms);
    if (i < 200) queuePage.push((await page('/agent/file', directorate)).ms);
  }
  results.consoleSearch = percentiles(searchPage);
  results.consoleResultsAsTyped = percentiles(resultsFragment);
  results.console360 = percentiles(recordPage);
  results.consoleQueue = { ...percentiles(queuePage), openCasesInDirectorate: busiest?.n ?? 0 };
  say(`console search page (full name with a typo): p50 ${percentiles(searchPage).p50} ms, p95 ${percentiles(searchPage).p95} ms (n=${n})`);
  say(`console results as one types (a name begun, 4 letters): p50 ${percentiles(resultsFragment).p50} ms, p95 ${percentiles(resultsFragment).p95} ms (n=${n})`);
  say(`console 360° page: p50 ${percentiles(recordPage).p50} ms, p95 ${percentiles(recordPage).p95} ms (n=${n})`);
  say(`console queue page (${busiest?.n ?? 0} open escalated cases in the directorate, first 100 shown): p50 ${percentiles(queuePage).p50} ms, p95 ${percentiles(queuePage).p95} ms`);
  const scripts = (await page('/assets/recherche.js')).bytes + (await page('/assets/appels.js')).bytes;
  say(`page weight: stylesheets ${css} B (cached once for every page), no script on residents' pages (the console's two: ${scripts} B); HTML ${Object.entries(weights).map(([p, b]) => `${p} ${b} B`).join(', ')}`);
}

/** The telephony system's call event: residents by caller number with their open cases, at 1 M residents. */
async function screenPopLatency(base: string, auth: Record<string, string>, sample: Sample) {
  const call = httpClient(base, 1);
  const post = async (i: number) => {
    const body = JSON.stringify({ callId: `bench-${Date.now()}-${i}`, event: 'ringing', callerNumber: sample.phones[i % sample.phones.length] });
    const t = performance.now();
    const res = await call('POST', '/v1/telephony/calls', { ...auth, 'content-type': 'application/json' }, body);
    if (res.status !== 200) throw new Error(`${res.status} ${res.text.slice(0, 200)}`);
    return performance.now() - t;
  };
  for (let i = 0; i < 20; i++) await post(i);
  const samples: number[] = [];
  for (let i = 0; i < 400; i++) samples.push(await post(1000 + i));
  const p = percentiles(samples);
  results.screenPop = p;
  say(`screen pop (POST /v1/telephony/calls): p50 ${p.p50} ms, p95 ${p.p95} ms (n=${p.n})`);
}

/**
 * Inbound email through SMTP to a threaded case: replies naming an existing case's reference in the subject,
 * from many senders over 16 connections; each is parsed, threaded and recorded before the 250 answer.
 */
async function inboundEmail(sql: ReturnType<typeof createSql>, smtpPort: number) {
  const refs = (await sql<{ reference: string }[]>`select reference from cases where status in ('received', 'in_progress') limit 500`).map((r) => r.reference);
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true, pool: true, maxConnections: CONCURRENCY, maxMessages: Infinity });
  let next = 0;
  const send = async () => {
    const i = next++;
    if (i >= EMAILS) return;
    await transport.sendMail({
      from: `habitant${i}@exemple.fr`,
      to: 'mairie@bench.example',
      subject: `Re: [${refs[i % refs.length]}] votre demande`,
      text: `Bonjour, voici une précision n°${i} sur ma demande. Cordialement.`,
      messageId: `<bench-${Date.now()}-${i}@exemple.fr>`,
    });
  };
  await drive(send, { seconds: 3, concurrency: CONCURRENCY, until: () => next >= 100 }); // warm-up
  next = 100;
  const t0 = performance.now();
  const r = await drive(send, { seconds: 120, concurrency: CONCURRENCY, until: () => next >= EMAILS });
  const perSecond = r.done / ((performance.now() - t0) / 1000);
  transport.close();
  const lat = percentiles(r.latencies);
  results.inboundEmailThreaded = { emails: r.done, perSecond: Math.round(perSecond), errors: r.errors, latencyMs: lat };
  say(`inbound email through SMTP, threaded onto cases: ${r.done} at ${Math.round(perSecond)}/s, p50 ${lat.p50} ms, p99 ${lat.p99} ms, errors ${r.errors}${r.firstError ? ` (first: ${r.firstError})` : ''}`);
}

/**
 * Escalation: escalations started per second through the API; how long until every workflow has
 * started (the outbox relay and Temporal); the time from an agent accepting a case to the queue
 * showing it; and the worker's memory with ESCALATIONS open workflows.
 */
async function escalation(base: string, sql: ReturnType<typeof createSql>, workerPid: number) {
  const agent = await apiKeyRepository(sql).create({ id: `bench-sup-${Date.now()}`, label: 'bench', role: 'supervisor' });
  const auth = { authorization: `Bearer ${agent}` };
  // Outbox rows left by an interrupted earlier run would be delivered to this run's fresh server.
  await sql`update outbox set delivered_at = now() where delivered_at is null`;
  const ids = (
    await sql<{ id: string }[]>`select c.id from cases c join request_types rt on rt.id = c.request_type_id
      where c.status = 'received' and c.escalated_at is null and rt.directorate_id = 'voirie' limit ${ESCALATIONS}`
  ).map((r) => r.id);
  const call = httpClient(base, 64);
  let next = 0;
  const t0 = performance.now();
  const r = await drive(
    async () => {
      const id = ids[next++];
      if (!id) return;
      const res = await call('POST', `/v1/cases/${id}/escalate`, { ...auth, 'content-type': 'application/json' }, '{}');
      if (res.status !== 200) throw new Error(`${res.status} ${res.text.slice(0, 200)}`);
    },
    { seconds: 600, concurrency: CONCURRENCY, until: () => next >= ids.length },
  );
  const escalatedPerSecond = r.done / ((performance.now() - t0) / 1000);
  say(`escalations through the API: ${r.done} at ${Math.round(escalatedPerSecond)}/s, p50 ${percentiles(r.latencies).p50} ms, p99 ${percentiles(r.latencies).p99} ms, errors ${r.errors}`);
  // Every escalation becomes a running workflow once the relay has delivered the outbox.
  const tDeliver = performance.now();
  for (;;) {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where delivered_at is null`;
    if (!row || row.n === 0) break;
    if (performance.now() - tDeliver > 900_000) break;
    await sleep(500);
  }
  const deliverSeconds = (performance.now() - tDeliver) / 1000;
  const [started] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where kind = 'escalation_started' and delivered_at is not null`;
  say(`outbox delivered: ${started?.n} escalation workflows started, ${Math.round(deliverSeconds)} s after the last escalation`);
  await sleep(5000);
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${workerPid}/status`, 'utf8'))?.[1] ?? NaN);
  say(`worker memory with ${started?.n} open escalations: ${Math.round(rssKb / 1024)} MiB resident`);
  // An agent accepts; how long until the directorate's queue shows it accepted.
  const visible: number[] = [];
  for (const id of ids.slice(0, 300)) {
    const t = performance.now();
    const res = await call('POST', `/v1/cases/${id}/accept`, { ...auth, 'content-type': 'application/json' });
    if (res.status !== 200) continue;
    const q = await call('GET', `/v1/cases/${id}`, auth);
    if (!q.text.includes('"status":"in_progress"')) continue;
    visible.push(performance.now() - t);
  }
  const v = percentiles(visible);
  say(`agent action → visible: p50 ${v.p50} ms, p95 ${v.p95} ms (n=${v.n})`);
  results.escalation = {
    escalations: r.done,
    escalationsPerSecond: Math.round(escalatedPerSecond),
    escalateLatencyMs: percentiles(r.latencies),
    outboxDeliverySeconds: Math.round(deliverSeconds),
    workflowsStarted: started?.n,
    workerRssMiB: Math.round(rssKb / 1024),
    actionToVisibleMs: v,
  };
}

/** A TCP proxy to Temporal: `cut()` drops every connection and refuses new ones until `restore()`. */
async function tcpProxy(target: string) {
  const [host, port] = target.split(':') as [string, string];
  const sockets = new Set<net.Socket>();
  let down = false;
  const server = net.createServer((client) => {
    if (down) return client.destroy();
    const upstream = net.connect(Number(port), host);
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut() {
      down = true;
      for (const s of sockets) s.destroy();
    },
    restore() {
      down = false;
    },
    close() {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

/**
 * Notifications keep pace with intake: cases filed by phone at NOTIFY_RATE/s for NOTIFY_SECONDS, each one's
 * acknowledgement sent by email to the SMTP sink; latency from the case's commit to the message reaching the
 * relay, throughput over the run, and messages received twice.
 */
async function notificationsKeepPace(base: string, auth: Record<string, string>, sql: ReturnType<typeof createSql>, sample: Sample, arrivals: Map<string, number[]>) {
  const call = httpClient(base, 256);
  const stamp = Date.now();
  const t0 = Date.now();
  const filed = await drive(
    async (i) => {
      const body = { channel: 'phone', requestTypeCode: 'PRO-BAC', description: `Bac cassé n°${i}`, resident: { id: sample.residentIds[(i * 7919) % sample.residentIds.length] } };
      const res = await call('POST', '/v1/cases', { ...auth, 'content-type': 'application/json', 'idempotency-key': `notify-${stamp}-${i}` }, JSON.stringify(body));
      if (res.status !== 201) throw new Error(`${res.status} ${res.text.slice(0, 200)}`);
    },
    { seconds: NOTIFY_SECONDS, concurrency: 0, ratePerSecond: NOTIFY_RATE },
  );
  // Wait until every acknowledgement of the run is sent (or two minutes pass).
  const since = new Date(t0);
  for (let waited = 0; waited < 120_000; waited += 500) {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from notifications where created_at >= ${since} and kind = 'acknowledgement' and status in ('recorded', 'retry', 'sending')`;
    if (!row || row.n === 0) break;
    await sleep(500);
  }
  const rows = await sql<{ id: string; committedAt: Date; status: string }[]>`
    select n.id, c.created_at as committed_at, n.status from notifications n join cases c on c.id = n.case_id
    where n.created_at >= ${since} and n.kind = 'acknowledgement'`;
  const latencies: number[] = [];
  let twice = 0;
  let last = 0;
  let first = Infinity;
  for (const r of rows) {
    const got = arrivals.get(r.id);
    if (!got) continue;
    if (got.length > 1) twice++;
    latencies.push(got[0]! - r.committedAt.getTime());
    last = Math.max(last, got[0]!);
    first = Math.min(first, got[0]!);
  }
  const lat = percentiles(latencies);
  const perSecond = latencies.length / Math.max(1, (last - first) / 1000);
  results.notificationsKeepPace = { offeredPerSecond: NOTIFY_RATE, seconds: NOTIFY_SECONDS, casesFiled: filed.done, intakeErrors: filed.errors, shed: filed.shed, acknowledgements: rows.length, sent: latencies.length, sentPerSecond: Math.round(perSecond), commitToRelayMs: lat, receivedTwice: twice };
  say(`notifications: ${filed.done} cases filed at ${NOTIFY_RATE}/s offered (${filed.errors} errors, ${filed.shed} not sent); ${latencies.length}/${rows.length} acknowledgements at the relay, ${Math.round(perSecond)}/s, commit → relay p50 ${lat.p50} ms, p95 ${lat.p95} ms, p99 ${lat.p99} ms; received twice: ${twice}`);
}

/**
 * Staff alerts: escalations nobody accepts raise an acceptance reminder after one minute (the bench sets
 * ESCALATION_ACCEPT_REMINDER_MINUTES=1); how late after its due time each alert is in the inbox (its row),
 * and how long from there to the team's mailbox at the relay.
 */
async function alertLatency(base: string, sql: ReturnType<typeof createSql>, arrivals: Map<string, number[]>) {
  const key = await apiKeyRepository(sql).create({ id: `bench-alerts-${Date.now()}`, label: 'bench', role: 'supervisor' });
  await sql`update directorates set staff_email = 'equipe-' || id || '@bench.example' where staff_email is null`;
  const call = httpClient(base, 16);
  const ids = (await sql<{ id: string }[]>`select c.id from cases c where c.status = 'received' and c.escalated_at is null and c.directorate_id = 'proprete' limit 200`).map((r) => r.id);
  const escalatedAt = new Map<string, number>();
  for (const id of ids) {
    const res = await call('POST', `/v1/cases/${id}/escalate`, { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, '{}');
    if (res.status === 200) escalatedAt.set(id, Date.now());
  }
  await sleep(90_000);
  for (let waited = 0; waited < 60_000; waited += 1000) {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from notifications where kind = 'acceptance_reminder' and case_id in ${sql(ids)}`;
    if ((row?.n ?? 0) >= escalatedAt.size) break;
    await sleep(1000);
  }
  await sleep(5000);
  const rows = await sql<{ id: string; caseId: string; createdAt: Date }[]>`select id, case_id, created_at from notifications where kind = 'acceptance_reminder' and case_id in ${sql(ids)}`;
  const toInbox = rows.map((r) => r.createdAt.getTime() - (escalatedAt.get(r.caseId)! + 60_000));
  const toMail = rows.flatMap((r) => (arrivals.get(r.id) ? [arrivals.get(r.id)![0]! - r.createdAt.getTime()] : []));
  const a = percentiles(toInbox);
  const m = percentiles(toMail);
  results.alerts = { escalated: escalatedAt.size, alerts: rows.length, dueToInboxMs: a, inboxToMailboxMs: m };
  say(`alerts: ${rows.length}/${escalatedAt.size} acceptance reminders; due → inbox p50 ${a.p50} ms, p95 ${a.p95} ms; inbox → mailbox p50 ${m.p50} ms, p95 ${m.p95} ms (n=${m.n})`);
}

/**
 * The relay after a Temporal outage: OUTAGE_CHANGES changes (escalations, questions, answers) written while
 * Temporal is unreachable for OUTAGE_SECONDS; once it is back, how long the relay takes to deliver them, at
 * what rate, and whether any case's workflow saw its changes out of order.
 */
async function relayAfterOutage(base: string, sql: ReturnType<typeof createSql>, proxy: Awaited<ReturnType<typeof tcpProxy>>, temporalAddress: string) {
  const key = await apiKeyRepository(sql).create({ id: `bench-outage-${Date.now()}`, label: 'bench', role: 'supervisor' });
  const auth = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  await sql`update outbox set delivered_at = now() where delivered_at is null`;
  const perCase = 3;
  const ids = (await sql<{ id: string }[]>`select c.id from cases c where c.status = 'received' and c.escalated_at is null and c.directorate_id = 'voirie' limit ${Math.ceil(OUTAGE_CHANGES / perCase)}`).map((r) => r.id);
  const call = httpClient(base, 64);
  proxy.cut();
  const tCut = Date.now();
  let next = 0;
  const steps = ids.flatMap((id) => [
    ['POST', `/v1/cases/${id}/escalate`, '{}'],
    ['POST', `/v1/cases/${id}/status`, JSON.stringify({ status: 'awaiting_resident', message: 'Précisez l’adresse.' })],
    ['POST', `/v1/cases/${id}/status`, JSON.stringify({ status: 'in_progress' })],
  ]);
  // Interleaved between cases: the n-th step of every case before the (n+1)-th of any.
  const ordered = [0, 1, 2].flatMap((k) => steps.filter((_, i) => i % perCase === k));
  const written = await drive(
    async () => {
      const s = ordered[next++];
      if (!s) return;
      const res = await call(s[0]!, s[1]!, auth, s[2]);
      if (res.status !== 200) throw new Error(`${res.status} ${res.text.slice(0, 200)}`);
    },
    { seconds: 600, concurrency: CONCURRENCY, until: () => next >= ordered.length },
  );
  const left = OUTAGE_SECONDS * 1000 - (Date.now() - tCut);
  if (left > 0) await sleep(left);
  const [pending] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where delivered_at is null`;
  proxy.restore();
  const tBack = Date.now();
  for (;;) {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where delivered_at is null`;
    if (!row || row.n === 0 || Date.now() - tBack > 900_000) break;
    await sleep(250);
  }
  const drainSeconds = (Date.now() - tBack) / 1000;
  // Every case's workflow must have seen escalation_started, paused, resumed — in that order.
  const client = new Client({ connection: await Connection.connect({ address: temporalAddress }) });
  let violations = 0;
  let checked = 0;
  for (const id of ids) {
    const state = await client.workflow.getHandle(`case-${id}`).query(lifecycleStateQuery).catch(() => null);
    checked++;
    if (JSON.stringify(state?.seen ?? []) !== JSON.stringify(['escalation_started', 'paused', 'resumed'])) violations++;
  }
  await client.connection.close();
  results.relayAfterOutage = { changes: written.done, errors: written.errors, pendingWhenBack: pending?.n, outageSeconds: Math.round((tBack - tCut) / 1000), drainSeconds: Math.round(drainSeconds), deliveredPerSecond: Math.round((pending?.n ?? 0) / drainSeconds), casesChecked: checked, orderViolations: violations };
  say(`relay after a ${Math.round((tBack - tCut) / 1000)} s Temporal outage: ${pending?.n} changes pending, drained in ${Math.round(drainSeconds)} s (${Math.round((pending?.n ?? 0) / drainSeconds)}/s); ${checked} workflows checked, order violations: ${violations}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
