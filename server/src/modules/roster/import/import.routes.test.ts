import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../platform/audit/audit';
import { queryRows } from '../../../platform/db/database';
import { TestClient as Anonymous, signedIn, type TestClient } from '../../../test/client';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { csvBytes } from './import.fixtures';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedIn(t.app, 'admin');
});
afterAll(async () => t.close());

const body = (filename: string, lines: string[]) => ({
  filename,
  contentBase64: Buffer.from(csvBytes(lines)).toString('base64'),
});
const count = async (table: string) =>
  (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n;

describe('import routes', () => {
  it('need a signed-in account with roster.import', async () => {
    expect((await new Anonymous(t.app).get('/api/import/template/deputies')).statusCode).toBe(401);
    const deputy = await signedIn(t.app, 'deputy');
    const res = await deputy.post(
      '/api/import/units/preview',
      body('u.csv', ['单位名称,类型', '县水利局,政府部门']),
    );
    expect(res.statusCode).toBe(403);
  });

  it('serve the templates as attachments with their Chinese names', async () => {
    const xlsx = await admin.get('/api/import/template/deputies');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toBe(
      `attachment; filename="deputies-template.xlsx"; filename*=UTF-8''${encodeURIComponent('代表名册导入模板.xlsx')}`,
    );
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const csv = await admin.get('/api/import/template/units?format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body).toContain('单位名称,简称,类型');
    expect((await admin.get('/api/import/template/others')).statusCode).toBe(400);
  });

  it('preview lists every row error and writes nothing', async () => {
    const before = await count('deputies');
    const res = await admin.post(
      '/api/import/deputies/preview',
      body('d.csv', ['姓名,性别,代表团,代表证号', '赵新,男,城关镇代表团,N-1', '钱明,未知,东坪镇代表团,T-0']),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      total: 2,
      valid: 1,
      rows: [{ row: 2, data: expect.objectContaining({ name: '赵新', delegationName: '城关镇代表团' }) }],
      errors: [{ row: 3, column: '性别', message: '性别“未知”无效，应为“男”或“女”' }],
    });
    expect(await count('deputies')).toBe(before);
  });

  it('commit refuses a file with errors with IMPORT_INVALID, and imports a good one with its audit entries', async () => {
    const before = await count('deputies');
    const bad = await admin.post(
      '/api/import/deputies/commit',
      body('d.csv', ['姓名,性别,代表证号', '赵新,男,N-1', '钱明,女,T-0']),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'IMPORT_INVALID',
      details: { errors: [{ row: 3, column: '代表证号', message: '代表证号“T-0”已存在' }] },
    });
    expect(await count('deputies')).toBe(before);
    const good = await admin.post(
      '/api/import/deputies/commit',
      body('d.csv', ['姓名,性别,代表证号', '赵新,男,N-1', '钱明,女,N-2']),
    );
    expect(good.statusCode).toBe(200);
    expect(good.json()).toEqual({ imported: 2 });
    expect(await count('deputies')).toBe((before ?? 0) + 2);
    const audit = await queryRows<{ action: string; actor: string }>(
      t.database.db,
      sql`select action, actor_label as actor from audit_log where action in ('deputy.imported', 'import.committed') order by seq`,
    );
    expect(audit.map((a) => a.action)).toEqual(['deputy.imported', 'deputy.imported', 'import.committed']);
    expect(audit[0]?.actor).toContain('admin');
    expect(await verifyAuditTrail(t.database.db)).toMatchObject({ ok: true });
  });

  it('refuses other file types with a message for the whole file', async () => {
    const res = await admin.post('/api/import/units/commit', { filename: 'u.xls', contentBase64: 'AAAA' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'IMPORT_INVALID',
      details: { errors: [{ row: 0, column: '' }] },
    });
  });
});
