import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase, runMigrations } from '../platform/db/database';

/** True when the suite runs against a real PostgreSQL server (CI's second run). */
export const onPostgres = () => /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or — when DATABASE_URL names a
 * PostgreSQL server — a throwaway database created on it (UTF-8, C.UTF-8 collation) and dropped after.
 */
export async function openTestDatabase(): Promise<Database> {
  if (!onPostgres()) {
    const d = await openDatabase('memory://', '');
    await runMigrations(d);
    return d;
  }
  const admin = new URL(process.env.DATABASE_URL as string);
  const name = `renda_t_${randomBytes(6).toString('hex')}`;
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  await c.query(
    `CREATE DATABASE ${name} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0`,
  );
  await c.end();
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  const d = await openDatabase(url.toString(), '');
  await runMigrations(d);
  const close = d.close;
  return {
    ...d,
    close: async () => {
      await close();
      const c2 = new pg.Client({ connectionString: admin.toString() });
      await c2.connect();
      await c2.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c2.end();
    },
  };
}
