import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAttempts } from '../../db/schema';
import { verifyAuditTrail } from '../audit/audit';
import { type Database, openDatabase, runMigrations } from '../db/database';
import { backupDatabase } from './backup';
import { dumpTables, filledDatabase } from './backup.fixtures';
import { codeSchemaVersion } from './backup-format';
import { backupTables } from './backup-tables';
import { restoreDatabase } from './restore';

const dir = mkdtempSync(path.join(tmpdir(), 'renda-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('backupTables', () => {
  it('lists every table of the database, each after the tables it references', async () => {
    const database = await openDatabase('memory://', '');
    await runMigrations(database);
    const names = backupTables().map((t) => t.name);
    const inDb = await database.rows<{ t: string }>(
      sql`select table_name as t from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect([...names].sort()).toEqual(inDb.map((r) => r.t));
    expect(names.indexOf('jurisdictions')).toBeLessThan(names.indexOf('terms'));
    expect(names.indexOf('delegations')).toBeLessThan(names.indexOf('deputies'));
    expect(names.indexOf('deputies')).toBeLessThan(names.indexOf('standing_committee_members'));
    await database.close();
  });
});

describe('backup and restore, PGlite to PGlite', () => {
  let source: Database;
  let target: Database;
  const file = path.join(dir, 'one.renda.gz');
  beforeAll(async () => {
    source = await filledDatabase();
    target = await openDatabase('memory://', '');
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it('writes a header line, then one line per row, and reports progress', async () => {
    const progress: [number, number][] = [];
    const summary = await backupDatabase(source, file, (done, total) => progress.push([done, total]));
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n');
    const header = JSON.parse(lines[0] ?? '{}');
    expect(header).toMatchObject({ format: 'renda-backup', version: 1, migrations: codeSchemaVersion() });
    expect(header.migrations.count).toBeGreaterThan(0);
    expect(header.tables.map((t: { name: string }) => t.name)).toEqual(backupTables().map((t) => t.name));
    expect(lines.length - 1).toBe(summary.rows);
    const jurisdiction = lines.find((l) => l.startsWith('{"t":"jurisdictions"'));
    expect(JSON.parse(jurisdiction ?? '{}')).toMatchObject({ r: { code: '330100', level: 'county' } });
    expect(progress.at(-1)).toEqual([summary.rows, summary.rows]);
  });

  it('restores into an empty database row for row, with a valid audit trail', async () => {
    const progress: number[] = [];
    const summary = await restoreDatabase(target, file, (done) => progress.push(done));
    const expected = await dumpTables(source);
    expect(summary.rows).toBe(Object.values(expected).flat().length);
    expect(await dumpTables(target)).toEqual(expected);
    expect(expected.login_attempts?.[0]).toContain('"at":"2024-01-02T03:04:05.678912+00:00"');
    expect(progress.at(-1)).toBe(summary.rows);
    const verified = await verifyAuditTrail(target.db);
    expect(verified).toMatchObject({ ok: true, checked: (expected.audit_log ?? []).length });
  });

  it('continues serial ids after the restored ones', async () => {
    const [row] = await target.db
      .insert(loginAttempts)
      .values({ ip: '::1', username: 'x', succeeded: false })
      .returning();
    expect(row?.id).toBe(3);
  });

  it('refuses a database that has rows, and writes nothing', async () => {
    const before = await dumpTables(target);
    await expect(restoreDatabase(target, file)).rejects.toThrow(/not empty/);
    expect(await dumpTables(target)).toEqual(before);
  });
});

describe('restore refuses bad files', () => {
  let target: Database;
  beforeAll(async () => {
    target = await openDatabase('memory://', '');
  });
  afterAll(() => target.close());

  it('a backup of another schema version, before touching the database', async () => {
    const source = await filledDatabase();
    const good = path.join(dir, 'good.renda.gz');
    await backupDatabase(source, good);
    await source.close();
    const lines = gunzipSync(readFileSync(good)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0] ?? '{}');
    header.migrations = { count: codeSchemaVersion().count + 1, lastHash: 'f'.repeat(64) };
    const other = path.join(dir, 'other.renda.gz');
    writeFileSync(other, gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
    await expect(restoreDatabase(target, other)).rejects.toThrow(
      `schema version ${codeSchemaVersion().count + 1}`,
    );
    const truncated = path.join(dir, 'truncated.renda.gz');
    const keep = lines.filter((l) => !l.startsWith('{"t":"audit_log"'));
    writeFileSync(truncated, gzipSync(keep.join('\n')));
    await expect(restoreDatabase(target, truncated)).rejects.toThrow(/incomplete: audit_log/);
    const counts = await target.rows<{ n: number }>(sql`select count(*)::int as n from jurisdictions`);
    expect(counts[0]?.n).toBe(0);
    const notGzip = path.join(dir, 'plain.txt');
    writeFileSync(notGzip, 'hello');
    await expect(restoreDatabase(target, notGzip)).rejects.toThrow(/not a Renda backup|cannot read/);
  });
});
