import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { queryRows } from '../db/database';
import { actorFromToken, createSession, hashToken, purgeExpiredSessions } from './sessions';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('sessions', () => {
  it('stores only the token hash, stops working once expired, and is purged', async () => {
    const db = t.database.db;
    const [admin] = await queryRows<{ id: string }>(
      db,
      sql`select id from accounts where username = 'admin'`,
    );
    const live = await createSession(db, {
      accountId: admin!.id,
      jurisdictionId: t.fixture.jurisdictionId,
      hours: 1,
      ip: null,
      userAgent: null,
    });
    const dead = await createSession(db, {
      accountId: admin!.id,
      jurisdictionId: t.fixture.jurisdictionId,
      hours: 1,
      ip: null,
      userAgent: null,
    });
    const stored = await queryRows<{ token_hash: string }>(db, sql`select token_hash from auth_sessions`);
    expect(stored.map((r) => r.token_hash)).not.toContain(live.token);
    await db.execute(
      sql`update auth_sessions set expires_at = now() - interval '1 minute' where token_hash = ${hashToken(dead.token)}`,
    );
    expect(await actorFromToken(db, dead.token)).toBeNull();
    expect((await actorFromToken(db, live.token))?.username).toBe('admin');
    await db.execute(
      sql`insert into login_attempts (ip, username, succeeded, at) values ('10.0.0.1', 'x', false, now() - interval '2 days')`,
    );
    await purgeExpiredSessions(db);
    const [{ n } = { n: -1 }] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from auth_sessions`,
    );
    expect(n).toBe(1);
    const old = await queryRows(db, sql`select 1 from login_attempts where at < now() - interval '1 day'`);
    expect(old).toEqual([]);
  });
});
