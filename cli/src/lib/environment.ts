import type { Config } from '@renda/server/config';
import type { Database } from '@renda/server/platform/db/database';

/** A problem the person at the terminal can fix; printed without a stack trace. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** The configuration from the environment (DATABASE_URL, RENDA_DATA_DIR, …), like the server's; a bad one throws ConfigError. */
export async function loadConfig(overrides: Partial<Config> = {}): Promise<Config> {
  // server modules are loaded on demand, in every command, so that `renda --help` answers at once
  const { getConfig } = await import('@renda/server/config');
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return getConfig(process.env, defined);
}

export interface OpenOptions {
  /** 'migrate': apply pending migrations first; 'current' (default): refuse an outdated schema; 'any': no check. */
  schema?: 'migrate' | 'current' | 'any';
}

/** Open the configured database, run `fn`, and always close it again. */
export async function withDatabase<T>(
  fn: (database: Database, config: Config) => Promise<T>,
  opts: OpenOptions = {},
): Promise<T> {
  const config = await loadConfig();
  const { migrationStatus, openDatabase, runMigrations } = await import('@renda/server/platform/db/database');
  const database = await openDatabase(config.databaseUrl, config.dataDir);
  try {
    if (opts.schema === 'migrate') await runMigrations(database);
    else if (opts.schema !== 'any') {
      const status = await migrationStatus(database);
      if (status.applied !== status.expected) {
        throw new CliError(
          `the database at ${database.label} has ${status.applied} of ${status.expected} migrations applied: run \`renda migrate\` first`,
        );
      }
    }
    return await fn(database, config);
  } finally {
    await database.close();
  }
}
