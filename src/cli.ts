import { parseArgs } from 'node:util';
import { seedCatalogue } from '../adapters/postgres/seed.js';
import { ConfigError, loadConfig } from './config.js';
import { DomainError } from './core/errors.js';
import { openDatabase } from './database.js';
import { ROLES, type Role } from './core/model.js';
import { KEY_SCOPES, type KeyScope } from './core/actor.js';
import { createLogger } from './logger.js';
import { composeCore } from './compose.js';
import { issueApiKey, listApiKeys, revokeApiKey, rotateApiKey } from './core/admin/api-keys.js';
import { updateAgent } from './core/admin/agents.js';
import { runRetention } from '../adapters/postgres/retention.js';
import path from 'node:path';
import { s3Storage } from '../adapters/storage/s3.js';

/**
 * Operator commands, for a city's installation where no demo data is loaded:
 *   npm run admin -- create-agent --id j.martin --name "Jeanne Martin" --role directorate_agent --directorate voirie
 *   npm run admin -- create-api-key --role integrator --label "Portail citoyen"
 *   npm run admin -- create-api-key --role counter_agent --agent j.martin --label "Poste accueil 3"
 * The key is printed once; only its hash is stored.
 */
const USAGE = `usage:
  npm run migrate                     (applies the migrations and exits: the upgrade step before new processes start)
  npm run admin -- create-agent --id ID --name NAME --role counter_agent|directorate_agent|supervisor|admin [--directorate ID] [--email EMAIL]
  npm run admin -- create-api-key --role ROLE --label LABEL [--agent AGENT_ID] [--directorate ID] [--scopes cases:create,cases:read]
                                      (an integrator key's scopes: ${KEY_SCOPES.join(', ')}; default cases:create,cases:read)
  npm run admin -- list-api-keys      (id, role, agent, state, scopes, last use, label)
  npm run admin -- rotate-api-key --id KEY_ID [--overlap-hours N]   (prints the new key; the old one works N hours more, default 0)
  npm run admin -- revoke-api-key --id KEY_ID            (stops working at once in every process)
  npm run admin -- deactivate-agent --id AGENT_ID       (can no longer sign in; their keys stop at once)
  npm run admin -- load-catalogue     (the demo catalogue of directorates, request types and articles, as a starting point)
  npm run admin -- set-staff-mailbox --directorate ID --email EMAIL    (where the directorate's team receives its alerts)
  npm run admin -- add-supervisor --agent AGENT_ID --directorate ID    (a supervisor supervising no directorate in particular supervises them all)
  npm run admin -- retention [--dry-run]    (the RGPD lifecycle now: closed cases past retention anonymised, old access log and identities purged; prints the counts)`;

const COMMANDS = ['migrate', 'list-api-keys', 'rotate-api-key', 'revoke-api-key', 'deactivate-agent', 'create-agent', 'create-api-key', 'load-catalogue', 'set-staff-mailbox', 'add-supervisor', 'retention'] as const;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      id: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      directorate: { type: 'string' },
      email: { type: 'string' },
      label: { type: 'string' },
      agent: { type: 'string' },
      scopes: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'overlap-hours': { type: 'string' },
    },
  });
  if (!COMMANDS.includes(command as (typeof COMMANDS)[number])) throw new ConfigError(USAGE);
  const role = values.role as Role | undefined;
  if ((command === 'create-agent' || command === 'create-api-key') && (!role || !ROLES.includes(role))) throw new ConfigError(`--role must be one of ${ROLES.join(', ')}\n${USAGE}`);

  const config = loadConfig(process.env);
  const logger = createLogger('warn');
  const { server: db, sql, applied } = await openDatabase(config, logger, 1);
  try {
    // The operator at the shell acts as an admin; their changes are in the audit trail as "npm run admin".
    const operator = { principalId: 'cli', role: 'admin' as const, agentId: null, directorateId: null, label: 'npm run admin' };
    const core = () => composeCore(sql, {});
    if (command === 'retention') {
      // Attachments' bytes are where the API keeps them: the bucket, or DATA_DIR/attachments.
      const files = composeCore(sql, { attachmentsDir: path.resolve(config.dataDir, 'attachments'), ...(config.attachmentsS3 ? { files: s3Storage(config.attachmentsS3) } : {}) }).files;
      const counts = await runRetention({ sql, files }, { now: new Date(), periods: config.retention, dryRun: values['dry-run'] === true });
      console.log(JSON.stringify({ dryRun: values['dry-run'] === true, ...counts }, null, 2));
    } else if (command === 'list-api-keys') {
      for (const k of await listApiKeys(core(), operator)) {
        const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : k.expiresAt ? `expires ${k.expiresAt.toISOString()}` : 'active';
        const fields = [k.id, k.role, k.agentId ?? '-', state, k.scopes.join(',') || '-', k.lastUsedAt ? `used ${k.lastUsedAt.toISOString()}` : 'never used', k.label];
        process.stdout.write(`${fields.join('\t')}\n`);
      }
    } else if (command === 'rotate-api-key') {
      if (!values.id) throw new ConfigError(USAGE);
      const overlapHours = values['overlap-hours'] === undefined ? 0 : Number(values['overlap-hours']);
      const { key } = await rotateApiKey(core(), operator, values.id, { overlapHours });
      process.stdout.write(`${key}\n`);
    } else if (command === 'revoke-api-key') {
      if (!values.id) throw new ConfigError(USAGE);
      await revokeApiKey(core(), operator, values.id);
      process.stdout.write(`key ${values.id} revoked\n`);
    } else if (command === 'deactivate-agent') {
      if (!values.id) throw new ConfigError(USAGE);
      await updateAgent(core(), operator, values.id, { active: false });
      process.stdout.write(`agent ${values.id} deactivated\n`);
    } else if (command === 'migrate') {
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'the database is up to date\n');
    } else if (command === 'load-catalogue') {
      await seedCatalogue(sql);
      process.stdout.write('catalogue loaded\n');
    } else if (command === 'set-staff-mailbox') {
      if (!values.directorate || !values.email || !/^[^\s@]+@[^\s@]+$/.test(values.email)) throw new ConfigError(USAGE);
      const rows = await sql`update directorates set staff_email = ${values.email} where id = ${values.directorate} returning id`;
      if (rows.length === 0) throw new ConfigError(`no directorate ${values.directorate}`);
      process.stdout.write(`alerts of ${values.directorate} go to ${values.email}\n`);
    } else if (command === 'add-supervisor') {
      if (!values.agent || !values.directorate) throw new ConfigError(USAGE);
      const [agent] = await sql<{ role: string }[]>`select role from agents where id = ${values.agent}`;
      if (agent?.role !== 'supervisor') throw new ConfigError(`agent ${values.agent} is not a supervisor`);
      const [d] = await sql`select 1 from directorates where id = ${values.directorate}`;
      if (!d) throw new ConfigError(`no directorate ${values.directorate}`);
      await sql`insert into directorate_supervisors (directorate_id, agent_id) values (${values.directorate}, ${values.agent}) on conflict do nothing`;
      process.stdout.write(`${values.agent} supervises ${values.directorate}\n`);
    } else if (command === 'create-agent') {
      if (!values.id || !values.name || !role || role === 'integrator') throw new ConfigError(USAGE);
      await sql`insert into agents (id, display_name, email, role, directorate_id)
        values (${values.id}, ${values.name}, ${values.email ?? null}, ${role}, ${values.directorate ?? null})`;
      process.stdout.write(`agent ${values.id} created (${role})\n`);
    } else {
      if (!values.label || !role) throw new ConfigError(USAGE);
      const scopes = values.scopes === undefined ? undefined : (values.scopes.split(',').map((s) => s.trim()).filter(Boolean) as KeyScope[]);
      const { key } = await issueApiKey(core(), operator, { label: values.label, role, agentId: values.agent ?? null, directorateId: values.directorate ?? null, scopes, standalone: true });
      process.stdout.write(`${key}\n`);
    }
  } finally {
    await sql.end();
    await db.stop();
  }
}

/** What went wrong, in one line: a refused input says which field and why. */
function explain(e: unknown): string {
  if (e instanceof DomainError) {
    const fields = e.extra.invalidFields?.map((f) => `${f.path}: ${f.message}`) ?? [];
    return fields.length ? fields.join('\n') : e.message;
  }
  return e instanceof Error ? e.message : String(e);
}

main().catch((e: unknown) => {
  process.stderr.write(`${explain(e)}\n`);
  process.exit(2);
});
