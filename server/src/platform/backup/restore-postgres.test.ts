import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../audit/audit';
import { type Database, openDatabase } from '../db/database';
import { backupDatabase } from './backup';
import { dumpTables, filledDatabase } from './backup.fixtures';
import { restoreDatabase } from './restore';

const serverUrl = process.env.DATABASE_URL ?? '';

/** Runs only against a real PostgreSQL server: DATABASE_URL=postgres://… */
describe.skipIf(!serverUrl.startsWith('postgres://'))('backup from PGlite, restore into PostgreSQL', () => {
  const dbName = `renda_restore_${randomBytes(6).toString('hex')}`;
  let dir = '';
  let admin: Database;
  let source: Database;
  let target: Database | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'renda-restore-pg-'));
    admin = await openDatabase(serverUrl, dir);
    await admin.db.execute(
      sql.raw(
        `create database ${dbName} encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0`,
      ),
    );
    const url = new URL(serverUrl);
    url.pathname = `/${dbName}`;
    target = await openDatabase(url.toString(), dir);
    source = await filledDatabase();
  }, 60_000);

  afterAll(async () => {
    await source?.close();
    await target?.close();
    await admin?.db.execute(sql.raw(`drop database if exists ${dbName} with (force)`));
    await admin?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('restores every row exactly, and the audit trail verifies', async () => {
    if (!target) throw new Error('no target database');
    const file = path.join(dir, 'pglite.renda.gz');
    await backupDatabase(source, file);
    await restoreDatabase(target, file);
    expect(await dumpTables(target)).toEqual(await dumpTables(source));
    expect(await verifyAuditTrail(target.db)).toMatchObject({ ok: true });
    await expect(restoreDatabase(target, file)).rejects.toThrow(/not empty/);
  }, 60_000);
});
