import { roleMay } from '@renda/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, TestClient } from '../client';
import { ROLES_UNDER_TEST } from '../fixture';
import { createTestApp, type TestApp } from '../test-app';

// The routes anyone may call. Adding a public route means adding it here, on purpose.
const PUBLIC = [
  'GET /api/health',
  'GET /api/auth/csrf',
  'POST /api/auth/login',
  // the hall's big screen: counts and outcomes only, never a choice during a secret vote
  'GET /api/sessions/:id/live',
  'GET /api/sessions/:id/live-state',
  // published ballot lists, so that anyone can recount
  'GET /api/votes/:id/published',
  'GET /api/election-rounds/:id/published',
];
// The OpenAPI document and its viewer (/api/openapi.json, /api/docs) are public too: the code is open source.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

function concrete(url: string): string {
  return url.replace(':kind', 'deputies').replace(':id', t.fixture.deputyIds[0] as string);
}

const send = (c: TestClient, method: string, url: string) =>
  c.request(method as 'GET', concrete(url), method === 'GET' || method === 'DELETE' ? undefined : {});

describe('cross-role access', () => {
  it('knows every route and its rule', () => {
    expect(t.app.routeTable.length).toBeGreaterThan(25);
    const pub = t.app.routeTable.filter((r) => r.config.public).map((r) => `${r.method} ${r.url}`);
    expect(pub.sort()).toEqual([...PUBLIC].sort());
  });

  it('answers 401 UNAUTHENTICATED on every non-public route without a session', async () => {
    const anon = new TestClient(t.app);
    const failures: string[] = [];
    for (const r of t.app.routeTable.filter((x) => !x.config.public)) {
      const res = await send(anon, r.method, r.url);
      if (res.statusCode !== 401 || res.json().code !== 'UNAUTHENTICATED')
        failures.push(`${r.method} ${r.url} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it.each(ROLES_UNDER_TEST)(
    'answers 403 FORBIDDEN to %s on every route its role may not use, and lets it through elsewhere',
    async (role) => {
      const c = await signedIn(t.app, role);
      const failures: string[] = [];
      for (const r of t.app.routeTable.filter((x) => x.config.ability)) {
        const res = await send(c, r.method, r.url);
        const allowed = roleMay(role, r.config.ability!);
        if (!allowed && (res.statusCode !== 403 || res.json().code !== 'FORBIDDEN'))
          failures.push(`${r.method} ${r.url} → ${res.statusCode} (want 403)`);
        if (allowed && (res.statusCode === 401 || res.statusCode === 403))
          failures.push(`${r.method} ${r.url} → ${res.statusCode} (want through)`);
      }
      expect(failures).toEqual([]);
    },
  );

  it('never shows another jurisdiction’s records', async () => {
    const c = await signedIn(t.app, 'admin');
    const res = await c.get(`/api/deputies/${t.fixture.otherDeputyId}`);
    expect(res.statusCode).toBe(404);
    const list = await c.get('/api/deputies?pageSize=200');
    expect(list.json().items.map((d: { name: string }) => d.name)).not.toContain('外县代表');
    const patch = await c.patch(`/api/deputies/${t.fixture.otherDeputyId}`, { name: '改名', version: 1 });
    expect(patch.statusCode).toBe(404);
    const other = await signedIn(t.app, 'other-admin');
    const theirs = await other.get('/api/deputies?pageSize=200');
    expect(theirs.json().items.map((d: { name: string }) => d.name)).toEqual(['外县代表']);
  });

  it('shows deputies’ contact details to the office only', async () => {
    const admin = await signedIn(t.app, 'admin');
    const unit = await signedIn(t.app, 'unit');
    const id = t.fixture.deputyIds[1];
    expect((await admin.get(`/api/deputies/${id}`)).json().phone).toBe('13900000001');
    expect((await unit.get(`/api/deputies/${id}`)).json()).not.toHaveProperty('phone');
    expect(JSON.stringify((await unit.get('/api/deputies')).json())).not.toContain('1390000000');
  });
});
