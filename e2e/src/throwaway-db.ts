import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * Environment for a server process on a database of its own: a temporary PGlite folder, or, when
 * DATABASE_URL names a PostgreSQL server, a throwaway database created there and dropped afterwards.
 */
export async function throwawayDatabaseEnv(): Promise<{
  env: Record<string, string>;
  cleanup: () => Promise<void>;
}> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'renda-e2e-'));
  const base = process.env.DATABASE_URL ?? '';
  if (!/^postgres(ql)?:\/\//.test(base)) {
    return {
      env: { RENDA_DATA_DIR: dir, DATABASE_URL: '' },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `renda_e2e_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(
    `CREATE DATABASE ${name} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0`,
  );
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    env: { RENDA_DATA_DIR: dir, DATABASE_URL: url.toString() },
    cleanup: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
