import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db/database';
import { importFixture } from './import.fixtures';
import { parseTable } from './parse-table';
import { previewImport } from './preview-import';
import { importTemplate } from './templates';

describe('importTemplate', () => {
  let database: Database;
  let jid: string;
  beforeAll(async () => {
    ({ database, jid } = await importFixture());
  });
  afterAll(() => database.close());

  it.each([
    ['deputies', 'xlsx'],
    ['deputies', 'csv'],
    ['units', 'xlsx'],
    ['units', 'csv'],
  ] as const)('%s .%s: Chinese headers and an example row that imports as is', async (kind, format) => {
    const t = await importTemplate(kind, format);
    expect(t.filename.endsWith(`.${format}`)).toBe(true);
    const table = await parseTable(new Uint8Array(t.body), t.filename);
    expect(table.header[0]).toBe(kind === 'deputies' ? '姓名' : '单位名称');
    expect(table.rows).toHaveLength(1);
    const p = await previewImport(database.db, jid, kind, {
      filename: t.filename,
      bytes: new Uint8Array(t.body),
    });
    expect(p.errors).toEqual([]);
    expect(p.valid).toBe(1);
  });

  it('writes the CSV template with a BOM so Excel reads it as UTF-8', async () => {
    const t = await importTemplate('units', 'csv');
    expect([...t.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(t.body.toString('utf8')).toContain('单位名称,简称,类型,联系人,电话,地址\r\n');
  });
});
