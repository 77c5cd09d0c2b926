import ExcelJS from 'exceljs';
import { delegations, jurisdictions, terms } from '../../../db/schema';
import type { AuditContext } from '../../../platform/audit/audit';
import { type Database, openDatabase, runMigrations } from '../../../platform/db/database';

/** Test data: an in-memory database with one county, its 1st and 2nd terms, and two delegations of the 2nd. */
export async function importFixture(): Promise<{
  database: Database;
  jid: string;
  termId: string;
  ctx: AuditContext;
}> {
  const database = await openDatabase('memory://', '');
  await runMigrations(database);
  const { db } = database;
  const [j] = await db
    .insert(jurisdictions)
    .values({ code: '330100', name: '某某县', level: 'county' })
    .returning();
  if (!j) throw new Error('no jurisdiction');
  await db
    .insert(terms)
    .values({ jurisdictionId: j.id, number: 1, startDate: '2016-01-01', endDate: '2020-12-31' });
  const [t] = await db
    .insert(terms)
    .values({ jurisdictionId: j.id, number: 2, startDate: '2021-01-01' })
    .returning();
  if (!t) throw new Error('no term');
  await db.insert(delegations).values([
    { jurisdictionId: j.id, termId: t.id, name: '第一代表团', sortOrder: 1 },
    { jurisdictionId: j.id, termId: t.id, name: '第二代表团', sortOrder: 2 },
  ]);
  const ctx: AuditContext = {
    jurisdictionId: j.id,
    actorId: null,
    actorLabel: 'test',
    ip: null,
    requestId: null,
  };
  return { database, jid: j.id, termId: t.id, ctx };
}

export const csvBytes = (lines: string[], bom = true): Uint8Array =>
  new Uint8Array(Buffer.from(`${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`, 'utf8'));

/** An .xlsx file with one sheet holding these rows. */
export async function xlsxBytes(rows: (string | number | Date | null)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

let gbkTable: Map<string, number[]> | null = null;

/** GBK bytes of a text, by inverting the platform's GB18030 decoder over the two-byte range. */
export function gbkBytes(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
