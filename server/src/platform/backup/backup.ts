import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { type Database, queryRows, type Tx } from '../db/database';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  databaseSchemaVersion,
  type Progress,
  rowLine,
} from './backup-format';
import { backupTables, quoteIdent, selectRowsSql } from './backup-tables';

export interface BackupSummary {
  file: string;
  bytes: number;
  rows: number;
  header: BackupHeader;
}

const FETCH = 1000;

/**
 * A consistent snapshot of every table, read in one REPEATABLE READ, READ ONLY transaction, streamed into a
 * gzip'd JSON-lines file. The file appears under its name only once it is complete.
 */
export async function backupDatabase(
  database: Database,
  file: string,
  onProgress?: Progress,
): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial));
  written.catch(() => undefined); // awaited below; a write error also surfaces through 'drain'
  const write = async (chunk: string) => {
    if (!gzip.write(chunk)) await once(gzip, 'drain');
  };
  try {
    const header = await database.db.transaction(
      async (tx) => {
        const tables = backupTables();
        const counts: { name: string; rows: number }[] = [];
        for (const t of tables) {
          const [r] = await queryRows<{ n: string }>(
            tx,
            sql.raw(`select count(*)::text as n from ${quoteIdent(t.name)}`),
          );
          counts.push({ name: t.name, rows: Number(r?.n) });
        }
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          migrations: await databaseSchemaVersion(tx),
          tables: counts,
        };
        await write(`${JSON.stringify(header)}\n`);
        const total = counts.reduce((s, c) => s + c.rows, 0);
        let done = 0;
        onProgress?.(0, total);
        for (const t of tables) {
          for await (const batch of fetchRows(tx, selectRowsSql(t))) {
            await write(batch.map((json) => rowLine(t.name, json)).join(''));
            done += batch.length;
            onProgress?.(done, total);
          }
        }
        return header;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    gzip.end();
    await written;
    await rename(partial, file);
    const rows = header.tables.reduce((s, t) => s + t.rows, 0);
    return { file, bytes: (await stat(file)).size, rows, header };
  } catch (e) {
    gzip.destroy();
    await written.catch(() => undefined);
    await rm(partial, { force: true });
    throw e;
  }
}

/** Rows of a query in batches, through a cursor, so a large table never sits in memory whole. */
async function* fetchRows(tx: Tx, query: string): AsyncGenerator<string[]> {
  // on an error the transaction ends, and the cursor with it
  await tx.execute(sql.raw(`declare renda_backup no scroll cursor for ${query}`));
  for (;;) {
    const fetched = await queryRows<{ r: string }>(tx, sql.raw(`fetch forward ${FETCH} from renda_backup`));
    const batch = fetched.map((row) => row.r);
    if (batch.length) yield batch;
    if (batch.length < FETCH) break;
  }
  await tx.execute(sql.raw('close renda_backup'));
}
