import type { Db } from '@renda/server/platform/db/database';
import { Command } from 'commander';
import { cliAuditContext } from '../lib/audit-context';
import { type JurisdictionRow, listJurisdictions } from '../lib/cli.repository';
import { CliError, withDatabase } from '../lib/environment';
import { describeJurisdiction } from '../lib/jurisdiction';

interface Options {
  username: string;
  name: string;
  jurisdictionName?: string;
  jurisdictionCode?: string;
  level: string;
}

/** The jurisdiction the administrator belongs to: an existing one, or a new one when none matches and a name is given. */
async function jurisdictionFor(db: Db, opts: Options): Promise<{ j: JurisdictionRow; created: boolean }> {
  const all = await listJurisdictions(db);
  const code = opts.jurisdictionCode?.trim();
  const existing = code ? all.find((j) => j.code === code) : all.length === 1 ? all[0] : undefined;
  if (existing) return { j: existing, created: false };
  if (!code && all.length > 1) {
    throw new CliError(
      `choose a jurisdiction with --jurisdiction-code: ${all.map(describeJurisdiction).join(', ')}`,
    );
  }
  const name = opts.jurisdictionName?.trim();
  if (!name || !code) {
    throw new CliError(
      all.length
        ? `no jurisdiction has the code ${code}; to create it, add --jurisdiction-name`
        : 'no jurisdiction exists yet: give --jurisdiction-name and --jurisdiction-code to create it',
    );
  }
  const { jurisdictionLevelSchema } = await import('@renda/shared');
  const level = jurisdictionLevelSchema.safeParse(opts.level);
  if (!level.success)
    throw new CliError(`--level must be one of ${jurisdictionLevelSchema.options.join(', ')}`);
  const { createJurisdiction } = await import('@renda/server/modules/roster/create-jurisdiction');
  const { id } = await createJurisdiction(db, cliAuditContext(null), { code, name, level: level.data });
  return { j: { id, code, name, level: level.data }, created: true };
}

export function createAdminCommand(): Command {
  return new Command('create-admin')
    .description(
      'create an administrator account with a one-time initial password (and the jurisdiction, if there is none)',
    )
    .requiredOption('--username <u>', 'sign-in name: letters, digits, _ . -')
    .requiredOption('--name <n>', 'display name')
    .option('--jurisdiction-name <name>', 'name of the congress to create, e.g. 某某县')
    .option('--jurisdiction-code <code>', 'administrative division code of the jurisdiction, e.g. 330100')
    .option('--level <level>', 'level of a new jurisdiction: province, city, county or township', 'county')
    .addHelpText(
      'after',
      `
Examples:
  $ renda create-admin --username admin --name 张管理 --jurisdiction-name 某某县 --jurisdiction-code 330100
  $ renda create-admin --username admin2 --name 李管理      (the only existing jurisdiction)`,
    )
    .action(async (opts: Options) => {
      const { accountInputSchema } = await import('@renda/shared');
      const { createAccount } = await import('@renda/server/modules/accounts/create-account');
      const input = accountInputSchema.safeParse({
        username: opts.username,
        displayName: opts.name,
        role: 'admin',
      });
      if (!input.success) {
        throw new CliError(
          input.error.issues
            .map((i) => `--${i.path[0] === 'displayName' ? 'name' : 'username'}: ${i.message}`)
            .join('; '),
        );
      }
      await withDatabase(
        async (database) => {
          const { j, created } = await jurisdictionFor(database.db, opts);
          if (created) console.log(`Created jurisdiction ${describeJurisdiction(j)}, level ${j.level}.`);
          const { account, initialPassword } = await createAccount(
            database.db,
            cliAuditContext(j.id),
            j.id,
            input.data,
          );
          console.log(
            `Created administrator ${account.username} (${account.displayName}) for ${describeJurisdiction(j)}.`,
          );
          console.log(`Initial password: ${initialPassword}`);
          console.log('It is shown only this once and must be changed at the first sign-in.');
        },
        { schema: 'migrate' },
      );
    });
}
