import { Command } from 'commander';
import { withDatabase } from '../lib/environment';

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('apply pending database migrations (the server also applies them when it starts)')
    .addHelpText(
      'after',
      `
Example:
  $ RENDA_DATA_DIR=/srv/renda renda migrate`,
    )
    .action(async () => {
      const { migrationStatus, runMigrations } = await import('@renda/server/platform/db/database');
      await withDatabase(
        async (database) => {
          const before = await migrationStatus(database);
          await runMigrations(database);
          const after = await migrationStatus(database);
          const applied = after.applied - before.applied;
          console.log(
            applied > 0
              ? `Applied ${applied} migration(s) to ${database.label}; the schema is at version ${after.applied}.`
              : `${database.label} is up to date (schema version ${after.applied}).`,
          );
        },
        { schema: 'any' },
      );
    });
}
