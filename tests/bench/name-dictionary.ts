import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fakerFR as faker } from '@faker-js/faker';
import { createSql } from '../../adapters/postgres/client.js';
import { migrate } from '../../adapters/postgres/migrate.js';
import { resolveDatabase } from '../../adapters/postgres/resolve-database.js';
import { residentRepository, wordCandidates } from '../../adapters/postgres/resident-repository.js';
import { foldText } from '../../src/core/contact.js';
import { createLogger } from '../../src/logger.js';
import { percentiles } from './stats.js';

/**
 * `npx tsx tests/bench/name-dictionary.ts [words]`: the resident search's typo look-up on a city-sized name
 * dictionary. The main bench's residents carry faker's names — about a thousand distinct words —, where a city of
 * a million has a long tail of family names: here 150,000 French-like words (a character chain trained on faker's
 * names), put straight into the dictionary of a throw-away database, then the search's own code asked for 400 of
 * faker's names with a one-letter typo (a last letter replaced, a middle letter dropped, two letters swapped).
 * Prints the look-up's time and how often the name meant is among the five typos offered.
 */
const WORDS = Number(process.argv[2] ?? 150_000);
const say = (s: string) => process.stdout.write(`${s}\n`);

function syntheticNames(seeds: string[], count: number): string[] {
  const order = 2;
  const next = new Map<string, string[]>();
  for (const w of seeds) {
    const s = `${'^'.repeat(order)}${w}$`;
    for (let i = order; i < s.length; i++) (next.get(s.slice(i - order, i)) ?? next.set(s.slice(i - order, i), []).get(s.slice(i - order, i))!).push(s[i]!);
  }
  const words = new Set(seeds);
  faker.seed(2026);
  for (let tries = 0; words.size < count && tries < 50_000_000; tries++) {
    let w = '';
    for (let s = '^'.repeat(order); w.length <= 16; ) {
      const c = faker.helpers.arrayElement(next.get(s.slice(-order)) ?? ['$']);
      if (c === '$') break;
      w += c;
      s += c;
    }
    if (w.length >= 3 && w.length <= 16) words.add(w);
  }
  return [...words];
}

const typo = (w: string, i: number) =>
  i % 3 === 0 ? `${w.slice(0, -1)}x` : i % 3 === 1 ? w.slice(0, w.length >> 1) + w.slice((w.length >> 1) + 1) : w[0]! + w[2]! + w[1]! + w.slice(3);

async function main() {
  const logger = createLogger('warn');
  const dir = await mkdtemp(path.join(tmpdir(), 'guichet-names-'));
  const db = await resolveDatabase({ dataDir: dir, database: 'guichet_names', persistent: false, tryContainers: false, logger });
  const sql = createSql(db.url, { max: 4 });
  try {
    await migrate(sql);
    const people = faker.rawDefinitions.person!;
    const list = (v: unknown): string[] => (Array.isArray(v) ? v : Object.values(v as Record<string, string[]>).flat());
    const seeds = [...new Set([...list(people.last_name), ...list(people.first_name)].map((n) => foldText(n).replace(/[^a-z]/g, '')).filter((w) => w.length >= 4))];
    const words = syntheticNames(seeds, WORDS);
    for (let i = 0; i < words.length; i += 10_000) {
      await sql`insert into name_tokens ${sql(words.slice(i, i + 10_000).map((token) => ({ token, residents: 1 })))} on conflict do nothing`;
    }
    await sql`analyze name_tokens`;
    say(`dictionary: ${words.length} words (${seeds.length} of them faker's)`);
    const sample = seeds.filter((_, i) => i % Math.max(1, Math.floor(seeds.length / 420)) === 0).slice(0, 420);
    const repo = residentRepository(sql);
    const times: number[] = [];
    let offered = 0;
    for (let i = 0; i < sample.length; i++) {
      const q = typo(sample[i]!, i);
      const t = performance.now();
      await repo.search({ kind: 'name', folded: q }, 20);
      times.push(performance.now() - t);
      // What the look-up offered: the search's own candidates for that word (its five closest typos among them).
      const rows = await sql<{ token: string }[]>`${wordCandidates(sql, q, false, 20)}`;
      if (rows.some((r) => r.token === sample[i])) offered++;
    }
    const p = percentiles(times.slice(20));
    say(`one-word typo search on it: p50 ${p.p50} ms, p95 ${p.p95} ms (n=${p.n}); the name meant among the five offered: ${offered}/${sample.length}`);
  } finally {
    await sql.end();
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
