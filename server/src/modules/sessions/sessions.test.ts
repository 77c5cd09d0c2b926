import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type TestClient } from '../../test/client';
import { TEST_PASSWORD, testContext } from '../../test/fixture';
import { startSession } from '../../test/sessions';
import { createTestApp, type TestApp } from '../../test/test-app';
import { createAccount } from '../accounts/create-account';
import { addScMember } from '../roster/save-sc-member';

let t: TestApp;
let admin: TestClient;
let presiding: TestClient;
/** one signed-in client per deputy of the fixture (4 deputies in office) */
const deputies: TestClient[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const f = t.fixture;
  const ctx = testContext(f.jurisdictionId);
  for (const [i, deputyId] of f.deputyIds.entries()) {
    if (i > 0)
      await createAccount(
        t.database.db,
        ctx,
        f.jurisdictionId,
        { username: `deputy-${i}`, displayName: `代表${i}`, role: 'deputy', deputyId },
        { password: TEST_PASSWORD, mustChangePassword: false },
      );
  }
  // a standing committee of three: the first three deputies
  for (const [i, position] of (['chair', 'vice_chair', 'member'] as const).entries())
    await addScMember(t.database.db, ctx, f.jurisdictionId, {
      termId: f.termId,
      deputyId: f.deputyIds[i] as string,
      position,
      startDate: '2021-10-01',
    });
  admin = await signedIn(t.app, 'admin');
  presiding = await signedIn(t.app, 'presiding');
  deputies.push(await signedIn(t.app, 'deputy'));
  for (let i = 1; i < f.deputyIds.length; i++) deputies.push(await signedIn(t.app, `deputy-${i}`));
});
afterAll(async () => t.close());

const openSession = (body: 'congress' | 'standing_committee', number: number, status: string) =>
  startSession(admin, t.fixture.termId, body, number, status);

describe('a standing committee meeting (常务委员会会议)', () => {
  it('counts its members, not the deputies, for the quorum and for the outcome', async () => {
    const s = await openSession('standing_committee', 40, 'in_progress');
    expect(s.title).toBe('测试县第十八届人民代表大会常务委员会第四十次会议');
    const item = await admin.post(`/api/sessions/${s.id}/agenda`, {
      kind: 'vote',
      title: '关于批准决算的决议',
    });

    // a deputy who is not a member is not a voter of the meeting
    const outsider = await deputies[3]?.post(`/api/sessions/${s.id}/check-in`);
    expect(outsider?.statusCode).toBe(400);
    await deputies[0]?.post(`/api/sessions/${s.id}/check-in`);
    // 3 members: more than half must attend (地方组织法 第五十一条) → 2
    let q = (await presiding.get(`/api/sessions/${s.id}/quorum`)).json();
    expect(q).toMatchObject({ inOffice: 3, present: 1, needed: 2, met: false });
    const refused = await presiding.post(`/api/sessions/${s.id}/votes`, {
      itemId: item.json().id,
      text: '决议',
    });
    expect(refused.json()).toMatchObject({ code: 'QUORUM_NOT_MET', details: { present: 1, needed: 2 } });

    await deputies[1]?.post(`/api/sessions/${s.id}/check-in`);
    q = (await presiding.get(`/api/sessions/${s.id}/quorum`)).json();
    expect(q).toMatchObject({ inOffice: 3, present: 2, met: true });
    const vote = await presiding.post(`/api/sessions/${s.id}/votes`, {
      itemId: item.json().id,
      text: '决议',
    });
    expect(vote.json()).toMatchObject({ baseKind: 'members_in_office' });
    // the deputy who is not a member cannot cast a ballot either
    const outsiderBallot = await deputies[3]?.post(`/api/votes/${vote.json().id}/ballots`, { choice: 'no' });
    expect(outsiderBallot?.json()).toMatchObject({ code: 'FORBIDDEN' });
    const first = await deputies[0]?.post(`/api/votes/${vote.json().id}/ballots`, { choice: 'yes' });
    expect(first?.statusCode).toBe(200);
    await deputies[1]?.post(`/api/votes/${vote.json().id}/ballots`, { choice: 'yes' });
    const closed = await presiding.post(`/api/votes/${vote.json().id}/close`, {});
    // more than half of all 3 members: 2 yes pass
    expect(closed.json().result).toMatchObject({ passed: true, inOffice: 3, yes: 2, yesNeeded: 2 });
  });
});

describe('the preparatory meeting (预备会议)', () => {
  it('elects the presidium and the secretary-general by a vote, and only a passed vote seats them', async () => {
    const f = t.fixture;
    const s = await openSession('congress', 41, 'preparatory');
    const effect = {
      type: 'elect_presidium',
      presidium: [f.deputyIds[0], f.deputyIds[1]],
      secretaryGeneral: f.deputyIds[2],
    };
    const failing = await admin.post(`/api/sessions/${s.id}/agenda`, {
      kind: 'vote',
      meeting: 'preparatory',
      title: '表决大会主席团和秘书长名单草案',
      effect,
    });
    expect(failing.statusCode, failing.body).toBe(200);
    for (const d of deputies.slice(0, 3)) await d.post(`/api/sessions/${s.id}/check-in`);

    const first = await presiding.post(`/api/sessions/${s.id}/votes`, {
      itemId: failing.json().id,
      text: '名单草案',
    });
    await deputies[0]?.post(`/api/votes/${first.json().id}/ballots`, { choice: 'yes' });
    await deputies[1]?.post(`/api/votes/${first.json().id}/ballots`, { choice: 'no' });
    const lost = await presiding.post(`/api/votes/${first.json().id}/close`, {});
    expect(lost.json().result).toMatchObject({ passed: false });
    expect((await admin.get(`/api/sessions/${s.id}`)).json().officers).toEqual([]);

    const again = await presiding.post(`/api/sessions/${s.id}/votes`, {
      itemId: failing.json().id,
      text: '名单草案',
    });
    for (const d of deputies.slice(0, 3))
      await d.post(`/api/votes/${again.json().id}/ballots`, { choice: 'yes' });
    const won = await presiding.post(`/api/votes/${again.json().id}/close`, {});
    expect(won.json().result).toMatchObject({ passed: true, inOffice: 4, yes: 3, yesNeeded: 3 });
    const officers = (await admin.get(`/api/sessions/${s.id}`)).json().officers as {
      deputyId: string;
      role: string;
      electedByVoteId: string;
    }[];
    expect(officers.map((o) => [o.deputyId, o.role]).sort()).toEqual(
      [
        [f.deputyIds[0], 'presidium'],
        [f.deputyIds[1], 'presidium'],
        [f.deputyIds[2], 'secretary_general'],
      ].sort(),
    );
    expect(new Set(officers.map((o) => o.electedByVoteId))).toEqual(new Set([again.json().id]));
  });
});

describe('changing a choice before closing (mayChangeVoteBeforeClose)', () => {
  it('is refused by default, and with the option on needs the receipt only the deputy holds', async () => {
    const s = await openSession('congress', 42, 'in_progress');
    const item = await admin.post(`/api/sessions/${s.id}/agenda`, {
      kind: 'vote',
      title: '关于批准预算的决议',
    });
    for (const d of deputies.slice(0, 3)) await d.post(`/api/sessions/${s.id}/check-in`);
    const open = async () =>
      (
        await presiding.post(`/api/sessions/${s.id}/votes`, { itemId: item.json().id, text: '预算' })
      ).json() as {
        id: string;
        allowChange: boolean;
      };

    const strict = await open();
    expect(strict.allowChange).toBe(false);
    const first = (await deputies[0]?.post(`/api/votes/${strict.id}/ballots`, { choice: 'yes' }))?.json();
    const refused = await deputies[0]?.post(`/api/votes/${strict.id}/ballots`, {
      choice: 'no',
      receipt: first.receipt,
    });
    expect(refused?.json().code).toBe('ALREADY_VOTED');
    await presiding.post(`/api/votes/${strict.id}/close`, {});

    const cur = (await admin.get('/api/profile')).json();
    cur.profile.session.mayChangeVoteBeforeClose.enabled = true;
    const saved = await admin.put('/api/profile', {
      baseVersion: cur.version,
      note: '允许表决结束前更改选择',
      profile: cur.profile,
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const lenient = await open();
    expect(lenient.allowChange).toBe(true);
    const mine = (await deputies[0]?.post(`/api/votes/${lenient.id}/ballots`, { choice: 'yes' }))?.json();
    // another deputy's receipt, or none, changes nothing
    const theirs = (await deputies[1]?.post(`/api/votes/${lenient.id}/ballots`, { choice: 'yes' }))?.json();
    const again = await deputies[0]?.post(`/api/votes/${lenient.id}/ballots`, { choice: 'no' });
    expect(again?.json().code).toBe('ALREADY_VOTED');
    const wrong = await deputies[2]?.post(`/api/votes/${lenient.id}/ballots`, {
      choice: 'no',
      receipt: theirs.receipt,
    });
    expect(wrong?.statusCode).toBe(400);
    const changed = await deputies[0]?.post(`/api/votes/${lenient.id}/ballots`, {
      choice: 'no',
      receipt: mine.receipt,
    });
    expect(changed?.json()).toMatchObject({ choice: 'no', receipt: mine.receipt, changed: true });
    const closed = (await presiding.post(`/api/votes/${lenient.id}/close`, {})).json();
    expect(closed.result).toMatchObject({ yes: 1, no: 1, abstain: 0, notVoting: 1 });
  });
});
