import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/test-db';
import type { Database } from '../db/database';
import { type AuditContext, recordAudit, verifyAuditTrail } from './audit';

let d: Database;
const ctx = (j: string | null): AuditContext => ({
  jurisdictionId: j,
  actorId: null,
  actorLabel: 'test',
  ip: '127.0.0.1',
  requestId: 'r1',
});
const J1 = '00000000-0000-4000-8000-000000000001';
const J2 = '00000000-0000-4000-8000-000000000002';

async function write(n: number, j: string | null = J1) {
  for (let i = 0; i < n; i++) {
    await d.db.transaction((tx) =>
      recordAudit(tx, ctx(j), {
        action: 'thing.changed',
        subjectType: 'thing',
        subjectId: String(i),
        before: { v: i, 名: '甲' },
        after: { v: i + 1, at: new Date(0) },
      }),
    );
  }
}

beforeEach(async () => {
  d = await openTestDatabase();
});
afterEach(async () => d.close());

describe('audit hash chain', () => {
  it('verifies an untouched trail, one chain per jurisdiction', async () => {
    await write(5, J1);
    await write(3, J2);
    await write(2, null);
    expect(await verifyAuditTrail(d.db)).toEqual({ ok: true, checked: 10, chains: 3, firstBroken: null });
  });

  it('names the entry whose content was edited', async () => {
    await write(6);
    await d.rows(sql`update audit_log set after = '{"v": 99}'::jsonb where chain = ${J1} and position = 4`);
    const r = await verifyAuditTrail(d.db);
    expect(r.ok).toBe(false);
    expect(r.firstBroken).toMatchObject({
      chain: J1,
      position: 4,
      reason: 'content does not match its hash',
    });
  });

  it('names the gap where an entry was deleted', async () => {
    await write(6);
    await d.rows(sql`delete from audit_log where chain = ${J1} and position = 3`);
    expect((await verifyAuditTrail(d.db)).firstBroken).toMatchObject({ chain: J1, position: 3 });
  });

  it('notices the last entry removed, which leaves no gap', async () => {
    await write(4);
    await d.rows(sql`delete from audit_log where chain = ${J1} and position = 4`);
    expect((await verifyAuditTrail(d.db)).firstBroken).toMatchObject({ chain: J1, position: 4 });
  });

  it('notices an entry rewritten with a recomputed hash, because the next link breaks', async () => {
    await write(5);
    await d.rows(sql`update audit_log set hash = repeat('a', 64) where chain = ${J1} and position = 2`);
    expect((await verifyAuditTrail(d.db)).firstBroken).toMatchObject({ position: 2 });
  });

  it('rolls the entry back with the change it describes', async () => {
    await write(1);
    await expect(
      d.db.transaction(async (tx) => {
        await recordAudit(tx, ctx(J1), { action: 'x', subjectType: 'x', subjectId: null });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const [r] = await d.rows<{ n: number }>(sql`select count(*)::int as n from audit_log`);
    expect(r?.n).toBe(1);
    expect((await verifyAuditTrail(d.db)).ok).toBe(true);
  });

  it('keeps one unbroken chain under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 4 }, () => write(10)));
    const r = await verifyAuditTrail(d.db);
    expect(r).toMatchObject({ ok: true, checked: 40 });
  });
});
