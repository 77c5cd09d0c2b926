import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { verifyAuditTrail } from '../../platform/audit/audit';
import { signedIn, type TestClient } from '../../test/client';
import { createTestApp, type TestApp } from '../../test/test-app';
import { chineseOrdinal } from './roster.presenter';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedIn(t.app, 'admin');
});
afterAll(async () => t.close());

describe('deputies', () => {
  it('lists with search, filters and pagination', async () => {
    const all = await admin.get('/api/deputies?pageSize=2&page=1');
    expect(all.json()).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect(all.json().items).toHaveLength(2);
    const page2 = await admin.get('/api/deputies?pageSize=2&page=2');
    expect(page2.json().items.map((d: { id: string }) => d.id)).not.toContain(all.json().items[0].id);
    expect(
      (await admin.get(`/api/deputies?q=${encodeURIComponent('秀英')}`))
        .json()
        .items.map((d: { name: string }) => d.name),
    ).toEqual(['李秀英']);
    expect((await admin.get('/api/deputies?gender=female')).json().total).toBe(2);
    expect((await admin.get(`/api/deputies?delegationId=${t.fixture.delegationIds[1]}`)).json().total).toBe(
      2,
    );
    expect((await admin.get('/api/deputies?q=%25')).json().total).toBe(0);
  });

  it('creates and edits with an audit entry holding before and after', async () => {
    const created = await admin.post('/api/deputies', {
      termId: t.fixture.termId,
      name: '孙海燕',
      gender: 'female',
      delegationId: t.fixture.delegationIds[0],
      occupation: '教师',
    });
    expect(created.statusCode).toBe(200);
    const d = created.json();
    expect(d).toMatchObject({
      name: '孙海燕',
      ethnicity: '汉族',
      status: 'in_office',
      delegationName: '城关镇代表团',
      version: 1,
    });
    const edited = await admin.patch(`/api/deputies/${d.id}`, { occupation: '校长', version: 1 });
    expect(edited.json()).toMatchObject({ occupation: '校长', version: 2 });
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'deputy.updated'), eq(auditLog.subjectId, d.id)));
    expect(entry?.before).toMatchObject({ occupation: '教师' });
    expect(entry?.after).toMatchObject({ occupation: '校长' });
    expect(entry?.actorLabel).toContain('admin');
    expect((await verifyAuditTrail(t.database.db)).ok).toBe(true);
  });

  it('refuses a stale version and keeps the newer edit', async () => {
    const id = t.fixture.deputyIds[2];
    const current = (await admin.get(`/api/deputies/${id}`)).json();
    expect(
      (await admin.patch(`/api/deputies/${id}`, { party: '中共党员', version: current.version })).statusCode,
    ).toBe(200);
    const stale = await admin.patch(`/api/deputies/${id}`, { party: '群众', version: current.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    expect((await admin.get(`/api/deputies/${id}`)).json().party).toBe('中共党员');
  });

  it('records how a mandate ended, with its date, and never deletes', async () => {
    const id = t.fixture.deputyIds[3];
    const v = (await admin.get(`/api/deputies/${id}`)).json().version;
    const noDate = await admin.patch(`/api/deputies/${id}`, { status: 'resigned', version: v });
    expect(noDate.json().code).toBe('VALIDATION_FAILED');
    const ok = await admin.patch(`/api/deputies/${id}`, {
      status: 'resigned',
      statusDate: '2024-03-01',
      statusNote: '因工作调动辞职',
      version: v,
    });
    expect(ok.json()).toMatchObject({ status: 'resigned', statusDate: '2024-03-01' });
    const summary = (await admin.get('/api/roster/summary')).json();
    expect(summary.deputiesByStatus.resigned).toBe(1);
  });

  it('refuses a delegation of another term', async () => {
    const term = await admin.post('/api/terms', { number: 19, startDate: '2026-10-01' });
    const res = await admin.post('/api/deputies', {
      termId: term.json().id,
      name: '钱进',
      gender: 'male',
      delegationId: t.fixture.delegationIds[0],
    });
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('terms, delegations, units, standing committee', () => {
  it('labels terms in Chinese and refuses duplicate numbers', async () => {
    const terms = (await admin.get('/api/terms')).json();
    expect(terms.find((x: { number: number }) => x.number === 18).label).toBe('第十八届');
    expect((await admin.post('/api/terms', { number: 18, startDate: '2021-01-01' })).json().code).toBe(
      'DUPLICATE',
    );
    expect([1, 10, 16, 21, 99].map(chineseOrdinal)).toEqual(['一', '十', '十六', '二十一', '九十九']);
  });

  it('counts deputies in office per delegation', async () => {
    const ds = (await admin.get(`/api/delegations?termId=${t.fixture.termId}`)).json();
    expect(ds.map((d: { name: string }) => d.name).slice(0, 2)).toEqual(['城关镇代表团', '东坪镇代表团']);
  });

  it('creates, filters and edits units; names are unique', async () => {
    const u = await admin.post('/api/units', {
      name: '县财政局',
      kind: 'government_department',
      contactPerson: '周科长',
    });
    expect(u.statusCode).toBe(200);
    expect((await admin.post('/api/units', { name: '县财政局', kind: 'other' })).json().code).toBe(
      'DUPLICATE',
    );
    expect(
      (await admin.get('/api/units?kind=court')).json().items.map((x: { name: string }) => x.name),
    ).toEqual(['县人民法院']);
    const e = await admin.patch(`/api/units/${u.json().id}`, { active: false, version: 1 });
    expect(e.json()).toMatchObject({ active: false, version: 2 });
  });

  it('adds standing committee members and ends a membership without deleting it', async () => {
    const m = await admin.post('/api/standing-committee', {
      termId: t.fixture.termId,
      deputyId: t.fixture.deputyIds[0],
      position: 'chair',
      startDate: '2021-10-01',
    });
    expect(m.json()).toMatchObject({ deputyName: '王建国', position: 'chair' });
    expect(
      (
        await admin.post('/api/standing-committee', {
          termId: t.fixture.termId,
          deputyId: t.fixture.deputyIds[0],
          position: 'member',
          startDate: '2021-10-01',
        })
      ).json().code,
    ).toBe('DUPLICATE');
    const before = (await admin.get('/api/roster/summary')).json().standingCommitteeMembers;
    await admin.patch(`/api/standing-committee/${m.json().id}`, { endDate: '2023-01-01' });
    expect((await admin.get('/api/roster/summary')).json().standingCommitteeMembers).toBe(before - 1);
    expect((await admin.get('/api/standing-committee')).json()).toHaveLength(1);
  });
});
