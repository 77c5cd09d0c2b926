import { type PublishedVote, recount } from '@renda/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database';
import { signedIn, type TestClient } from '../../test/client';
import { TEST_PASSWORD, testContext } from '../../test/fixture';
import { createTestApp, type TestApp } from '../../test/test-app';
import { createAccount } from '../accounts/create-account';
import { ballotsReceived } from '../live/live-state';

let t: TestApp;
let admin: TestClient;
let presiding: TestClient;
/** one signed-in client per deputy of the fixture (4 deputies in office) */
const deputies: TestClient[] = [];
let sessionId: string;
let itemId: string;

beforeAll(async () => {
  t = await createTestApp();
  const f = t.fixture;
  const ctx = testContext(f.jurisdictionId);
  for (const [i, deputyId] of f.deputyIds.entries()) {
    if (i === 0) continue; // the fixture's `deputy` account is deputy 0
    await createAccount(
      t.database.db,
      ctx,
      f.jurisdictionId,
      { username: `deputy-${i}`, displayName: `代表${i}`, role: 'deputy', deputyId },
      { password: TEST_PASSWORD, mustChangePassword: false },
    );
  }
  admin = await signedIn(t.app, 'admin');
  presiding = await signedIn(t.app, 'presiding');
  deputies.push(await signedIn(t.app, 'deputy'));
  for (let i = 1; i < f.deputyIds.length; i++) deputies.push(await signedIn(t.app, `deputy-${i}`));

  const s = await admin.post('/api/sessions', {
    body: 'congress',
    termId: f.termId,
    number: 3,
    kind: 'regular',
    startDate: '2026-11-20',
    endDate: '2026-11-23',
    venue: '县人民会堂',
  });
  expect(s.statusCode, s.body).toBe(200);
  sessionId = s.json().id;
  expect(s.json().title).toBe('测试县第十八届人民代表大会第三次会议');
  const item = await admin.post(`/api/sessions/${sessionId}/agenda`, {
    kind: 'vote',
    title: '关于县人民政府工作报告的决议',
  });
  itemId = item.json().id;
  const started = await admin.patch(`/api/sessions/${sessionId}`, { status: 'in_progress', version: 1 });
  expect(started.statusCode, started.body).toBe(200);
});
afterAll(async () => t.close());

const tableChecksum = async (): Promise<string> => {
  const rows = await queryRows<{ h: string }>(
    t.database.db,
    sql`select md5(coalesce((select string_agg(x::text, ',' order by x::text) from votes x), '') ||
      coalesce((select string_agg(x::text, ',' order by x::text) from vote_ballots x), '') ||
      coalesce((select string_agg(x::text, ',' order by x::text) from vote_participations x), '')) as h`,
  );
  return rows[0]?.h ?? '';
};

describe('votes (表决)', () => {
  it('refuses to open without a quorum, and says how many are needed', async () => {
    const before = await tableChecksum();
    await deputies[0]?.post(`/api/sessions/${sessionId}/check-in`);
    const res = await presiding.post(`/api/sessions/${sessionId}/votes`, { itemId, text: '决议草案全文' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('QUORUM_NOT_MET');
    // 4 deputies in office: at least 2/3 → 3 must be present (地方组织法 第十四条)
    expect(res.json().details).toMatchObject({ present: 1, needed: 3, inOffice: 4 });
    expect(await tableChecksum()).toBe(before);
  });

  it('counts staff sign-in by card and by hand toward the quorum', async () => {
    const f = t.fixture;
    const byCard = await presiding.post(`/api/sessions/${sessionId}/attendance`, { cardCode: 'T-1' });
    expect(byCard.json()).toMatchObject({ deputyId: f.deputyIds[1], status: 'present', changed: true });
    await presiding.post(`/api/sessions/${sessionId}/attendance`, { deputyId: f.deputyIds[2] });
    const q = (await presiding.get(`/api/sessions/${sessionId}/quorum`)).json();
    expect(q).toMatchObject({ inOffice: 4, present: 3, absent: 1, needed: 3, met: true });
  });

  let voteId: string;
  it('opens a secret vote; the wrong role cannot open or cast', async () => {
    const denied = await deputies[0]?.post(`/api/sessions/${sessionId}/votes`, { itemId, text: '决议草案' });
    expect(denied?.statusCode).toBe(403);
    const res = await presiding.post(`/api/sessions/${sessionId}/votes`, { itemId, text: '决议草案全文' });
    expect(res.statusCode, res.body).toBe(200);
    voteId = res.json().id;
    expect(res.json()).toMatchObject({ mode: 'secret', status: 'open', baseKind: 'deputies_in_office' });
    const byAdmin = await admin.post(`/api/votes/${voteId}/ballots`, { choice: 'yes' });
    expect(byAdmin.statusCode).toBe(403);
    const second = await presiding.post(`/api/sessions/${sessionId}/votes`, { itemId, text: '另一个' });
    expect(second.json().code).toBe('CONFLICT');
  });

  const receipts: string[] = [];
  it('counts concurrent duplicate submissions from one deputy once', async () => {
    const d0 = deputies[0] as TestClient;
    const tries = await Promise.all(
      [1, 2, 3, 4].map(() => d0.post(`/api/votes/${voteId}/ballots`, { choice: 'yes' })),
    );
    const ok = tries.filter((r) => r.statusCode === 200);
    expect(ok).toHaveLength(1);
    expect(tries.filter((r) => r.json().code === 'ALREADY_VOTED')).toHaveLength(3);
    receipts.push(ok[0]?.json().receipt);
    expect(receipts[0]).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  });

  it('refuses a deputy who is not present', async () => {
    const before = await tableChecksum();
    const res = await deputies[3]?.post(`/api/votes/${voteId}/ballots`, { choice: 'no' });
    expect(res?.json().code).toBe('NOT_PRESENT');
    expect(await tableChecksum()).toBe(before);
  });

  it('shows the console the number of ballots, never the choices, while open', async () => {
    await deputies[1]?.post(`/api/votes/${voteId}/ballots`, { choice: 'no' });
    const state = (await presiding.get(`/api/sessions/${sessionId}/live-state`)).json();
    expect(state.current).toMatchObject({ kind: 'vote', id: voteId, ballotsReceived: 2 });
    // the recount a refresh after ballots makes gives the same number
    expect(await ballotsReceived(t.database.db, { kind: 'vote', id: voteId })).toBe(2);
    expect(JSON.stringify(state)).not.toMatch(/"no"|"yes"/);
    const mine = (await deputies[1]?.get(`/api/sessions/${sessionId}/my-vote`))?.json();
    expect(mine).toMatchObject({ present: true, voted: true });
  });

  it('closes with the base of ALL deputies in office and freezes the result', async () => {
    await deputies[2]?.post(`/api/votes/${voteId}/ballots`, { choice: 'yes' });
    const closed = await presiding.post(`/api/votes/${voteId}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    // 2 yes of 4 in office is not more than half (地方组织法 第二十五条), even though 2 of 3 voters said yes
    expect(closed.json().result).toMatchObject({
      inOffice: 4,
      present: 3,
      yes: 2,
      no: 1,
      abstain: 0,
      notVoting: 0,
      passed: false,
      yesNeeded: 3,
    });
    expect(closed.json().rule).toMatchObject({ num: 1, den: 2, of: 'deputies_in_office', strict: true });
    const late = await deputies[0]?.post(`/api/votes/${voteId}/ballots`, { choice: 'no' });
    expect(late?.json().code).toBe('VOTING_CLOSED');
    // closed: no recount, the live picture is computed again in full
    expect(await ballotsReceived(t.database.db, { kind: 'vote', id: voteId })).toBeNull();
    const again = await presiding.post(`/api/votes/${voteId}/close`);
    expect(again.json().code).toBe('VOTING_CLOSED');
    await expect(
      t.database.db.execute(sql`update votes set passed = true where id = ${voteId}`),
    ).rejects.toThrow();
  });

  it('publishes the ballots by receipt so that a deputy can find theirs and anyone can recount', async () => {
    const pub = await new (await import('../../test/client')).TestClient(t.app).get(
      `/api/votes/${voteId}/published`,
    );
    expect(pub.statusCode).toBe(200);
    const doc = pub.json() as PublishedVote;
    expect(doc.ballots).toHaveLength(3);
    expect(doc.ballots.some((b) => b.receipt === receipts[0] && b.choice === 'yes')).toBe(true);
    expect(doc.ballots.every((b) => b.deputy === undefined)).toBe(true);
    expect(recount(doc).matches).toBe(true);
  });

  it('leaves no way to link a deputy to a choice in any table', async () => {
    const deputyIds = t.fixture.deputyIds;
    const tables = await queryRows<{ t: string }>(
      t.database.db,
      sql`select table_name as t from information_schema.tables where table_schema = 'public'`,
    );
    // every row that mentions the ballot's receipt or choice must mention no deputy, and no row naming a
    // deputy may carry a receipt
    for (const { t: name } of tables) {
      const rows = await queryRows<{ j: string }>(
        t.database.db,
        sql.raw(`select row_to_json(x)::text as j from ${name} x`),
      );
      for (const { j } of rows) {
        const hasReceipt = receipts.some((r) => j.includes(r));
        const hasDeputy = deputyIds.some((d) => j.includes(d));
        if (name === 'votes') continue; // the published list: receipts and choices only (checked above)
        expect(hasReceipt && hasDeputy, `${name}: ${j.slice(0, 200)}`).toBe(false);
      }
    }
    const ballotCols = await queryRows<{ c: string }>(
      t.database.db,
      sql`select column_name as c from information_schema.columns where table_name = 'vote_ballots'`,
    );
    expect(ballotCols.map((c) => c.c).sort()).toEqual([
      'choice',
      'deputy_id',
      'id',
      'jurisdiction_id',
      'receipt',
      'vote_id',
    ]);
    const linked = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from vote_ballots where vote_id = ${voteId} and deputy_id is not null`,
    );
    expect(linked[0]?.n).toBe(0);
    // the audit trail records participation, never the choice
    const audit = await queryRows<{ j: string }>(
      t.database.db,
      sql`select row_to_json(a)::text as j from audit_log a where action = 'vote.participated'`,
    );
    expect(audit).toHaveLength(3);
    for (const { j } of audit) expect(j).not.toMatch(/"choice"|"yes"|"no"|receipt/);
  });

  it('records a named vote with the deputy, and a correction as a new vote', async () => {
    const res = await presiding.post(`/api/sessions/${sessionId}/votes`, {
      itemId,
      text: '决议草案（修正）',
      mode: 'named',
      correctsVoteId: voteId,
    });
    expect(res.statusCode, res.body).toBe(200);
    const named = res.json().id as string;
    for (const d of deputies.slice(0, 3)) await d.post(`/api/votes/${named}/ballots`, { choice: 'yes' });
    const closed = (await presiding.post(`/api/votes/${named}/close`)).json();
    expect(closed.result).toMatchObject({ yes: 3, passed: true, yesNeeded: 3 });
    expect(closed.correctsVoteId).toBe(voteId);
    const doc = (await admin.get(`/api/votes/${named}/published`)).json() as PublishedVote;
    expect(doc.ballots.map((b) => b.deputy?.name).sort()).toEqual(['张志强', '李秀英', '王建国'].sort());
    const popolo = (await admin.get(`/api/votes/${named}/export?format=popolo`)).json();
    expect(JSON.stringify(popolo)).toContain('王建国');
    const docx = await admin.get(`/api/votes/${named}/export?format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xlsx = await deputies[0]?.get(`/api/votes/${voteId}/export?format=xlsx`);
    expect(xlsx?.headers['content-type']).toContain('spreadsheetml');
    const secretPopolo = JSON.stringify(
      (await admin.get(`/api/votes/${voteId}/export?format=popolo`)).json(),
    );
    expect(secretPopolo).not.toContain('王建国');
  });
});
