import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, auditLog } from '../../db/schema';
import { TestClient } from '../../test/client';
import { TEST_PASSWORD } from '../../test/fixture';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('sign-in', () => {
  it('stores passwords as argon2id hashes', async () => {
    const [a] = await t.database.db.select().from(accounts).where(eq(accounts.username, 'admin'));
    expect(a?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a login without the CSRF token, and changes nothing', async () => {
    const c = new TestClient(t.app);
    const res = await c.request(
      'POST',
      '/api/auth/login',
      { username: 'admin', password: TEST_PASSWORD },
      { csrf: false },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'CSRF_INVALID' });
    expect(res.cookies.find((k) => k.name === 'renda_session')).toBeUndefined();
  });

  it('signs in with a session cookie that is HttpOnly and SameSite=Lax', async () => {
    const c = new TestClient(t.app);
    const res = await c.login('admin');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: 'admin',
      role: 'admin',
      jurisdictionName: '测试县人民代表大会',
    });
    const cookie = res.cookies.find((k) => k.name === 'renda_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.secure).toBeFalsy();
    const me = await c.get('/api/auth/me');
    expect(me.json()).toMatchObject({
      role: 'admin',
      abilities: expect.arrayContaining(['roster.write', 'audit.read']),
    });
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const s = await createTestApp({ trustProxy: true });
    try {
      const c = new TestClient(s.app);
      const res = await c.request(
        'POST',
        '/api/auth/login',
        { username: 'admin', password: TEST_PASSWORD },
        { headers: { 'x-forwarded-proto': 'https' } },
      );
      expect(res.cookies.find((k) => k.name === 'renda_session')?.secure).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('logs out and the session stops working', async () => {
    const c = new TestClient(t.app);
    await c.login('presiding');
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const c = new TestClient(t.app);
    const a = await c.login('scrutineer', 'wrong-password-1');
    const b = await c.login('nobody-here', 'wrong-password-1');
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json().code).toBe('INVALID_CREDENTIALS');
    expect(b.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('locks an account after repeated failures, even for the right password, and audits it', async () => {
    const c = new TestClient(t.app);
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await c.login('unit', 'not-the-password-9')).json().code);
    expect(codes).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'ACCOUNT_LOCKED',
    ]);
    const right = await c.login('unit');
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('ACCOUNT_LOCKED');
    const locked = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'account.locked'));
    expect(locked).toHaveLength(1);
    await t.database.db.update(accounts).set({ lockedUntil: null }).where(eq(accounts.username, 'unit'));
    expect((await c.login('unit')).statusCode).toBe(200);
  });

  it('rate-limits one address that keeps failing', async () => {
    const s = await createTestApp({
      login: { maxFailures: 100, lockoutMinutes: 15, ipLimitPerWindow: 3, windowMinutes: 15 },
    });
    try {
      const c = new TestClient(s.app);
      for (let i = 0; i < 3; i++) expect((await c.login(`ghost${i}`, 'x-wrong-1')).statusCode).toBe(401);
      const res = await c.login('admin');
      expect(res.statusCode).toBe(429);
      expect(res.json().code).toBe('RATE_LIMITED');
    } finally {
      await s.close();
    }
  });
});

describe('initial password', () => {
  it('must be changed before anything else, and the new one must be strong', async () => {
    const admin = new TestClient(t.app);
    await admin.login('admin');
    const created = await admin.post('/api/accounts', {
      username: 'newclerk',
      displayName: '新职员',
      role: 'admin',
    });
    expect(created.statusCode).toBe(200);
    const initial = created.json().initialPassword as string;
    expect(initial).toMatch(/^(?=.*\d)(?=.*[A-Za-z]).{14}$/);

    const c = new TestClient(t.app);
    const login = await c.login('newclerk', initial);
    expect(login.json().mustChangePassword).toBe(true);
    const blocked = await c.get('/api/deputies');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await c.post('/api/auth/password', { currentPassword: initial, newPassword: 'short' });
    expect(weak.json().code).toBe('PASSWORD_TOO_WEAK');
    const wrong = await c.post('/api/auth/password', {
      currentPassword: 'nope-nope-1',
      newPassword: 'a-much-better-pw-2026',
    });
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
    const ok = await c.post('/api/auth/password', {
      currentPassword: initial,
      newPassword: 'a-much-better-pw-2026',
    });
    expect(ok.statusCode).toBe(200);
    expect((await c.get('/api/deputies')).statusCode).toBe(200);
    const again = new TestClient(t.app);
    expect((await again.login('newclerk', initial)).statusCode).toBe(401);
    expect((await again.login('newclerk', 'a-much-better-pw-2026')).statusCode).toBe(200);
  });
});
