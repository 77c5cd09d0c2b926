import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from '../../db/schema';
import { lockDataDir } from './data-dir-lock';
import { openPglite } from './pglite-client';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Repositories take either the database or a transaction. */
export type DbOrTx = Db | Tx;

export type DatabaseKind = 'pglite-file' | 'pglite-memory' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** A description without credentials, for logs. */
  label: string;
  /** Rows of a raw query, for the few places Drizzle's builder does not reach (backup, verify). */
  rows<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  /**
   * LISTEN on a channel: `pg_notify` calls made inside a transaction arrive here after it commits,
   * from this process or any other process on the same database. Returns the function that stops.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Rows of a raw query on the database or inside a transaction (both drivers answer `{ rows }`). */
export async function queryRows<T = Record<string, unknown>>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export const MIGRATIONS_FOLDER = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../db/migrations',
);

/**
 * A dedicated connection outside the pool (a pooled one would be handed to queries). If it drops, it
 * reconnects after a second so that events resume after a database restart.
 */
async function listenOnPostgres(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | null = null;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => {
      if (n.channel === channel && n.payload !== undefined) onPayload(n.payload);
    });
    c.on('error', () => {
      c.end().catch(() => undefined);
      if (!stopped) setTimeout(() => connect().catch(() => undefined), 1000);
    });
    await c.connect();
    await c.query(`LISTEN "${channel.replaceAll('"', '')}"`);
    client = c;
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
}

/** DATABASE_URL → engine: unset → embedded PGlite in dataDir; memory:// → in-memory PGlite; postgres:// → pg pool. */
export async function openDatabase(url: string | undefined, dataDir: string): Promise<Database> {
  if (url?.startsWith('postgres://') || url?.startsWith('postgresql://')) {
    // timestamps in UTC on every connection
    const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c timezone=UTC' });
    // A connection that dies while idle or closing (a server restart, DROP DATABASE … FORCE) emits an
    // error event; without a listener Node would crash. Queries in flight still fail on their own.
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    const u = new URL(url);
    return {
      db,
      kind: 'postgres',
      label: `postgres://${u.hostname}:${u.port || '5432'}${u.pathname}`,
      rows: <T>(q: SQL) => queryRows<T>(db, q),
      listen: (channel, onPayload) => listenOnPostgres(url, channel, onPayload),
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  let kind: DatabaseKind;
  let unlock = () => {};
  if (url === 'memory://' || url === 'memory') {
    client = await openPglite(undefined);
    kind = 'pglite-memory';
  } else {
    const dir = url?.startsWith('file://') ? fileURLToPath(url) : path.resolve(dataDir, 'pgdata');
    mkdirSync(dir, { recursive: true });
    unlock = lockDataDir(dir);
    try {
      client = await openPglite(dir);
    } catch (e) {
      unlock();
      throw e;
    }
    kind = 'pglite-file';
  }
  await client.exec("SET TIME ZONE 'UTC'");
  // New WAL segments are not zero-filled first: in the embedded database that fill runs in the server's
  // thread and stalled it for 150–400 ms at each 16 MB segment (see docs/decisions.md, group commit).
  // Committed transactions are as durable as before; only the pre-allocation of the file is skipped.
  await client.exec('SET wal_init_zero = off');
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind,
    label:
      kind === 'pglite-memory'
        ? 'pglite (memory)'
        : `pglite (${path.relative(process.cwd(), client.dataDir ?? '') || '.'})`,
    rows: <T>(q: SQL) => queryRows<T>(db, q),
    listen: async (channel, onPayload) => {
      const stop = await client.listen(channel, onPayload);
      return async () => {
        if (!client.closed) await stop();
      };
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        unlock();
      }
    },
  };
}

export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'postgres') {
    await migratePg(database.db as unknown as Parameters<typeof migratePg>[0], {
      migrationsFolder: MIGRATIONS_FOLDER,
    });
  } else {
    await migratePglite(database.db as unknown as Parameters<typeof migratePglite>[0], {
      migrationsFolder: MIGRATIONS_FOLDER,
    });
  }
}

/** How many migrations the code has, and how many the database has applied. */
export async function migrationStatus(database: Database): Promise<{ expected: number; applied: number }> {
  const { readFileSync } = await import('node:fs');
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  let applied = 0;
  try {
    const r = await database.rows<{ n: number }>(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    applied = Number(r[0]?.n ?? 0);
  } catch {
    applied = 0;
  }
  return { expected: journal.entries.length, applied };
}
