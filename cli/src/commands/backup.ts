import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { CliError, withDatabase } from '../lib/environment';
import { formatBytes, formatSeconds } from '../lib/format';
import { progressReporter } from '../lib/progress';

export function backupCommand(): Command {
  return new Command('backup')
    .description('write a consistent snapshot of the whole database to a gzip’d JSON-lines file')
    .argument('<file>', 'the backup file to write, e.g. renda-2025-01-31.renda.gz')
    .option('--force', 'overwrite the file if it exists')
    .addHelpText(
      'after',
      `
The server may keep running on PostgreSQL; with the embedded database, stop it first.
Restore with \`renda restore <file>\` into an empty database.

Example:
  $ renda backup backups/renda-$(date +%F).renda.gz`,
    )
    .action(async (file: string, opts: { force?: boolean }) => {
      const target = path.resolve(file);
      if (existsSync(target) && !opts.force)
        throw new CliError(`${file} exists; use --force to overwrite it`);
      if (!existsSync(path.dirname(target))) throw new CliError(`${path.dirname(file)}: no such directory`);
      const { backupDatabase } = await import('@renda/server/platform/backup/backup');
      await withDatabase(async (database) => {
        const started = Date.now();
        const progress = progressReporter('Backing up');
        const summary = await backupDatabase(database, target, (done, total) => progress.update(done, total));
        progress.stop();
        const h = summary.header;
        console.log(
          `Backed up ${summary.rows} rows from ${h.tables.length} tables of ${database.label} ` +
            `(schema version ${h.migrations.count}) to ${file}: ${formatBytes(summary.bytes)} in ${formatSeconds(Date.now() - started)}.`,
        );
      });
    });
}
