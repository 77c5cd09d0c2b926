import { sql } from 'drizzle-orm';
import { loginAttempts, systemSettings, terms } from '../../db/schema';
import { createAccount } from '../../modules/accounts/create-account';
import { createJurisdiction } from '../../modules/roster/create-jurisdiction';
import { commitImport } from '../../modules/roster/import/commit-import';
import { csvBytes } from '../../modules/roster/import/import.fixtures';
import type { AuditContext } from '../audit/audit';
import { type Database, openDatabase, queryRows, runMigrations } from '../db/database';
import { backupTables, selectRowsSql } from './backup-tables';

const system: AuditContext = {
  jurisdictionId: null,
  actorId: null,
  actorLabel: 'test',
  ip: null,
  requestId: null,
};

/** A database with a bit of everything: a county, its term, deputies, units, an account, audit entries, serial ids. */
export async function filledDatabase(): Promise<Database> {
  const database = await openDatabase('memory://', '');
  await runMigrations(database);
  const { db } = database;
  const { id: jid } = await createJurisdiction(db, system, {
    code: '330100',
    name: '某某县',
    level: 'county',
  });
  const ctx = { ...system, jurisdictionId: jid };
  await db.insert(terms).values({ jurisdictionId: jid, number: 1, startDate: '2021-01-01' });
  const deputies = [
    '姓名,性别,出生日期,邮箱,代表证号',
    '张三,男,1970-01-02,zs@example.com,D-1',
    '李四,女,1980/3/4,,D-2',
    '"王\n五",男,,,',
  ];
  await commitImport(db, ctx, jid, 'deputies', { filename: 'd.csv', bytes: csvBytes(deputies) });
  await commitImport(db, ctx, jid, 'units', {
    filename: 'u.csv',
    bytes: csvBytes(['单位名称,类型', '某某县人民法院,人民法院']),
  });
  await createAccount(
    db,
    ctx,
    jid,
    { username: 'admin', displayName: '管理员', role: 'admin' },
    { password: 'Initial-pass-1' },
  );
  await db.insert(loginAttempts).values([
    { ip: '127.0.0.1', username: 'admin', succeeded: false, at: new Date('2024-01-02T03:04:05.678Z') },
    { ip: '127.0.0.1', username: 'admin', succeeded: true },
  ]);
  // JavaScript dates stop at milliseconds; the database keeps microseconds, and so must a backup
  await db.execute(sql`update login_attempts set at = '2024-01-02 03:04:05.678912+00' where id = 1`);
  await db.insert(systemSettings).values({ key: 'note', value: '备份测试 "quoted" \\ back\nslash' });
  return database;
}

/** Every table as PostgreSQL renders its rows, in primary-key order. */
export async function dumpTables(database: Database): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of backupTables()) {
    out[t.name] = (await queryRows<{ r: string }>(database.db, sql.raw(selectRowsSql(t)))).map((r) => r.r);
  }
  return out;
}
