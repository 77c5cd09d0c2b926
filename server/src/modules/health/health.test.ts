import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('operations', () => {
  it('reports a reachable database with current migrations', async () => {
    const res = await new TestClient(t.app).get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      database: { reachable: true },
      migrations: { current: true },
    });
  });

  it('reports 503 when a migration is missing', async () => {
    await t.database.rows(sql`create table saved_migrations as select * from drizzle.__drizzle_migrations`);
    await t.database.rows(sql`delete from drizzle.__drizzle_migrations`);
    try {
      const res = await new TestClient(t.app).get('/api/health');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'degraded', migrations: { current: false, applied: 0 } });
    } finally {
      await t.database.rows(sql`insert into drizzle.__drizzle_migrations select * from saved_migrations`);
      await t.database.rows(sql`drop table saved_migrations`);
    }
  });

  it('publishes the OpenAPI document and its viewer', async () => {
    const c = new TestClient(t.app);
    const doc = (await c.get('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/deputies', '/api/auth/login', '/api/audit/verify']),
    );
    const ui = await c.get('/api/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('answers unknown API paths with the error shape', async () => {
    const res = await new TestClient(t.app).get('/api/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the web app', () => {
  it('serves pages of the single-page app, and a real 404 for a missing file', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dist = mkdtempSync(path.join(tmpdir(), 'renda-web-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Renda</title>');
    writeFileSync(path.join(dist, 'assets/app.js'), 'console.log(1)');
    const s = await createTestApp({ webDist: dist });
    try {
      const c = new TestClient(s.app);
      const page = await c.get('/roster/deputies');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>Renda</title>');
      expect((await c.get('/assets/app.js')).body).toBe('console.log(1)');
      writeFileSync(path.join(dist, 'assets/new.js'), 'console.log(2)');
      expect((await c.get('/assets/new.js')).body).toBe('console.log(2)');
      const missing = await c.get('/assets/old-build.js');
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['content-type']).toContain('application/json');
    } finally {
      await s.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
