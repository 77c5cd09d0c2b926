import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { type DbOrTx, MIGRATIONS_FOLDER, queryRows } from '../db/database';

/**
 * A backup is a gzip'd JSON-lines file: one header line, then one line per row, `{"t":table,"r":row}`, where
 * row is PostgreSQL's own row_to_json text, copied verbatim (so bigints keep every digit).
 */
export const BACKUP_FORMAT = 'renda-backup';
export const BACKUP_VERSION = 1;

/** Which migrations a schema has: their number and the hash of the last (drizzle's sha256 of its SQL). */
export interface SchemaVersion {
  count: number;
  lastHash: string | null;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  migrations: SchemaVersion;
  tables: { name: string; rows: number }[];
}

/** Called as work goes on: rows done, rows in all. */
export type Progress = (done: number, total: number) => void;

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** The schema version this code creates. */
export function codeSchemaVersion(): SchemaVersion {
  const files = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  return { count: files.length, lastHash: files.at(-1)?.hash ?? null };
}

/** The schema version a database has applied. */
export async function databaseSchemaVersion(db: DbOrTx): Promise<SchemaVersion> {
  const rows = await queryRows<{ hash: string }>(
    db,
    sql`select hash from drizzle.__drizzle_migrations order by created_at, id`,
  );
  return { count: rows.length, lastHash: rows.at(-1)?.hash ?? null };
}

export const sameVersion = (a: SchemaVersion, b: SchemaVersion) =>
  a.count === b.count && a.lastHash === b.lastHash;

export const rowLine = (table: string, rowJson: string) =>
  // row_to_json never puts a raw line break inside a string; a json column's own whitespace may have one
  `{"t":${JSON.stringify(table)},"r":${rowJson.replace(/[\r\n]+/g, ' ')}}\n`;

const ROW_LINE = /^\{"t":"([a-z_][a-z0-9_]*)","r":(\{.*\})\}$/;

/** A row line → its table and the row's JSON text, untouched. */
export function parseRowLine(line: string): { table: string; json: string } {
  const m = ROW_LINE.exec(line);
  if (!m?.[1] || !m[2]) throw new BackupError('the backup file is damaged: a row line cannot be read');
  return { table: m[1], json: m[2] };
}

/** The lines of a backup file, the header first; a read or gzip error is thrown to the reader. */
export async function* backupLines(file: string): AsyncGenerator<string> {
  const raw = createReadStream(file);
  const gunzip = createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  raw.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip) {
      const parts = (rest + decoder.write(chunk as Buffer)).split('\n');
      rest = parts.pop() ?? '';
      yield* parts;
    }
    rest += decoder.end();
    if (rest) yield rest;
  } finally {
    raw.destroy();
    gunzip.destroy();
  }
}

export async function readBackupHeader(file: string): Promise<BackupHeader> {
  let first: string | undefined;
  try {
    for await (const line of backupLines(file)) {
      first = line;
      break;
    }
  } catch (e) {
    throw new BackupError(`cannot read ${file} as a Renda backup: ${(e as Error).message}`);
  }
  let header: Partial<BackupHeader> | null = null;
  try {
    header = first ? (JSON.parse(first) as Partial<BackupHeader>) : null;
  } catch {
    header = null;
  }
  if (header?.format !== BACKUP_FORMAT || !header.migrations || !Array.isArray(header.tables)) {
    throw new BackupError(`${file} is not a Renda backup`);
  }
  if (header.version !== BACKUP_VERSION) {
    throw new BackupError(
      `backup format version ${String(header.version)} is not supported (this version reads ${BACKUP_VERSION})`,
    );
  }
  return header as BackupHeader;
}
