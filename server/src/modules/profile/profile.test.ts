import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type TestClient } from '../../test/client';
import { createTestApp, type TestApp } from '../../test/test-app';
import { getProfile } from './get-profile';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedIn(t.app, 'admin');
});
afterAll(async () => t.close());

describe('rule profile', () => {
  it('starts at the national floor for the level, each rule with its article', async () => {
    const res = (await admin.get('/api/profile')).json();
    expect(res).toMatchObject({ version: 1, level: 'county' });
    expect(res.profile.session.quorum).toMatchObject({
      num: 2,
      den: 3,
      strict: false,
      source: { article: '第十四条第四款' },
    });
    expect(res.profile.bills.deputyCosigners.min).toBe(10);
  });

  it('saves an edited copy as a new version, audited, and the code reads the new one', async () => {
    const cur = (await admin.get('/api/profile')).json();
    const profile = structuredClone(cur.profile);
    profile.suggestions.rehandleWithin.amount = 2; // a local rule, e.g. Chongqing's two months
    const res = await admin.put('/api/profile', {
      baseVersion: cur.version,
      note: '重新办理期限改为两个月',
      profile,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe(cur.version + 1);
    const inForce = await getProfile(t.database.db, t.fixture.jurisdictionId);
    expect(inForce.profile.suggestions.rehandleWithin.amount).toBe(2);
    const versions = (await admin.get('/api/profile/versions')).json();
    expect(versions.map((v: { version: number }) => v.version)).toEqual([cur.version + 1, cur.version]);
    const audit = (await admin.get('/api/audit?action=profile.updated')).json();
    expect(audit.items[0].after.note).toBe('重新办理期限改为两个月');
  });

  it('refuses anything below the statutory floor, naming the rule, and saves nothing', async () => {
    const cur = (await admin.get('/api/profile')).json();
    const profile = structuredClone(cur.profile);
    profile.session.quorum.num = 1;
    profile.session.quorum.den = 2;
    profile.session.resolutionPass.of = 'deputies_present';
    const res = await admin.put('/api/profile', { baseVersion: cur.version, note: '降低门槛', profile });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('PROFILE_INVALID');
    expect(res.json().details.map((d: { path: string }) => d.path)).toEqual([
      'session.quorum',
      'session.resolutionPass',
    ]);
    expect((await admin.get('/api/profile')).json().version).toBe(cur.version);
  });

  it('refuses a malformed profile and a stale base version', async () => {
    const cur = (await admin.get('/api/profile')).json();
    const bad = await admin.put('/api/profile', {
      baseVersion: cur.version,
      note: 'x',
      profile: { ...cur.profile, session: { quorum: 'two thirds' } },
    });
    expect(bad.json().code).toBe('PROFILE_INVALID');
    const stale = await admin.put('/api/profile', {
      baseVersion: cur.version - 1,
      note: 'x',
      profile: cur.profile,
    });
    expect(stale.json().code).toBe('STALE_VERSION');
  });
});
