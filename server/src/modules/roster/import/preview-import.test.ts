import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deputies, units } from '../../../db/schema';
import type { Database } from '../../../platform/db/database';
import { csvBytes, importFixture, xlsxBytes } from './import.fixtures';
import { previewImport } from './preview-import';

const HEAD = '姓名,性别,民族,出生日期,代表团,选区/选举单位,职业/职务,党派,状态,手机,邮箱,地址,代表证号';

describe('previewImport', () => {
  let database: Database;
  let jid: string;
  let termId: string;
  beforeAll(async () => {
    ({ database, jid, termId } = await importFixture());
    await database.db.insert(deputies).values({
      jurisdictionId: jid,
      termId,
      name: '老代表',
      gender: 'male',
      ethnicity: '汉族',
      cardCode: 'C-OLD',
    });
    await database.db.insert(units).values({ jurisdictionId: jid, name: '某某县人民法院', kind: 'court' });
  });
  afterAll(() => database.close());

  const preview = (kind: 'deputies' | 'units', lines: string[]) =>
    previewImport(database.db, jid, kind, { filename: `${kind}.csv`, bytes: csvBytes(lines) });

  it('turns good deputy rows into inputs of the current term', async () => {
    const p = await preview('deputies', [
      HEAD,
      '张三,男,汉族,1970年1月2日,第一代表团,第一选区,镇长,中国共产党,在任,13800000000,zs@example.com,人民路 1 号,C-001',
      '李四,女,,1980/3/4,,,,,辞职,,,,',
    ]);
    expect(p.errors).toEqual([]);
    expect(p).toMatchObject({ total: 2, valid: 2 });
    expect(p.rows[0]).toMatchObject({
      row: 2,
      data: {
        termId,
        name: '张三',
        gender: 'male',
        birthDate: '1970-01-02',
        delegationName: '第一代表团',
        status: 'in_office',
        cardCode: 'C-001',
      },
    });
    expect(p.rows[1]?.data).toMatchObject({
      name: '李四',
      gender: 'female',
      ethnicity: '汉族',
      status: 'resigned',
      delegationId: null,
    });
  });

  it('accepts English field names as headers and Excel dates', async () => {
    const bytes = await xlsxBytes([
      ['name', 'gender', 'birthDate', 'delegation'],
      ['王五', '男', new Date(Date.UTC(1965, 4, 6)), '第二代表团'],
      ['赵六', '女', 25570, ''],
    ]);
    const p = await previewImport(database.db, jid, 'deputies', { filename: 'd.xlsx', bytes });
    expect(p.errors).toEqual([]);
    expect(p.rows.map((r) => r.data.birthDate)).toEqual(['1965-05-06', '1970-01-02']);
  });

  it('names the row and column of each problem, in Chinese', async () => {
    const p = await preview('deputies', [
      HEAD,
      '张三,M,汉族,1970-01-02,第一代表团,,,,,,,,A1',
      '李四,女,汉族,1970-02-30,第一代表团,,,,,,,,A2',
      '王五,男,汉族,,第九代表团,,,,,,,,A3',
      '赵六,男,汉族,,,,,,,,,,A1',
      ',女,汉族,,,,,,开除,,not-an-email,,C-OLD',
      '孙七,女,汉族,,,,,,,,,,A7',
    ]);
    expect(p).toMatchObject({ total: 6, valid: 1 });
    expect(p.rows.map((r) => r.row)).toEqual([7]);
    expect(p.errors).toEqual([
      { row: 2, column: '性别', message: '性别“M”无效，应为“男”或“女”' },
      { row: 3, column: '出生日期', message: expect.stringContaining('“1970-02-30”无法识别') },
      { row: 4, column: '代表团', message: '代表团“第九代表团”在本届中不存在' },
      { row: 5, column: '代表证号', message: '代表证号“A1”与第 2 行重复' },
      { row: 6, column: '状态', message: expect.stringContaining('状态“开除”无效') },
      { row: 6, column: '姓名', message: '姓名不能为空' },
      { row: 6, column: '邮箱', message: '邮箱格式不正确' },
    ]);
  });

  it('reports a card code or unit name the database already has', async () => {
    const d = await preview('deputies', ['姓名,性别,代表证号', '周八,男,C-OLD']);
    expect(d.errors).toEqual([{ row: 2, column: '代表证号', message: '代表证号“C-OLD”已存在' }]);
    const u = await preview('units', [
      '单位名称,类型',
      '某某县人民法院,人民法院',
      '某某县司法局,政府部门',
      '某某县司法局,其他',
    ]);
    expect(u.errors).toEqual([
      { row: 2, column: '单位名称', message: '单位“某某县人民法院”已存在' },
      { row: 4, column: '单位名称', message: '单位名称“某某县司法局”与第 3 行重复' },
    ]);
    expect(u.rows).toEqual([
      { row: 3, data: expect.objectContaining({ name: '某某县司法局', kind: 'government_department' }) },
    ]);
  });

  it('reports missing required columns and an unknown unit kind', async () => {
    const missing = await preview('units', ['单位名称,联系人', '某某县财政局,钱九']);
    expect(missing.errors).toEqual([{ row: 1, column: '类型', message: '缺少必填列“类型”' }]);
    const kind = await preview('units', ['单位名称,类型', '某某县财政局,财政']);
    expect(kind.errors[0]).toMatchObject({
      row: 2,
      column: '类型',
      message: expect.stringContaining('类型“财政”无效'),
    });
    const empty = await preview('units', ['单位名称,类型']);
    expect(empty.errors).toEqual([{ row: 0, column: '', message: '文件中没有数据行' }]);
  });
});
