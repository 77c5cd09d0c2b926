import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { CliError, withDatabase } from '../lib/environment';
import { formatSeconds } from '../lib/format';
import { progressReporter } from '../lib/progress';

export function restoreCommand(): Command {
  return new Command('restore')
    .description('restore a backup into an empty database (embedded or PostgreSQL) in one transaction')
    .argument('<file>', 'a file written by `renda backup`')
    .addHelpText(
      'after',
      `
The target is the configured database (DATABASE_URL or RENDA_DATA_DIR); it must have no rows,
and the backup must come from the same schema version as this program.

Examples:
  $ RENDA_DATA_DIR=/srv/renda-new renda restore renda-2025-01-31.renda.gz
  $ DATABASE_URL=postgres://renda@db/renda renda restore renda-2025-01-31.renda.gz`,
    )
    .action(async (file: string) => {
      if (!existsSync(file)) throw new CliError(`${file}: no such file`);
      const { restoreDatabase } = await import('@renda/server/platform/backup/restore');
      await withDatabase(
        async (database) => {
          const started = Date.now();
          const progress = progressReporter('Restoring');
          const summary = await restoreDatabase(database, file, (done, total) =>
            progress.update(done, total),
          );
          progress.stop();
          const h = summary.header;
          console.log(
            `Restored ${summary.rows} rows into ${h.tables.length} tables of ${database.label} from the backup of ` +
              `${h.createdAt} (schema version ${h.migrations.count}) in ${formatSeconds(Date.now() - started)}.`,
          );
          console.log('Check it with `renda audit verify`.');
        },
        { schema: 'any' },
      );
    });
}
