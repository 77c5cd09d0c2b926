import { sql } from 'drizzle-orm';
import { type Database, queryRows, runMigrations, type Tx } from '../db/database';
import {
  BackupError,
  type BackupHeader,
  backupLines,
  codeSchemaVersion,
  type Progress,
  parseRowLine,
  readBackupHeader,
  sameVersion,
} from './backup-format';
import { backupTables, quoteIdent } from './backup-tables';

export interface RestoreSummary {
  rows: number;
  header: BackupHeader;
}

const BATCH_ROWS = 1000;
const BATCH_CHARS = 4 * 1024 * 1024;

/**
 * Restore a backup into an empty database of either kind: migrate it, refuse if any table has rows or the
 * backup's schema version differs from this code's, then insert every row in one transaction, table by table
 * in dependency order, with json_populate_recordset so each value converts exactly as PostgreSQL reads it.
 */
export async function restoreDatabase(
  database: Database,
  file: string,
  onProgress?: Progress,
): Promise<RestoreSummary> {
  const header = await readBackupHeader(file);
  const code = codeSchemaVersion();
  if (!sameVersion(header.migrations, code)) {
    throw new BackupError(
      `the backup has schema version ${header.migrations.count} (${header.migrations.lastHash?.slice(0, 12) ?? 'none'}) ` +
        `but this program has ${code.count} (${code.lastHash?.slice(0, 12) ?? 'none'}); restore it with the matching Renda version`,
    );
  }
  const tables = backupTables();
  const expected = tables.map((t) => t.name).join(',');
  if (header.tables.map((t) => t.name).join(',') !== expected) {
    throw new BackupError('the backup lists other tables than this program has');
  }
  await runMigrations(database);
  const filled: string[] = [];
  for (const t of tables) {
    const [r] = await queryRows<{ n: boolean }>(
      database.db,
      sql.raw(`select exists (select 1 from ${quoteIdent(t.name)}) as n`),
    );
    if (r?.n) filled.push(t.name);
  }
  if (filled.length) {
    throw new BackupError(
      `the database is not empty (rows in ${filled.join(', ')}); restore only into a new, empty database`,
    );
  }
  const total = header.tables.reduce((s, t) => s + t.rows, 0);
  const rows = await database.db.transaction(async (tx) => {
    const counts = await insertRows(tx, file, (done) => onProgress?.(done, total));
    for (const t of header.tables) {
      if ((counts.get(t.name) ?? 0) !== t.rows) {
        throw new BackupError(
          `the backup file is incomplete: ${t.name} should have ${t.rows} rows, found ${counts.get(t.name) ?? 0}`,
        );
      }
    }
    await resetSequences(
      tx,
      tables.map((t) => t.name),
    );
    return [...counts.values()].reduce((s, n) => s + n, 0);
  });
  return { rows, header };
}

async function insertRows(
  tx: Tx,
  file: string,
  progress: (done: number) => void,
): Promise<Map<string, number>> {
  const order = new Map(backupTables().map((t, i) => [t.name, i]));
  const counts = new Map<string, number>();
  let table = '';
  let batch: string[] = [];
  let chars = 0;
  let done = 0;
  progress(0);
  const flush = async () => {
    if (!batch.length) return;
    const t = quoteIdent(table);
    const json = `[${batch.join(',')}]`;
    await tx.execute(sql`insert into ${sql.raw(t)} overriding system value
      select * from json_populate_recordset(null::${sql.raw(t)}, ${json}::json)`);
    counts.set(table, (counts.get(table) ?? 0) + batch.length);
    done += batch.length;
    batch = [];
    chars = 0;
    progress(done);
  };
  let first = true;
  for await (const line of backupLines(file)) {
    if (first || line === '') {
      first = false;
      continue;
    }
    const row = parseRowLine(line);
    if (row.table !== table) {
      await flush();
      const at = order.get(row.table);
      if (at === undefined || at < (order.get(table) ?? -1)) {
        throw new BackupError(`the backup file is damaged: rows of ${row.table} are out of order`);
      }
      table = row.table;
    }
    batch.push(row.json);
    chars += row.json.length;
    if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
  }
  await flush();
  return counts;
}

/** Serial and identity columns continue after the highest restored value. */
async function resetSequences(tx: Tx, tables: string[]): Promise<void> {
  const cols = await queryRows<{ table_name: string; column_name: string }>(
    tx,
    sql`select table_name, column_name from information_schema.columns
        where table_schema = current_schema()
          and pg_get_serial_sequence(quote_ident(table_name), column_name) is not null`,
  );
  for (const c of cols) {
    if (!tables.includes(c.table_name)) continue;
    const t = quoteIdent(c.table_name);
    const col = quoteIdent(c.column_name);
    await tx.execute(
      sql.raw(
        `select setval(pg_get_serial_sequence('${t}', '${c.column_name}'), coalesce(max(${col}), 1), max(${col}) is not null) from ${t}`,
      ),
    );
  }
}
