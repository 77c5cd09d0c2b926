import type { PublishedVote } from '@renda/shared';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../platform/audit/audit';
import { queryRows } from '../../platform/db/database';
import { LIVE_CHANNEL, parseLiveEvent } from '../../platform/events/live-events';
import { signedIn, type TestClient } from '../../test/client';
import { TEST_PASSWORD, testContext } from '../../test/fixture';
import { startSession } from '../../test/sessions';
import { createTestApp, type TestApp } from '../../test/test-app';
import { createAccount } from '../accounts/create-account';
import { createDeputy } from '../roster/create-deputy';
import { addScMember } from '../roster/save-sc-member';
import { writeCasts } from './write-casts';

/**
 * Casts that arrive together are written in one transaction (group commit); each must still be decided
 * exactly as if it had been written alone.
 */
let t: TestApp;
let admin: TestClient;
let presiding: TestClient;
/** 40 more deputies in office, each signed in */
const extra: { id: string; accountId: string; client: TestClient }[] = [];
const ABSENT = 38; // never signs in at the session
const LEAVER = 39; // signed in, then leaves office before the vote

beforeAll(async () => {
  t = await createTestApp();
  const f = t.fixture;
  const db = t.database.db;
  const ctx = testContext(f.jurisdictionId);
  for (let i = 0; i < 40; i++) {
    const d = await createDeputy(db, ctx, f.jurisdictionId, {
      termId: f.termId,
      name: `批量代表${i}`,
      gender: i % 2 ? 'female' : 'male',
      ethnicity: '汉族',
      status: 'in_office',
    });
    const { account } = await createAccount(
      db,
      ctx,
      f.jurisdictionId,
      { username: `batch-${i}`, displayName: `批量代表${i}`, role: 'deputy', deputyId: d.id },
      { password: TEST_PASSWORD, mustChangePassword: false },
    );
    extra.push({ id: d.id, accountId: account.id, client: await signedIn(t.app, `batch-${i}`) });
  }
  admin = await signedIn(t.app, 'admin');
  presiding = await signedIn(t.app, 'presiding');
}, 120_000);
afterAll(async () => t.close());

async function session(body: 'congress' | 'standing_committee', number: number) {
  const s = await startSession(admin, t.fixture.termId, body, number);
  const item = await admin.post(`/api/sessions/${s.id}/agenda`, { kind: 'vote', title: '决议' });
  return { id: s.id, itemId: item.json().id as string };
}

const code = (r: LightMyRequestResponse) => (r.statusCode === 200 ? 'OK' : (r.json().code as string));

describe('casting in batches (group commit)', () => {
  it('decides 50 concurrent casts one by one: duplicates, an absent deputy and a non-voter among them', async () => {
    const s = await session('congress', 5);
    for (const [i, d] of extra.entries())
      if (i !== ABSENT) await presiding.post(`/api/sessions/${s.id}/attendance`, { deputyId: d.id });
    await t.database.db.execute(sql`update deputies set status = 'resigned' where id = ${extra[LEAVER]?.id}`);
    const opened = await presiding.post(`/api/sessions/${s.id}/votes`, {
      itemId: s.itemId,
      text: '决议草案',
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const voteId = opened.json().id as string;

    // 38 deputies present once each, 10 second tries from four of them (with other choices), the absent
    // deputy and the one no longer in office: 50 casts at once
    const choices = ['yes', 'no', 'abstain'] as const;
    const casts: { who: number; choice: string }[] = [];
    for (let i = 0; i < 38; i++) casts.push({ who: i, choice: choices[i % 3] as string });
    for (const [who, times] of [
      [0, 3],
      [1, 2],
      [2, 2],
      [3, 3],
    ] as const)
      for (let k = 0; k < times; k++) casts.push({ who, choice: choices[(who + k + 1) % 3] as string });
    casts.push({ who: ABSENT, choice: 'yes' }, { who: LEAVER, choice: 'yes' });
    expect(casts).toHaveLength(50);
    // every batch sends one live event: fewer events than ballots shows that casts shared transactions
    let ballotEvents = 0;
    const stop = await t.database.listen(LIVE_CHANNEL, (payload) => {
      const e = parseLiveEvent(payload);
      if (e?.sessionId === s.id && e.kind === 'ballot') ballotEvents++;
    });
    const replies = await Promise.all(
      casts.map((c) => extra[c.who]?.client.post(`/api/votes/${voteId}/ballots`, { choice: c.choice })),
    );
    await new Promise((r) => setTimeout(r, 50));
    await stop();
    expect(ballotEvents).toBeGreaterThan(0);
    expect(ballotEvents).toBeLessThan(38);

    const byWho = new Map<number, string[]>();
    for (const [i, c] of casts.entries())
      byWho.set(c.who, [...(byWho.get(c.who) ?? []), code(replies[i] as LightMyRequestResponse)]);
    for (let i = 0; i < 38; i++) {
      const codes = byWho.get(i) ?? [];
      expect(
        codes.filter((x) => x === 'OK'),
        `deputy ${i}`,
      ).toHaveLength(1);
      expect(codes.filter((x) => x !== 'OK').every((x) => x === 'ALREADY_VOTED')).toBe(true);
    }
    expect(byWho.get(ABSENT)).toEqual(['NOT_PRESENT']);
    expect(byWho.get(LEAVER)).toEqual(['FORBIDDEN']);

    // exactly the accepted casts count, each with its own receipt and the choice it was sent with
    const accepted = replies
      .map((r, i) => ({ r: r as LightMyRequestResponse, c: casts[i] as { who: number; choice: string } }))
      .filter(({ r }) => r.statusCode === 200)
      .map(({ r, c }) => ({ who: c.who, choice: c.choice, receipt: r.json().receipt as string }));
    expect(accepted).toHaveLength(38);
    expect(new Set(accepted.map((a) => a.receipt)).size).toBe(38);
    const ballots = await queryRows<{ receipt: string; choice: string; deputy_id: string | null }>(
      t.database.db,
      sql`select receipt, choice, deputy_id from vote_ballots where vote_id = ${voteId}`,
    );
    expect(ballots.map((b) => `${b.receipt} ${b.choice}`).sort()).toEqual(
      accepted.map((a) => `${a.receipt} ${a.choice}`).sort(),
    );
    expect(ballots.every((b) => b.deputy_id === null)).toBe(true);
    const took = await queryRows<{ deputy_id: string }>(
      t.database.db,
      sql`select deputy_id from vote_participations where vote_id = ${voteId}`,
    );
    expect(took.map((p) => p.deputy_id).sort()).toEqual(
      extra
        .slice(0, 38)
        .map((d) => d.id)
        .sort(),
    );

    // one participation entry per counted ballot, by the deputy's own account, and the chain holds
    const audit = await queryRows<{ actor_id: string; j: string }>(
      t.database.db,
      sql`select actor_id, row_to_json(a)::text as j from audit_log a
          where action = 'vote.participated' and subject_id = ${voteId}`,
    );
    expect(audit.map((a) => a.actor_id).sort()).toEqual(
      extra
        .slice(0, 38)
        .map((d) => d.accountId)
        .sort(),
    );
    for (const { j } of audit) expect(j).not.toMatch(/"choice"|"yes"|"no"|"abstain"|receipt/);
    expect(await verifyAuditTrail(t.database.db)).toMatchObject({ ok: true, firstBroken: null });

    // a later try is refused, and closing counts exactly the accepted choices
    const late = await extra[5]?.client.post(`/api/votes/${voteId}/ballots`, { choice: 'no' });
    expect(late?.json().code).toBe('ALREADY_VOTED');
    const closed = await presiding.post(`/api/votes/${voteId}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    const count = (c: string) => accepted.filter((a) => a.choice === c).length;
    expect(closed.json().result).toMatchObject({
      yes: count('yes'),
      no: count('no'),
      abstain: count('abstain'),
    });
    const doc = (await admin.get(`/api/votes/${voteId}/published`)).json() as PublishedVote;
    expect(doc.ballots.map((b) => `${b.receipt} ${b.choice}`).sort()).toEqual(
      accepted.map((a) => `${a.receipt} ${a.choice}`).sort(),
    );
  });

  it('counts each deputy once when batches race, as they do from two instances on PostgreSQL', async () => {
    const s = await session('congress', 6);
    for (const d of extra.slice(0, 38))
      await presiding.post(`/api/sessions/${s.id}/attendance`, { deputyId: d.id });
    const opened = await presiding.post(`/api/sessions/${s.id}/votes`, {
      itemId: s.itemId,
      text: '决议草案',
    });
    const voteId = opened.json().id as string;
    const jid = t.fixture.jurisdictionId;
    const cast = (i: number) => ({
      ctx: {
        jurisdictionId: jid,
        actorId: extra[i]?.accountId ?? null,
        actorLabel: `批量代表${i}`,
        ip: null,
        requestId: null,
      },
      deputyId: extra[i]?.id as string,
      choice: 'yes' as const,
    });
    // overlapping batches, written straight to the database side by side (on PostgreSQL: two connections)
    const a = [20, 21, 22, 23, 24, 25, 26, 27].map(cast);
    const b = [29, 28, 27, 26, 25, 24, 23, 22].map(cast);
    const [ra, rb] = await Promise.all([
      writeCasts(t.database.db, jid, voteId, a),
      writeCasts(t.database.db, jid, voteId, b),
    ]);
    const ok = new Map<string, number>();
    for (const [i, o] of [...ra, ...rb].entries()) {
      const who = ([...a, ...b][i] as { deputyId: string }).deputyId;
      if (o.ok) ok.set(who, (ok.get(who) ?? 0) + 1);
      else expect(o.error.code).toBe('ALREADY_VOTED');
    }
    expect([...ok.keys()].sort()).toEqual(
      extra
        .slice(20, 30)
        .map((d) => d.id)
        .sort(),
    );
    expect([...ok.values()].every((n) => n === 1)).toBe(true);
    const rows = await queryRows<{ n: number; b: number; a: number }>(
      t.database.db,
      sql`select (select count(*)::int from vote_participations where vote_id = ${voteId}) as n,
                 (select count(*)::int from vote_ballots where vote_id = ${voteId}) as b,
                 (select count(*)::int from audit_log where action = 'vote.participated' and subject_id = ${voteId}) as a`,
    );
    expect(rows[0]).toEqual({ n: 10, b: 10, a: 10 });
    expect((await verifyAuditTrail(t.database.db)).ok).toBe(true);
    expect((await presiding.post(`/api/votes/${voteId}/close`)).statusCode).toBe(200);
  });

  it('refuses, within a batch, a deputy who is not a member of the standing committee', async () => {
    const f = t.fixture;
    const ctx = testContext(f.jurisdictionId);
    for (const [i, position] of (['chair', 'vice_chair', 'member', 'member'] as const).entries())
      await addScMember(t.database.db, ctx, f.jurisdictionId, {
        termId: f.termId,
        deputyId: extra[10 + i]?.id as string,
        position,
        startDate: '2021-10-01',
      });
    const s = await session('standing_committee', 42);
    for (let i = 10; i < 14; i++) await extra[i]?.client.post(`/api/sessions/${s.id}/check-in`);
    const opened = await presiding.post(`/api/sessions/${s.id}/votes`, { itemId: s.itemId, text: '决定' });
    expect(opened.statusCode, opened.body).toBe(200);
    const voteId = opened.json().id as string;
    const replies = await Promise.all(
      [10, 11, 12, 13, 20].map((i) =>
        extra[i]?.client.post(`/api/votes/${voteId}/ballots`, { choice: 'yes' }),
      ),
    );
    expect(replies.map((r) => code(r as LightMyRequestResponse))).toEqual([
      'OK',
      'OK',
      'OK',
      'OK',
      'FORBIDDEN',
    ]);
    const closed = await presiding.post(`/api/votes/${voteId}/close`);
    expect(closed.json().result).toMatchObject({ inOffice: 4, yes: 4, passed: true });
  });
});
