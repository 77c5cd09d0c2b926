import {
  type Election,
  type ElectionRound,
  type Mark,
  type PublishedElectionRound,
  recount,
} from '@renda/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database';
import { signedIn, TestClient } from '../../test/client';
import { TEST_PASSWORD, testContext } from '../../test/fixture';
import { createTestApp, type TestApp } from '../../test/test-app';
import { createAccount } from '../accounts/create-account';
import { ballotsReceived } from '../live/live-state';
import { createDeputy } from '../roster/create-deputy';

/**
 * Elections at a county congress with 16 deputies in office: a quorum is 11 present (2/3), an election
 * needs more than half of ALL deputies — 9 yes — and a joint nomination 10 deputies (县级: 十人以上联名).
 */

let t: TestApp;
let admin: TestClient;
let presiding: TestClient;
let scrutineerA: TestClient;
let scrutineerB: TestClient;
const anon = () => new TestClient(t.app);
/** one signed-in client per deputy, d[0] being the fixture's `deputy` account */
const d: TestClient[] = [];
const ids: string[] = [];
let sessionId: string;
const items: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const f = t.fixture;
  const ctx = testContext(f.jurisdictionId);
  ids.push(...f.deputyIds);
  for (let i = ids.length; i < 16; i++) {
    const dep = await createDeputy(t.database.db, ctx, f.jurisdictionId, {
      termId: f.termId,
      name: `代表${String(i).padStart(2, '0')}`,
      gender: 'male',
      ethnicity: '汉族',
      status: 'in_office',
    });
    ids.push(dep.id);
  }
  for (const [i, deputyId] of ids.entries()) {
    if (i === 0) continue; // the fixture's `deputy` account is deputy 0
    await createAccount(
      t.database.db,
      ctx,
      f.jurisdictionId,
      { username: `deputy-${i}`, displayName: `代表${i}`, role: 'deputy', deputyId },
      { password: TEST_PASSWORD, mustChangePassword: false },
    );
  }
  await createAccount(
    t.database.db,
    ctx,
    f.jurisdictionId,
    { username: 'scrutineer-2', displayName: '监票人二', role: 'scrutineer' },
    { password: TEST_PASSWORD, mustChangePassword: false },
  );
  admin = await signedIn(t.app, 'admin');
  presiding = await signedIn(t.app, 'presiding');
  scrutineerA = await signedIn(t.app, 'scrutineer');
  scrutineerB = await signedIn(t.app, 'scrutineer-2');
  d.push(await signedIn(t.app, 'deputy'));
  for (let i = 1; i < ids.length; i++) d.push(await signedIn(t.app, `deputy-${i}`));

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
  const agenda: Array<[string, string, string]> = [
    ['vice', 'election', '选举县人民政府副县长'],
    ['vice2', 'election', '补选县人民政府副县长'],
    ['court', 'election', '选举县人民法院院长'],
    ['short', 'election', '选举县人民代表大会常务委员会副主任'],
    ['resolution', 'vote', '关于县人民政府工作报告的决议'],
  ];
  for (const [key, kind, title] of agenda) {
    const item = await admin.post(`/api/sessions/${sessionId}/agenda`, { kind, title });
    expect(item.statusCode, item.body).toBe(200);
    items[key] = item.json().id;
  }
  const started = await admin.patch(`/api/sessions/${sessionId}`, { status: 'in_progress', version: 1 });
  expect(started.statusCode, started.body).toBe(200);
}, 300_000);
afterAll(async () => t.close());

const electionTables = [
  'elections',
  'election_offices',
  'nominations',
  'nomination_signers',
  'election_rounds',
];
const ballotTables = ['election_participations', 'election_ballots', 'paper_entries'];
/** A fingerprint of every election table: a refused request must leave it unchanged. */
async function checksum(): Promise<string> {
  const parts = [...electionTables, ...ballotTables].map(
    (name) => `coalesce((select string_agg(x::text, ',' order by x::text) from ${name} x), '')`,
  );
  const rows = await queryRows<{ h: string }>(
    t.database.db,
    sql.raw(`select md5(${parts.join(' || ')}) as h`),
  );
  return rows[0]?.h ?? '';
}

type Section = { officeId: string; marks: Record<string, Mark>; writeIns?: string[] };
const ballot = (officeId: string, marks: Record<string, Mark>, writeIns: string[] = []): Section[] => [
  { officeId, marks, writeIns },
];

async function election(id: string): Promise<Election> {
  return (await admin.get(`/api/elections/${id}`)).json();
}
async function round(id: string): Promise<ElectionRound> {
  return (await admin.get(`/api/election-rounds/${id}`)).json();
}
async function cast(i: number, roundId: string, sections: Section[]) {
  const res = await d[i]?.post(`/api/election-rounds/${roundId}/ballots`, { offices: sections });
  if (!res) throw new Error(`no deputy ${i}`);
  return res;
}
async function castOk(i: number, roundId: string, sections: Section[]): Promise<string> {
  const res = await cast(i, roundId, sections);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().receipt;
}
async function published(roundId: string): Promise<PublishedElectionRound> {
  const res = await anon().get(`/api/election-rounds/${roundId}/published`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
async function createElection(item: string, offices: unknown[]) {
  return presiding.post(`/api/sessions/${sessionId}/elections`, { itemId: items[item], offices });
}
/** A joint nomination led by deputy `lead`, every co-signer confirming. */
async function jointNomination(
  electionId: string,
  officeId: string,
  name: string,
  lead: number,
  cosigners: number[],
) {
  const res = await d[lead]?.post(`/api/elections/${electionId}/joint-nominations`, {
    officeId,
    candidateName: name,
    cosignerIds: cosigners.map((i) => ids[i]),
  });
  expect(res?.statusCode, res?.body).toBe(200);
  const id = res?.json().id as string;
  for (const i of cosigners) {
    const ok = await d[i]?.post(`/api/joint-nominations/${id}/confirm`);
    expect(ok?.statusCode, ok?.body).toBe(200);
  }
  return id;
}
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe('setting up an election', () => {
  it('refuses a margin outside the profile’s range for the office type, and a non-election item', async () => {
    const before = await checksum();
    const res = await createElection('vice', [
      { name: '副县长', officeType: 'deputy_head', seats: 2, marginExtra: 0 },
      { name: '常委会委员', officeType: 'committee_member', seats: 10, marginExtra: 3 },
      { name: '县长', officeType: 'head', seats: 1, marginExtra: 2 },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    // 副职 +1..+3; 委员 +1/10..+1/5 of 10 seats = +1..+2; 正职 +0..+1 (地方组织法 第二十七条)
    expect(res.json().details).toMatchObject([
      { path: 'offices[0].marginExtra', min: 1, max: 3 },
      { path: 'offices[1].marginExtra', min: 1, max: 2 },
      { path: 'offices[2].marginExtra', min: 0, max: 1 },
    ]);
    const wrongItem = await createElection('resolution', [
      { name: '副县长', officeType: 'deputy_head', seats: 2, marginExtra: 1 },
    ]);
    expect(wrongItem.json().code).toBe('VALIDATION_FAILED');
    const byDeputy = await d[0]?.post(`/api/sessions/${sessionId}/elections`, {
      itemId: items.vice,
      offices: [{ name: '副县长', officeType: 'deputy_head', seats: 2, marginExtra: 1 }],
    });
    expect(byDeputy?.statusCode).toBe(403);
    expect(await checksum()).toBe(before);
  });
});

describe('nominations, a preliminary vote, a tie and its re-vote (选举副县长)', () => {
  let eid: string;
  let office: string;
  const nom: Record<string, string> = {};

  it('creates the election with its office and margin', async () => {
    const res = await createElection('vice', [
      { name: '副县长', officeType: 'deputy_head', seats: 2, marginExtra: 1 },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    eid = res.json().id;
    office = res.json().offices[0].id;
    expect(res.json()).toMatchObject({
      status: 'nominating',
      title: '选举县人民政府副县长',
      nextRound: null,
    });
    expect(res.json().offices[0]).toMatchObject({ seats: 2, marginExtra: 1, places: 3, nominees: 0 });
    const list = (await d[3]?.get(`/api/sessions/${sessionId}/elections`))?.json();
    expect(list.map((e: Election) => e.id)).toContain(eid);
  });

  it('lets the presidium nominate no more candidates than seats', async () => {
    for (const name of ['王一', '王二']) {
      const res = await presiding.post(`/api/elections/${eid}/nominations`, {
        officeId: office,
        candidateName: name,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'valid', nominatedBy: 'presidium', signersNeeded: null });
      nom[name] = res.json().id;
    }
    const before = await checksum();
    const third = await presiding.post(`/api/elections/${eid}/nominations`, {
      officeId: office,
      candidateName: '王三',
    });
    expect(third.statusCode).toBe(409);
    expect(third.json()).toMatchObject({
      code: 'NOMINATION_INVALID',
      details: { reason: 'presidium_cap', seats: 2, nominated: 2 },
    });
    const twice = await d[0]?.post(`/api/elections/${eid}/joint-nominations`, {
      officeId: office,
      candidateName: '王一',
      cosignerIds: range(1, 9).map((i) => ids[i]),
    });
    expect(twice?.json()).toMatchObject({
      code: 'NOMINATION_INVALID',
      details: { reason: 'already_nominated' },
    });
    expect(await checksum()).toBe(before);
  });

  it('makes a joint nomination valid only when ten deputies, the lead included, have confirmed', async () => {
    const few = await d[0]?.post(`/api/elections/${eid}/joint-nominations`, {
      officeId: office,
      candidateName: '李三',
      cosignerIds: range(1, 5).map((i) => ids[i]),
    });
    expect(few?.json()).toMatchObject({
      code: 'NOMINATION_INVALID',
      details: { reason: 'too_few_signers', named: 6, needed: 10 },
    });
    const res = await d[0]?.post(`/api/elections/${eid}/joint-nominations`, {
      officeId: office,
      candidateName: '李三',
      candidateInfo: '县交通运输局局长',
      cosignerIds: range(1, 9).map((i) => ids[i]),
    });
    expect(res?.statusCode, res?.body).toBe(200);
    expect(res?.json()).toMatchObject({
      status: 'collecting',
      nominatedBy: 'deputies',
      leadDeputyId: ids[0],
      confirmedSigners: 1,
      signersNeeded: 10,
    });
    expect(res?.json().signers[0]).toMatchObject({ deputyId: ids[0] });
    expect(res?.json().signers).toHaveLength(10);
    nom.李三 = res?.json().id;
    for (const i of range(1, 8)) {
      const ok = await d[i]?.post(`/api/joint-nominations/${nom.李三}/confirm`);
      expect(ok?.json()).toMatchObject({ status: 'collecting', confirmedSigners: i + 1 });
    }
    expect((await election(eid)).offices[0]?.nominees).toBe(2);
    // a deputy not named cannot sign, and nobody signs twice
    expect((await d[12]?.post(`/api/joint-nominations/${nom.李三}/confirm`))?.statusCode).toBe(403);
    expect((await d[1]?.post(`/api/joint-nominations/${nom.李三}/confirm`))?.json().code).toBe('CONFLICT');
    const tenth = await d[9]?.post(`/api/joint-nominations/${nom.李三}/confirm`);
    expect(tenth?.json()).toMatchObject({ status: 'valid', confirmedSigners: 10 });
    expect((await election(eid)).offices[0]?.nominees).toBe(3);
    const listed = (await d[5]?.get(`/api/elections/${eid}/nominations`))?.json();
    expect(
      listed
        .find((n: { id: string }) => n.id === nom.李三)
        .signers.every((s: { confirmedAt: string | null }) => s.confirmedAt),
    ).toBe(true);
  });

  it('caps each deputy’s joint nominations for an office at its seats', async () => {
    nom.赵四 = await jointNomination(eid, office, '赵四', 0, range(1, 9));
    const before = await checksum();
    // deputy 0 has signed two (李三, 赵四) for two seats: a third is refused
    const lead = await d[0]?.post(`/api/elections/${eid}/joint-nominations`, {
      officeId: office,
      candidateName: '钱五',
      cosignerIds: range(1, 9).map((i) => ids[i]),
    });
    expect(lead?.json()).toMatchObject({
      code: 'NOMINATION_INVALID',
      details: { reason: 'deputy_cap', deputyId: ids[0], seats: 2, signed: 2 },
    });
    expect(await checksum()).toBe(before);
    // deputy 1 confirmed both: their confirmation of a third is refused too
    const third = await d[10]?.post(`/api/elections/${eid}/joint-nominations`, {
      officeId: office,
      candidateName: '钱五',
      cosignerIds: [1, 11, 12, 13, 14, 15, 2, 3, 4].map((i) => ids[i]),
    });
    expect(third?.statusCode, third?.body).toBe(200);
    nom.钱五 = third?.json().id;
    const capped = await d[1]?.post(`/api/joint-nominations/${nom.钱五}/confirm`);
    expect(capped?.json()).toMatchObject({
      code: 'NOMINATION_INVALID',
      details: { reason: 'deputy_cap', deputyId: ids[1] },
    });
  });

  it('lets the lead (not a co-signer) withdraw a joint nomination, and the presidium withdraw any', async () => {
    expect((await d[11]?.post(`/api/joint-nominations/${nom.钱五}/withdraw`))?.statusCode).toBe(403);
    const own = await d[10]?.post(`/api/joint-nominations/${nom.钱五}/withdraw`);
    expect(own?.json()).toMatchObject({ status: 'withdrawn' });
    const extra = await presiding.post(`/api/elections/${eid}/nominations`, {
      officeId: office,
      candidateName: '孙六',
    });
    expect(extra.json().code).toBe('NOMINATION_INVALID'); // still two presidium nominees for two seats
    const w = await presiding.post(`/api/nominations/${nom.王二}/withdraw`);
    expect(w.json()).toMatchObject({ status: 'withdrawn' });
    const again = await presiding.post(`/api/elections/${eid}/nominations`, {
      officeId: office,
      candidateName: '王二',
    });
    expect(again.statusCode, again.body).toBe(200);
    nom.王二 = again.json().id;
  });

  it('fixes the candidates: four nominees for seats + margin = 3 require a preliminary vote', async () => {
    const res = await presiding.post(`/api/elections/${eid}/fix-candidates`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'candidates_fixed',
      nextRound: { type: 'preliminary', officeIds: [office] },
    });
    expect(res.json().offices[0]).toMatchObject({
      nominees: 4,
      places: 3,
      preliminaryRequired: true,
      candidates: null,
    });
    const late = await presiding.post(`/api/elections/${eid}/nominations`, {
      officeId: office,
      candidateName: '周七',
    });
    expect(late.json().code).toBe('INVALID_STATE');
    const formal = await presiding.post(`/api/elections/${eid}/rounds`, { type: 'formal' });
    expect(formal.statusCode).toBe(409);
    expect(formal.json()).toMatchObject({
      code: 'INVALID_STATE',
      details: { expected: 'preliminary', requested: 'formal' },
    });
  });

  it('refuses to open a round without a quorum, and says how many are needed', async () => {
    const before = await checksum();
    const res = await presiding.post(`/api/elections/${eid}/rounds`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'QUORUM_NOT_MET',
      details: { present: 0, needed: 11, inOffice: 16 },
    });
    expect(await checksum()).toBe(before);
    // deputies 0–14 sign in; 15 stays away
    for (const i of range(0, 14)) {
      const ok = await presiding.post(`/api/sessions/${sessionId}/attendance`, { deputyId: ids[i] });
      expect(ok.statusCode, ok.body).toBe(200);
    }
  });

  const receipts: string[] = [];
  let pre: string;
  it('holds the preliminary vote: ballots with receipts, once per deputy, present deputies only', async () => {
    expect((await d[0]?.post(`/api/elections/${eid}/rounds`, {}))?.statusCode).toBe(403);
    const res = await presiding.post(`/api/elections/${eid}/rounds`, { type: 'preliminary' });
    expect(res.statusCode, res.body).toBe(200);
    pre = res.json().id;
    expect(res.json()).toMatchObject({
      type: 'preliminary',
      status: 'open',
      number: 1,
      inOffice: 16,
      present: 15,
    });
    expect(res.json().rule).toMatchObject({ num: 0, strict: false });
    expect(res.json().offices[0].seats).toBe(3);
    expect(
      res
        .json()
        .offices[0].candidates.map((c: { name: string }) => c.name)
        .sort(),
    ).toEqual(['李三', '王一', '王二', '赵四'].sort());
    const [w1, w2, l3, z4] = ['王一', '王二', '李三', '赵四'].map((n) => nom[n] as string) as [
      string,
      string,
      string,
      string,
    ];
    const mine = (await d[2]?.get(`/api/sessions/${sessionId}/my-election`))?.json();
    expect(mine).toMatchObject({ present: true, voted: false, round: { id: pre } });
    expect(
      (await admin.post(`/api/election-rounds/${pre}/ballots`, { offices: ballot(office, {}) })).statusCode,
    ).toBe(403);

    const before = await checksum();
    // no write-ins on a preliminary ballot; no more yes than places
    expect((await cast(11, pre, ballot(office, { [w1]: 'no' }, ['孙五']))).json().code).toBe(
      'VALIDATION_FAILED',
    );
    const four = await cast(11, pre, ballot(office, { [w1]: 'yes', [w2]: 'yes', [l3]: 'yes', [z4]: 'yes' }));
    expect(four.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ message: 'too_many_choices' }],
    });
    expect((await cast(15, pre, ballot(office, { [w1]: 'yes' }))).json().code).toBe('NOT_PRESENT');
    expect(await checksum()).toBe(before);

    // deputy 0 submits four times at once: one ballot counts
    const tries = await Promise.all(
      range(1, 4).map(() => cast(0, pre, ballot(office, { [w1]: 'yes', [w2]: 'yes', [l3]: 'yes' }))),
    );
    expect(tries.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(tries.filter((r) => r.json().code === 'ALREADY_VOTED')).toHaveLength(3);
    receipts.push(tries.find((r) => r.statusCode === 200)?.json().receipt);
    expect(receipts[0]).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    for (const i of range(1, 9))
      receipts.push(await castOk(i, pre, ballot(office, { [w1]: 'yes', [w2]: 'yes', [l3]: 'yes' })));
    receipts.push(await castOk(10, pre, ballot(office, { [w1]: 'yes', [w2]: 'yes', [z4]: 'yes' })));
    receipts.push(await castOk(11, pre, ballot(office, { [w1]: 'yes' })));
    for (const i of range(12, 14)) receipts.push(await castOk(i, pre, ballot(office, {})));
    expect((await d[2]?.get(`/api/sessions/${sessionId}/my-election`))?.json()).toMatchObject({
      voted: true,
    });
    const live = (await anon().get(`/api/sessions/${sessionId}/live-state`)).json();
    expect(live.current).toMatchObject({ kind: 'election', id: pre, ballotsReceived: 15 });
    expect(await ballotsReceived(t.database.db, { kind: 'election', id: pre })).toBe(15);

    const closed = await presiding.post(`/api/election-rounds/${pre}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed');
    const a = closed.json().result.announced[0];
    expect(a.totals.map((x: { name: string; yes: number }) => [x.name, x.yes])).toEqual([
      ['王一', 12],
      ['王二', 11],
      ['李三', 10],
      ['赵四', 1],
    ]);
    expect((await cast(13, pre, ballot(office, {}))).json().code).toBe('VOTING_CLOSED');
    expect(await ballotsReceived(t.database.db, { kind: 'election', id: pre })).toBeNull();
    const e = await election(eid);
    // the top three by yes votes become the candidates (第二十七条: 根据在预选中得票多少的顺序)
    expect(e.offices[0]?.candidates?.map((c) => c.name)).toEqual(['王一', '王二', '李三']);
    expect(e).toMatchObject({ status: 'candidates_fixed', nextRound: { type: 'formal' } });
    expect(recount(await published(pre)).matches).toBe(true);
  });

  let formal: string;
  it('holds the formal vote: a tie at the cut-off leaves one seat to a re-vote among the tied only', async () => {
    const res = await presiding.post(`/api/elections/${eid}/rounds`, {});
    expect(res.statusCode, res.body).toBe(200);
    formal = res.json().id;
    expect(res.json()).toMatchObject({ type: 'formal', number: 2 });
    expect(res.json().rule).toMatchObject({ num: 1, den: 2, of: 'deputies_in_office', strict: true });
    expect((await election(eid)).status).toBe('voting');
    const [w1, w2, l3] = ['王一', '王二', '李三'].map((n) => nom[n] as string) as [string, string, string];
    const plan: Array<[number[], Record<string, Mark>, string[]]> = [
      [range(0, 3), { [w1]: 'yes', [w2]: 'yes' }, []],
      [range(4, 7), { [w1]: 'yes', [l3]: 'yes' }, []],
      [range(8, 9), { [w2]: 'yes', [l3]: 'yes' }, []],
      [range(10, 11), { [w1]: 'yes', [w2]: 'yes' }, []],
      [[12], { [w2]: 'yes', [l3]: 'yes' }, []],
      // 另选他人 after a no
      [[13], { [w1]: 'no', [l3]: 'yes' }, ['孙五']],
      [[14], { [l3]: 'yes' }, []],
    ];
    // a write-in without a no breaks the profile's convention: the device refuses it
    const bad = await cast(14, formal, ballot(office, { [l3]: 'yes' }, ['孙五']));
    expect(bad.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ message: 'write_in_not_allowed' }],
    });
    for (const [who, marks, writeIns] of plan)
      for (const i of who) receipts.push(await castOk(i, formal, ballot(office, marks, writeIns)));
    const closed = await presiding.post(`/api/election-rounds/${formal}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    const a = closed.json().result.announced[0];
    // 9 yes of 16 in office is more than half; 王一 10, 王二 and 李三 tied at 9 for the second seat
    expect(a).toMatchObject({ elected: ['王一'], tied: ['王二', '李三'], revoteSeats: 1, unfilledSeats: 0 });
    expect(a.totals.find((x: { name: string }) => x.name === '孙五')).toMatchObject({
      onBallot: false,
      yes: 1,
    });
    const e = await election(eid);
    expect(e.nextRound).toEqual({ type: 'revote', officeIds: [office] });
    expect(e.offices[0]?.revote?.candidates.map((c) => c.name)).toEqual(['王二', '李三']);
    const doc = await published(formal);
    expect(recount(doc).matches).toBe(true);
    expect(doc.ballots).toHaveLength(15);
    expect(doc.ballots.some((b) => b.receipt === receipts[0])).toBe(false); // that was the preliminary
  });

  it('re-votes among the tied only, for the remaining seat, and closes the election', async () => {
    const wrong = await presiding.post(`/api/elections/${eid}/rounds`, { type: 'supplementary' });
    expect(wrong.json()).toMatchObject({ code: 'INVALID_STATE', details: { expected: 'revote' } });
    const res = await presiding.post(`/api/elections/${eid}/rounds`, { type: 'revote' });
    expect(res.statusCode, res.body).toBe(200);
    const rid = res.json().id as string;
    expect(res.json().offices).toEqual([
      {
        id: office,
        name: '副县长',
        seats: 1,
        candidates: [
          { id: nom.王二, name: '王二' },
          { id: nom.李三, name: '李三' },
        ],
      },
    ]);
    const [w2, l3] = [nom.王二 as string, nom.李三 as string];
    expect((await cast(0, rid, ballot(office, { [w2]: 'no' }, ['孙五']))).json().code).toBe(
      'VALIDATION_FAILED',
    );
    for (const i of range(0, 9)) await castOk(i, rid, ballot(office, { [w2]: 'yes' }));
    for (const i of range(10, 14)) await castOk(i, rid, ballot(office, { [l3]: 'yes' }));
    const closed = await presiding.post(`/api/election-rounds/${rid}/close`);
    expect(closed.json().result.announced[0]).toMatchObject({
      elected: ['王二'],
      tied: [],
      unfilledSeats: 0,
    });
    const e = await election(eid);
    expect(e.status).toBe('closed');
    expect(e.nextRound).toBeNull();
    expect(e.offices[0]?.elected.map((p) => p.name)).toEqual(['王一', '王二']);
    const rounds = (await d[4]?.get(`/api/elections/${eid}/rounds`))?.json();
    expect(rounds.map((r: ElectionRound) => [r.type, r.status])).toEqual([
      ['preliminary', 'closed'],
      ['formal', 'closed'],
      ['revote', 'closed'],
    ]);
    await expect(
      t.database.db.execute(sql`update election_rounds set announced = '[]'::jsonb where id = ${rid}`),
    ).rejects.toThrow();
  });

  it('leaves no way to link a deputy to a ballot in any table', async () => {
    const tables = await queryRows<{ t: string }>(
      t.database.db,
      sql`select table_name as t from information_schema.tables where table_schema = 'public'`,
    );
    for (const { t: name } of tables) {
      const rows = await queryRows<{ j: string }>(
        t.database.db,
        sql.raw(`select row_to_json(x)::text as j from ${name} x`),
      );
      for (const { j } of rows) {
        const hasReceipt = receipts.some((r) => j.includes(r));
        const hasDeputy = ids.some((id) => j.includes(id));
        expect(hasReceipt && hasDeputy, `${name}: ${j.slice(0, 200)}`).toBe(false);
      }
    }
    const cols = await queryRows<{ c: string }>(
      t.database.db,
      sql`select column_name as c from information_schema.columns where table_name = 'election_ballots'`,
    );
    expect(cols.map((c) => c.c).sort()).toEqual([
      'content',
      'id',
      'jurisdiction_id',
      'receipt',
      'round_id',
      'source',
    ]);
    const audit = await queryRows<{ j: string }>(
      t.database.db,
      sql`select row_to_json(a)::text as j from audit_log a where action = 'election.participated'`,
    );
    expect(audit.length).toBe(45);
    for (const { j } of audit) expect(j).not.toMatch(/receipt|"yes"|"no"|marks/);
  });
});

describe('paper ballots, box tallies and a supplementary election (补选副县长)', () => {
  let eid: string;
  let office: string;
  let rid: string;
  const nom: Record<string, string> = {};
  const paperBallot = (
    box: string,
    seq: number,
    pass: 1 | 2,
    marks: Record<string, Mark>,
    writeIns: string[] = [],
  ) => ({
    kind: 'ballot',
    box,
    seq,
    pass,
    offices: ballot(office, marks, writeIns),
  });

  it('sets up: two presidium nominees and one joint nomination for two seats + 1', async () => {
    const res = await createElection('vice2', [
      { name: '副县长', officeType: 'deputy_head', seats: 2, marginExtra: 1 },
    ]);
    eid = res.json().id;
    office = res.json().offices[0].id;
    for (const name of ['陈一', '陈二'])
      nom[name] = (
        await presiding.post(`/api/elections/${eid}/nominations`, { officeId: office, candidateName: name })
      ).json().id;
    nom.周三 = await jointNomination(eid, office, '周三', 1, range(2, 10));
    const fixed = await presiding.post(`/api/elections/${eid}/fix-candidates`);
    expect(fixed.json()).toMatchObject({ status: 'candidates_fixed', nextRound: { type: 'formal' } });
    expect(fixed.json().offices[0].candidates.map((c: { name: string }) => c.name)).toEqual([
      '陈一',
      '陈二',
      '周三',
    ]);
  });

  it('opens the formal vote; the hall holds one round at a time', async () => {
    const res = await presiding.post(`/api/elections/${eid}/rounds`, {});
    expect(res.statusCode, res.body).toBe(200);
    rid = res.json().id;
    const vote = await presiding.post(`/api/sessions/${sessionId}/votes`, {
      itemId: items.resolution,
      text: '决议',
    });
    expect(vote.json()).toMatchObject({ code: 'CONFLICT', details: { reason: 'an election round is open' } });
  });

  it('counts electronic ballots together with paper ones entered twice by different scrutineers', async () => {
    const [c1, c2, z3] = [nom.陈一, nom.陈二, nom.周三] as [string, string, string];
    for (const i of range(0, 5)) await castOk(i, rid, ballot(office, { [c1]: 'yes', [c2]: 'yes' }));
    for (const i of range(6, 9)) await castOk(i, rid, ballot(office, { [c1]: 'yes', [z3]: 'yes' }));
    expect(
      (await presiding.post(`/api/election-rounds/${rid}/paper-entries`, paperBallot('第一票箱', 1, 1, {})))
        .statusCode,
    ).toBe(403);

    const ok1 = await scrutineerA.post(
      `/api/election-rounds/${rid}/paper-entries`,
      paperBallot('第一票箱', 1, 1, { [c2]: 'yes', [z3]: 'yes' }),
    );
    expect(ok1.json()).toMatchObject({ pass: 1, agreed: false });
    const before = await checksum();
    const self = await scrutineerA.post(
      `/api/election-rounds/${rid}/paper-entries`,
      paperBallot('第一票箱', 1, 2, { [c2]: 'yes', [z3]: 'yes' }),
    );
    expect(self.json()).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'the second entry must be made by a different scrutineer' },
    });
    const mismatch = await scrutineerB.post(
      `/api/election-rounds/${rid}/paper-entries`,
      paperBallot('第一票箱', 1, 2, { [c2]: 'yes', [z3]: 'no' }),
    );
    expect(mismatch.statusCode).toBe(409);
    expect(mismatch.json()).toMatchObject({
      code: 'ENTRY_MISMATCH',
      details: { fields: ['offices[副县长].marks[周三]'] },
    });
    expect(await checksum()).toBe(before);
    const ok2 = await scrutineerB.post(
      `/api/election-rounds/${rid}/paper-entries`,
      paperBallot('第一票箱', 1, 2, { [c2]: 'yes', [z3]: 'yes' }),
    );
    expect(ok2.json()).toMatchObject({ pass: 2, agreed: true });
    const dup = await scrutineerB.post(
      `/api/election-rounds/${rid}/paper-entries`,
      paperBallot('第一票箱', 1, 2, { [c2]: 'yes', [z3]: 'yes' }),
    );
    expect(dup.json().code).toBe('DUPLICATE');

    // a void paper ballot is entered as it is and counted as void: here a valid one, with a no
    await scrutineerB.post(
      `/api/election-rounds/${rid}/paper-entries`,
      paperBallot('第一票箱', 2, 1, { [c2]: 'yes', [c1]: 'no' }),
    );
    const early = await presiding.post(`/api/election-rounds/${rid}/close`);
    expect(early.json()).toMatchObject({
      code: 'INVALID_STATE',
      details: { unmatched: [{ kind: 'ballot', box: '第一票箱', seq: 2 }] },
    });
    await scrutineerA.post(
      `/api/election-rounds/${rid}/paper-entries`,
      paperBallot('第一票箱', 2, 2, { [c1]: 'no', [c2]: 'yes' }),
    );
    const progress = (await scrutineerA.get(`/api/election-rounds/${rid}/paper-entries`)).json();
    expect(progress).toHaveLength(2);
    expect(JSON.stringify(progress)).not.toMatch(/"yes"|"no"|marks/);
  });

  it('takes a ballot box counted by hand as totals, checked and entered twice', async () => {
    const [c1, c2, z3] = [nom.陈一, nom.陈二, nom.周三] as [string, string, string];
    const box = (pass: 1 | 2, jYes: number) => ({
      kind: 'box',
      box: '第二票箱',
      pass,
      ballots: 2,
      offices: [
        {
          officeId: office,
          invalid: 0,
          totals: [
            { candidateId: c1, name: '陈一', yes: 0, no: 2, abstain: 0 },
            { candidateId: c2, name: '陈二', yes: 0, no: 1, abstain: 1 },
            { candidateId: z3, name: '周三', yes: jYes, no: 2 - jYes, abstain: 0 },
          ],
        },
      ],
    });
    const wrongSum = box(1, 2);
    wrongSum.offices[0]!.totals[1]!.abstain = 0;
    expect((await scrutineerA.post(`/api/election-rounds/${rid}/paper-entries`, wrongSum)).json().code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await scrutineerA.post(`/api/election-rounds/${rid}/paper-entries`, box(1, 2))).statusCode).toBe(
      200,
    );
    const mismatch = await scrutineerB.post(`/api/election-rounds/${rid}/paper-entries`, box(2, 1));
    expect(mismatch.json()).toMatchObject({
      code: 'ENTRY_MISMATCH',
      details: { fields: ['offices[副县长].totals[周三].yes', 'offices[副县长].totals[周三].no'] },
    });
    expect(
      (await scrutineerB.post(`/api/election-rounds/${rid}/paper-entries`, box(2, 2))).json().agreed,
    ).toBe(true);
  });

  it('closes: one elected, the other seat unfilled for a supplementary election', async () => {
    const unrecorded = await presiding.post(`/api/election-rounds/${rid}/close`);
    expect(unrecorded.json()).toMatchObject({ code: 'INVALID_STATE' });
    const issued = await presiding.put(`/api/election-rounds/${rid}/ballots-issued`, { ballotsIssued: 4 });
    expect(issued.json()).toMatchObject({ ballotsIssued: 4, paper: { entries: 3, agreed: 3, unmatched: 0 } });
    const ended = await presiding.post(`/api/election-rounds/${rid}/end-voting`);
    expect(ended.json().status).toBe('counting');
    expect((await cast(10, rid, ballot(office, {}))).json().code).toBe('VOTING_CLOSED');
    const closed = await presiding.post(`/api/election-rounds/${rid}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().result).toMatchObject({ ballotsIssued: 14, ballotsReturned: 14 });
    const a = closed.json().result.announced[0];
    // 陈一 10 (elected); 陈二 6 + 2 paper = 8 and 周三 4 + 1 paper + 2 in the box = 7: short of 9
    expect(a.totals.map((x: { name: string; yes: number }) => [x.name, x.yes])).toEqual([
      ['陈一', 10],
      ['陈二', 8],
      ['周三', 7],
    ]);
    expect(a).toMatchObject({ elected: ['陈一'], tied: [], unfilledSeats: 1, validBallots: 14 });
    const doc = await published(rid);
    expect(recount(doc).matches).toBe(true);
    expect(doc.ballots.filter((b) => b.source === 'paper')).toHaveLength(2);
    expect(doc.boxTallies).toMatchObject([{ box: '第二票箱', ballots: 2 }]);
    const e = await election(eid);
    expect(e.offices[0]).toMatchObject({ unfilled: 1 });
    expect(e.nextRound).toEqual({ type: 'supplementary', officeIds: [office] });
  });

  it('holds the supplementary election (另行选举) among the first vote’s next in line, margin applied again', async () => {
    const elected = await presiding.post(`/api/elections/${eid}/rounds`, {
      offices: [{ officeId: office, candidateIds: [nom.陈一, nom.陈二] }],
    });
    expect(elected.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ message: 'already elected' }],
    });
    const unopposed = await presiding.post(`/api/elections/${eid}/rounds`, {
      offices: [{ officeId: office, candidateIds: [nom.陈二] }],
    });
    expect(unopposed.json()).toMatchObject({
      code: 'MARGIN_NOT_MET',
      details: [{ unfilled: 1, min: 2, max: 4 }],
    });
    const res = await presiding.post(`/api/elections/${eid}/rounds`, { type: 'supplementary' });
    expect(res.statusCode, res.body).toBe(200);
    const sid = res.json().id as string;
    // one seat, a deputy-head margin of +1..+3: the session's +1 → 陈二 and 周三, by their first-round votes
    expect(res.json()).toMatchObject({ type: 'supplementary', number: 2 });
    expect(res.json().offices[0]).toMatchObject({
      seats: 1,
      candidates: [{ name: '陈二' }, { name: '周三' }],
    });
    for (const i of range(0, 9)) await castOk(i, sid, ballot(office, { [nom.陈二 as string]: 'yes' }));
    const closed = await presiding.post(`/api/election-rounds/${sid}/close`);
    expect(closed.json().result.announced[0]).toMatchObject({ elected: ['陈二'] });
    const e = await election(eid);
    expect(e.status).toBe('closed');
    expect(e.offices[0]?.elected.map((p) => p.name)).toEqual(['陈一', '陈二']);
  });

  it('exports the election result report (选举结果报告)', async () => {
    const docx = await admin.get(`/api/election-rounds/${rid}/export?format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xlsx = await d[0]?.get(`/api/election-rounds/${rid}/export?format=xlsx`);
    expect(xlsx?.headers['content-type']).toContain('spreadsheetml');
    const popolo = await admin.get(`/api/election-rounds/${rid}/export?format=popolo`);
    expect(JSON.stringify(popolo.json())).toContain('陈一');
  });
});

describe('an unopposed head, a void round and its re-run (选举法院院长)', () => {
  let eid: string;
  let office: string;
  let candidate: string;

  it('refuses too few nominees for the margin', async () => {
    const res = await createElection('short', [
      { name: '常委会副主任', officeType: 'deputy_head', seats: 2, marginExtra: 1 },
    ]);
    const sid = res.json().id;
    const o = res.json().offices[0].id;
    for (const name of ['吴一', '吴二'])
      await presiding.post(`/api/elections/${sid}/nominations`, { officeId: o, candidateName: name });
    const before = await checksum();
    const fixed = await presiding.post(`/api/elections/${sid}/fix-candidates`);
    expect(fixed.statusCode).toBe(409);
    expect(fixed.json()).toMatchObject({
      code: 'MARGIN_NOT_MET',
      details: [{ officeId: o, seats: 2, needed: 3, nominees: 2 }],
    });
    expect(await checksum()).toBe(before);
  });

  it('lets a single nominee for a head post stand unopposed (等额)', async () => {
    const res = await createElection('court', [
      { name: '县人民法院院长', officeType: 'head', seats: 1, marginExtra: 1 },
    ]);
    eid = res.json().id;
    office = res.json().offices[0].id;
    candidate = (
      await presiding.post(`/api/elections/${eid}/nominations`, { officeId: office, candidateName: '郑明' })
    ).json().id;
    const fixed = await presiding.post(`/api/elections/${eid}/fix-candidates`);
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json().offices[0]).toMatchObject({
      places: 1,
      candidates: [{ id: candidate, name: '郑明' }],
    });
  });

  it('voids a round where more paper ballots come back than were issued (选举法 第四十四条)', async () => {
    const res = await presiding.post(`/api/elections/${eid}/rounds`, { ballotsIssued: 2 });
    const rid = res.json().id as string;
    for (const seq of [1, 2, 3]) {
      const entry = (pass: 1 | 2) => ({
        kind: 'ballot',
        box: '院长票箱',
        seq,
        pass,
        offices: ballot(office, { [candidate]: 'yes' }),
      });
      expect((await scrutineerA.post(`/api/election-rounds/${rid}/paper-entries`, entry(1))).statusCode).toBe(
        200,
      );
      expect((await scrutineerB.post(`/api/election-rounds/${rid}/paper-entries`, entry(2))).statusCode).toBe(
        200,
      );
    }
    const closed = await presiding.post(`/api/election-rounds/${rid}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'void', result: { ballotsIssued: 2, ballotsReturned: 3 } });
    expect(closed.json().result.announced[0]).toMatchObject({ void: true, elected: [] });
    expect(recount(await published(rid)).matches).toBe(true);
    expect(await round(rid)).toMatchObject({
      status: 'void',
      paper: { entries: 3, agreed: 3, unmatched: 0 },
    });
    // the same vote is held again (重选)
    expect((await election(eid)).nextRound).toEqual({ type: 'formal', officeIds: [office] });
    const finish = await presiding.post(`/api/elections/${eid}/finish`);
    expect(finish.json()).toMatchObject({ code: 'INVALID_STATE', details: { expected: 'formal' } });
  });

  it('re-runs the vote; with too few votes the seat is left to the next session', async () => {
    const res = await presiding.post(`/api/elections/${eid}/rounds`, {});
    expect(res.json()).toMatchObject({ type: 'formal', number: 2 });
    const rid = res.json().id as string;
    const open = await anon().get(`/api/election-rounds/${rid}/published`);
    expect(open.statusCode).toBe(404);
    for (const i of range(0, 7)) await castOk(i, rid, ballot(office, { [candidate]: 'yes' }));
    for (const i of range(8, 10)) await castOk(i, rid, ballot(office, { [candidate]: 'no' }, ['冯八']));
    const closed = await presiding.post(`/api/election-rounds/${rid}/close`);
    // 8 yes of 16 in office is not more than half
    expect(closed.json().result.announced[0]).toMatchObject({ elected: [], unfilledSeats: 1 });
    expect(recount(await published(rid)).matches).toBe(true);
    const finish = await presiding.post(`/api/elections/${eid}/finish`);
    expect(finish.statusCode, finish.body).toBe(200);
    expect(finish.json()).toMatchObject({ status: 'closed', nextRound: null, offices: [{ unfilled: 1 }] });
  });

  it('records every change in the audit trail', async () => {
    const rows = await queryRows<{ action: string; n: number }>(
      t.database.db,
      sql`select action, count(*)::int as n from audit_log where action like 'election.%' group by action`,
    );
    const actions = Object.fromEntries(rows.map((r) => [r.action, r.n]));
    expect(Object.keys(actions).sort()).toEqual(
      [
        'election.ballots_issued',
        'election.candidates_fixed',
        'election.created',
        'election.finished',
        'election.nominated',
        'election.nomination_confirmed',
        'election.nomination_withdrawn',
        'election.paper_entered',
        'election.participated',
        'election.round_closed',
        'election.round_opened',
        'election.voting_ended',
      ].sort(),
    );
    const verify = await admin.get('/api/audit/verify');
    expect(verify.json().ok).toBe(true);
  });
});
