import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Sql } from './client.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** An applied migration's file was changed afterwards: the database and the code no longer tell the same story. */
export class MigrationEditedError extends Error {
  constructor(readonly file: string) {
    super(`migration ${file} was edited after it was applied; restore it and add a new migration instead`);
    this.name = 'MigrationEditedError';
  }
}

const checksum = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Applies the numbered plain-SQL migrations not yet applied, each with the others in one transaction, and
 * records each file's SHA-256: an applied migration whose file changed since is refused before anything runs.
 * Rows from before checksums were kept get theirs on the first run.
 */
export async function migrate(sql: Sql): Promise<string[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d+_.+\.sql$/.test(f)).sort();
  const texts = new Map(await Promise.all(files.map(async (f) => [f, await readFile(MIGRATIONS_DIR + f, 'utf8')] as const)));
  const applied: string[] = [];
  await sql.begin(async (tx) => {
    // Two instances starting together must not both migrate.
    await tx`select pg_advisory_xact_lock(4242001)`;
    await tx`create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())`;
    await tx`alter table schema_migrations add column if not exists checksum text`;
    const done = new Map((await tx<{ version: string; checksum: string | null }[]>`select version, checksum from schema_migrations`).map((r) => [r.version, r.checksum]));
    for (const file of files) {
      const sum = checksum(texts.get(file)!);
      if (!done.has(file)) continue;
      const recorded = done.get(file);
      if (recorded == null) await tx`update schema_migrations set checksum = ${sum} where version = ${file}`;
      else if (recorded !== sum) throw new MigrationEditedError(file);
    }
    for (const file of files) {
      if (done.has(file)) continue;
      await tx.unsafe(texts.get(file)!);
      await tx`insert into schema_migrations (version, checksum) values (${file}, ${checksum(texts.get(file)!)})`;
      applied.push(file);
    }
  });
  return applied;
}
