import { AppError } from '@renda/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditContext } from '../../../platform/audit/audit';
import { verifyAuditTrail } from '../../../platform/audit/audit';
import type { Database } from '../../../platform/db/database';
import { commitImport } from './commit-import';
import { csvBytes, importFixture, xlsxBytes } from './import.fixtures';

describe('commitImport', () => {
  let database: Database;
  let jid: string;
  let ctx: AuditContext;
  beforeAll(async () => {
    ({ database, jid, ctx } = await importFixture());
  });
  afterAll(() => database.close());

  const count = async (table: string) =>
    (await database.rows<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n ?? -1;

  it('writes nothing when one row is bad', async () => {
    const before = { deputies: await count('deputies'), audit: await count('audit_log') };
    const bytes = csvBytes([
      '姓名,性别,代表团',
      '张三,男,第一代表团',
      '李四,不详,第一代表团',
      '王五,女,第二代表团',
    ]);
    const err = await commitImport(database.db, ctx, jid, 'deputies', { filename: 'd.csv', bytes }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('IMPORT_INVALID');
    expect((err as AppError).details).toEqual({
      errors: [{ row: 3, column: '性别', message: '性别“不详”无效，应为“男”或“女”' }],
    });
    expect({ deputies: await count('deputies'), audit: await count('audit_log') }).toEqual(before);
  });

  it('imports every deputy with one audit entry each, plus the import itself', async () => {
    const bytes = await xlsxBytes([
      ['姓名', '性别', '出生日期', '代表团', '状态', '代表证号'],
      ['张三', '男', '1970-01-02', '第一代表团', '在任', 'D-1'],
      ['李四', '女', '1975/5/6', '第二代表团', '暂停执行职务', 'D-2'],
      ['王五', '男', '', '', '', ''],
    ]);
    const result = await commitImport(database.db, ctx, jid, 'deputies', { filename: '代表.xlsx', bytes });
    expect(result).toEqual({ imported: 3 });
    const rows = await database.rows<{ name: string; status: string; delegation: string | null }>(
      sql`select d.name, d.status, g.name as delegation from deputies d left join delegations g on g.id = d.delegation_id order by d.name`,
    );
    expect(rows).toEqual([
      { name: '张三', status: 'in_office', delegation: '第一代表团' },
      { name: '李四', status: 'suspended', delegation: '第二代表团' },
      { name: '王五', status: 'in_office', delegation: null },
    ]);
    const audit = await database.rows<{ action: string; n: number }>(
      sql`select action, count(*)::int as n from audit_log group by action order by action`,
    );
    expect(audit).toEqual([
      { action: 'deputy.imported', n: 3 },
      { action: 'import.committed', n: 1 },
    ]);
    const [entry] = await database.rows<{ after: { delegationName: string } }>(
      sql`select after from audit_log where action = 'deputy.imported' and after->>'name' = '张三'`,
    );
    expect(entry?.after.delegationName).toBe('第一代表团');
    expect(await verifyAuditTrail(database.db)).toMatchObject({ ok: true, checked: 4 });
  });

  it('imports units, and refuses the same file a second time', async () => {
    const bytes = csvBytes([
      '单位名称,简称,类型,联系人,电话,地址',
      '某某县人民法院,县法院,人民法院,王五,0000-1,人民路 2 号',
      '某某县财政局,,政府部门,,,',
    ]);
    expect(await commitImport(database.db, ctx, jid, 'units', { filename: 'u.csv', bytes })).toEqual({
      imported: 2,
    });
    const again = await commitImport(database.db, ctx, jid, 'units', { filename: 'u.csv', bytes }).catch(
      (e: unknown) => e,
    );
    expect((again as AppError).details).toEqual({
      errors: [
        { row: 2, column: '单位名称', message: '单位“某某县人民法院”已存在' },
        { row: 3, column: '单位名称', message: '单位“某某县财政局”已存在' },
      ],
    });
    expect(await count('units')).toBe(2);
    const verified = await verifyAuditTrail(database.db);
    expect(verified).toMatchObject({ ok: true, checked: 4 + 3 });
  });
});
