import type { AppError } from '@renda/shared';
import { Command } from 'commander';
import { auditCommand } from './commands/audit';
import { backupCommand } from './commands/backup';
import { createAdminCommand } from './commands/create-admin';
import { importCommand } from './commands/import';
import { migrateCommand } from './commands/migrate';
import { recountCommand } from './commands/recount';
import { restoreCommand } from './commands/restore';
import { serveCommand } from './commands/serve';

const program = new Command('renda')
  .description('Renda (人大): the platform for the work of local people’s congresses')
  .version('0.1.0')
  .showHelpAfterError('(add --help for usage)')
  .addHelpText(
    'after',
    `
The database comes from the environment, as for the server: DATABASE_URL=postgres://… for
PostgreSQL, or the embedded database in RENDA_DATA_DIR (default ./data).

Examples:
  $ renda serve
  $ renda create-admin --username admin --name 张管理 --jurisdiction-name 某某县 --jurisdiction-code 330100
  $ renda import deputies 代表名册.xlsx --dry-run
  $ renda audit verify
  $ renda backup renda.renda.gz
  $ renda recount 表决结果.json`,
  )
  .addCommand(serveCommand())
  .addCommand(migrateCommand())
  .addCommand(createAdminCommand())
  .addCommand(importCommand())
  .addCommand(auditCommand())
  .addCommand(backupCommand())
  .addCommand(restoreCommand())
  .addCommand(recountCommand());

/** Problems people can fix are printed as one message (errors are told apart by name: their modules load lazily). */
async function report(e: unknown): Promise<void> {
  const name = e instanceof Error ? e.name : '';
  if (name === 'ConfigError') console.error((e as Error).message);
  else if (name === 'CliError' || name === 'BackupError') console.error(`error: ${(e as Error).message}`);
  else if (name === 'AppError') {
    const { errorMessages } = await import('@renda/shared');
    const { code, details } = e as AppError;
    console.error(
      `error: ${errorMessages[code].en}${details === undefined ? '' : ` ${JSON.stringify(details)}`}`,
    );
  } else console.error(e);
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  await report(e);
  process.exitCode = 1;
}
