import { AppError } from '@renda/shared';
import { describe, expect, it } from 'vitest';
import { csvBytes, gbkBytes, xlsxBytes } from './import.fixtures';
import { parseCsv } from './parse-csv';
import { IMPORT_MAX_BYTES, parseTable } from './parse-table';

async function fileErrorOf(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  const details = (e as AppError).details as { errors: { row: number; message: string }[] };
  expect(details.errors[0]?.row).toBe(0);
  return details.errors[0]?.message ?? '';
}

describe('parseTable', () => {
  it('reads an .xlsx file: text, numbers, dates, blank rows skipped with row numbers kept', async () => {
    const bytes = await xlsxBytes([
      ['姓名', '性别', '出生日期', '手机'],
      ['张三', '男', new Date(Date.UTC(1970, 0, 2)), 13800138000],
      [],
      ['李四', '女', '1980/3/4', null],
    ]);
    const t = await parseTable(bytes, '代表.XLSX');
    expect(t.headerRow).toBe(1);
    expect(t.header).toEqual(['姓名', '性别', '出生日期', '手机']);
    expect(t.rows).toEqual([
      { row: 2, cells: ['张三', '男', '1970-01-02', '13800138000'] },
      { row: 4, cells: ['李四', '女', '1980/3/4'] },
    ]);
  });

  it('reads UTF-8 CSV with a BOM, quoted commas, quotes and line breaks', async () => {
    const bytes = csvBytes([
      '单位名称,简称,地址',
      '"县政府办公室, 综合科",县府办,"人民路 ""1"" 号',
      '二楼"',
      '',
      '县法院,,',
    ]);
    const t = await parseTable(bytes, 'units.csv');
    expect(t.header).toEqual(['单位名称', '简称', '地址']);
    expect(t.rows).toEqual([
      { row: 2, cells: ['县政府办公室, 综合科', '县府办', '人民路 "1" 号\r\n二楼'] },
      { row: 4, cells: ['县法院', '', ''] },
    ]);
  });

  it('reads UTF-8 CSV without a BOM and with bare LF line ends', () => {
    const rows = parseCsv(new Uint8Array(Buffer.from('a,b\n1,2\n', 'utf8')));
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
    ]);
  });

  it('reads GBK-encoded CSV as Excel in China saves it', async () => {
    const bytes = gbkBytes('单位名称,类型,联系人\r\n某某县人民法院,人民法院,王五\r\n');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const t = await parseTable(bytes, 'units.csv');
    expect(t.header).toEqual(['单位名称', '类型', '联系人']);
    expect(t.rows[0]?.cells).toEqual(['某某县人民法院', '人民法院', '王五']);
  });

  it('refuses other file types, empty and oversized files, and broken .xlsx', async () => {
    expect(await fileErrorOf(parseTable(csvBytes(['a']), 'units.xls'))).toContain('.xlsx');
    expect(await fileErrorOf(parseTable(new Uint8Array(), 'units.csv'))).toContain('空');
    expect(await fileErrorOf(parseTable(new Uint8Array(IMPORT_MAX_BYTES + 1), 'units.csv'))).toContain(
      '10 MB',
    );
    expect(await fileErrorOf(parseTable(csvBytes(['a,b']), 'units.xlsx'))).toContain('.xlsx');
    const zipButNotXlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
    expect(await fileErrorOf(parseTable(zipButNotXlsx, 'units.xlsx'))).toContain('无法读取');
    expect(await fileErrorOf(parseTable(csvBytes(['', ' , ']), 'units.csv'))).toContain('表头');
  });
});
