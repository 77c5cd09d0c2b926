import { type Action, PERMISSIONS, type Role, roleMay } from '@renda/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database';
import { signedIn, type TestClient } from '../client';
import { TEST_PASSWORD } from '../fixture';
import { createTestApp, type TestApp } from '../test-app';

let t: TestApp;
let admin: TestClient;
const clients = new Map<Action, TestClient>();
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedIn(t.app, 'admin');
  for (const [action, roles] of Object.entries(PERMISSIONS) as [Action, readonly Role[]][]) {
    const role = roles[0];
    if (role && role !== 'admin') clients.set(action, await signedIn(t.app, role));
  }
});
afterAll(async () => t.close());

/** A valid body for every write route that takes one; a new write route without a sample fails the suite. */
function validBodies(): Record<string, { url: string; body: Record<string, unknown> }> {
  const f = t.fixture;
  const dep = f.deputyIds[0] as string;
  return {
    'POST /api/auth/login': { url: '/api/auth/login', body: { username: 'admin', password: TEST_PASSWORD } },
    'POST /api/auth/password': {
      url: '/api/auth/password',
      body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
    },
    'POST /api/terms': { url: '/api/terms', body: { number: 19, startDate: '2026-10-01' } },
    'PATCH /api/terms/:id': { url: `/api/terms/${f.termId}`, body: { startDate: '2021-10-01' } },
    'POST /api/delegations': { url: '/api/delegations', body: { termId: f.termId, name: '新代表团' } },
    'PATCH /api/delegations/:id': {
      url: `/api/delegations/${f.delegationIds[0]}`,
      body: { name: '城关镇代表团' },
    },
    'POST /api/deputies': { url: '/api/deputies', body: { termId: f.termId, name: '赵新', gender: 'male' } },
    'PATCH /api/deputies/:id': { url: `/api/deputies/${dep}`, body: { occupation: '教师', version: 1 } },
    'POST /api/units': { url: '/api/units', body: { name: '县水利局', kind: 'government_department' } },
    'PATCH /api/units/:id': { url: `/api/units/${f.unitIds[0]}`, body: { shortName: '教育局', version: 1 } },
    'POST /api/standing-committee': {
      url: '/api/standing-committee',
      body: { termId: f.termId, deputyId: dep, position: 'member', startDate: '2021-10-01' },
    },
    'PATCH /api/standing-committee/:id': {
      url: `/api/standing-committee/${dep}`,
      body: { position: 'member' },
    },
    'POST /api/accounts': {
      url: '/api/accounts',
      body: { username: 'clerk2', displayName: '职员', role: 'admin' },
    },
    'PATCH /api/accounts/:id': { url: `/api/accounts/${dep}`, body: { displayName: '职员' } },
    'PUT /api/profile': { url: '/api/profile', body: { baseVersion: 1, note: '修改', profile: {} } },
    'POST /api/import/:kind/preview': {
      url: '/api/import/deputies/preview',
      body: { filename: 'a.csv', contentBase64: '' },
    },
    'POST /api/sessions': {
      url: '/api/sessions',
      body: {
        body: 'congress',
        termId: f.termId,
        number: 9,
        kind: 'regular',
        startDate: '2026-01-10',
        endDate: '2026-01-12',
      },
    },
    'PATCH /api/sessions/:id': { url: `/api/sessions/${dep}`, body: { venue: '县人民会堂', version: 1 } },
    'POST /api/sessions/:id/agenda': {
      url: `/api/sessions/${dep}/agenda`,
      body: { kind: 'review', title: '审议报告' },
    },
    'PATCH /api/agenda-items/:id': {
      url: `/api/agenda-items/${dep}`,
      body: { title: '审议报告', version: 1 },
    },
    'POST /api/agenda-items/:id/documents': {
      url: `/api/agenda-items/${dep}/documents`,
      body: { title: '报告', fileName: 'a.txt', mediaType: 'text/plain', contentBase64: 'YQ==' },
    },
    'POST /api/sessions/:id/attendance': { url: `/api/sessions/${dep}/attendance`, body: { deputyId: dep } },
    'POST /api/sessions/:id/leave': { url: `/api/sessions/${dep}/leave`, body: { reason: '出差' } },
    'POST /api/leave/:id/decision': { url: `/api/leave/${dep}/decision`, body: { approve: true } },
    'POST /api/sessions/:id/votes': {
      url: `/api/sessions/${dep}/votes`,
      body: { itemId: dep, text: '表决通过', mode: 'secret' },
    },
    'POST /api/votes/:id/ballots': { url: `/api/votes/${dep}/ballots`, body: { choice: 'yes' } },
    'POST /api/sessions/:id/elections': {
      url: `/api/sessions/${dep}/elections`,
      body: {
        itemId: dep,
        title: '选举县人民政府县长',
        offices: [{ name: '县长', officeType: 'head', seats: 1, marginExtra: 1 }],
      },
    },
    'POST /api/elections/:id/nominations': {
      url: `/api/elections/${dep}/nominations`,
      body: { officeId: dep, candidateName: '张明远', candidateInfo: '县人民政府副县长' },
    },
    'POST /api/elections/:id/joint-nominations': {
      url: `/api/elections/${dep}/joint-nominations`,
      body: { officeId: dep, candidateName: '张明远', cosignerIds: [f.deputyIds[1]] },
    },
    'POST /api/elections/:id/rounds': {
      url: `/api/elections/${dep}/rounds`,
      body: { type: 'formal', ballotsIssued: 10 },
    },
    'POST /api/election-rounds/:id/ballots': {
      url: `/api/election-rounds/${dep}/ballots`,
      body: { offices: [{ officeId: dep, marks: { [dep]: 'yes' }, writeIns: [] }] },
    },
    'PUT /api/election-rounds/:id/ballots-issued': {
      url: `/api/election-rounds/${dep}/ballots-issued`,
      body: { ballotsIssued: 10 },
    },
    'POST /api/election-rounds/:id/paper-entries': {
      url: `/api/election-rounds/${dep}/paper-entries`,
      body: {
        kind: 'box',
        box: '第一票箱',
        pass: 1,
        ballots: 10,
        offices: [{ officeId: dep, invalid: 0, totals: [] }],
      },
    },
    'POST /api/import/:kind/commit': {
      url: '/api/import/deputies/commit',
      body: { filename: 'a.csv', contentBase64: '' },
    },
  };
}

async function snapshot(): Promise<string> {
  const tables = await queryRows<{ t: string }>(
    t.database.db,
    sql`select table_name as t from information_schema.tables where table_schema = 'public' and table_name not in ('login_attempts', 'auth_sessions') order by 1`,
  );
  const counts: string[] = [];
  for (const { t: name } of tables) {
    const [r] = await queryRows<{ n: number; h: string }>(
      t.database.db,
      sql.raw(
        `select count(*)::int as n, coalesce(md5(string_agg(x::text, ',' order by x::text)), '') as h from ${name} x`,
      ),
    );
    counts.push(`${name}:${r?.n}:${r?.h}`);
  }
  return counts.join('\n');
}

const longest = (body: Record<string, unknown>) => Object.keys(body).find((k) => typeof body[k] === 'string');

describe('bad input on every write route', () => {
  it('gets 400 with a code and changes nothing', async () => {
    const samples = validBodies();
    const writes = t.app.routeTable.filter((r) => r.method !== 'GET' && r.hasBody);
    const missing = writes.map((r) => `${r.method} ${r.url}`).filter((k) => !samples[k]);
    expect(missing).toEqual([]);
    const before = await snapshot();
    const failures: string[] = [];
    for (const r of writes) {
      const key = `${r.method} ${r.url}`;
      const { url, body } = samples[key]!;
      const method = r.method as 'POST';
      // each route is tried by a role allowed to call it, so that validation is what answers
      const ability = r.config.ability;
      const who = ability && !roleMay('admin', ability) ? (clients.get(ability) ?? admin) : admin;
      const check = async (what: string, res: Awaited<ReturnType<TestClient['request']>>, code: string) => {
        const got = res.statusCode === 400 ? res.json().code : `${res.statusCode} ${res.body.slice(0, 120)}`;
        if (got !== code) failures.push(`${key} ${what}: ${got}`);
        else if (!res.json().requestId || !res.json().message)
          failures.push(`${key} ${what}: no requestId/message`);
      };
      await check(
        'malformed JSON',
        await who.request(method, url, undefined, { raw: '{"name": "x",' }),
        'MALFORMED_JSON',
      );
      await check(
        'wrong type',
        await who.request(method, url, undefined, { raw: '[1,2,3]' }),
        'VALIDATION_FAILED',
      );
      await check(
        'unknown field',
        await who.request(method, url, { ...body, unknownField: 'x' }),
        'VALIDATION_FAILED',
      );
      const limit = r.bodyLimit ?? 1024 * 1024;
      const huge = JSON.stringify({ ...body, filler: 'x'.repeat(limit + 10) });
      await check(
        'body over the limit',
        await who.request(method, url, undefined, { raw: huge }),
        'BODY_TOO_LARGE',
      );
      const field = longest(body);
      if (field) {
        await check(
          `over-long ${field}`,
          await who.request(method, url, { ...body, [field]: '长'.repeat(5000) }),
          'VALIDATION_FAILED',
        );
      }
      const numberField = Object.keys(body).find((k) => typeof body[k] === 'number');
      const wrong = numberField
        ? { ...body, [numberField]: 'twelve' }
        : field
          ? { ...body, [field]: 12345 }
          : null;
      if (wrong) await check('wrong field type', await who.request(method, url, wrong), 'VALIDATION_FAILED');
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it('stores SQL and <script> as plain text and gives them back unchanged', async () => {
    const name = `<script>alert("x")</script>'); DROP TABLE deputies;--`;
    const res = await admin.post('/api/units', { name, kind: 'other' });
    expect(res.statusCode).toBe(200);
    const got = await admin.get(`/api/units/${res.json().id}`);
    expect(got.json().name).toBe(name);
    expect(got.headers['content-type']).toContain('application/json');
    const found = await admin.get(`/api/units?q=${encodeURIComponent('DROP TABLE')}`);
    expect(found.json().total).toBe(1);
    expect((await admin.get('/api/deputies')).statusCode).toBe(200);
  });

  it('answers in English when asked', async () => {
    const res = await admin.request('POST', '/api/units', undefined, {
      raw: '{',
      headers: { 'accept-language': 'en-US,en' },
    });
    expect(res.json()).toMatchObject({
      code: 'MALFORMED_JSON',
      message: 'The request body is not valid JSON.',
    });
  });

  it('hides internals on 5xx', async () => {
    const s = await createTestApp();
    try {
      const c = await signedIn(s.app, 'admin');
      await s.database.close();
      const res = await c.get('/api/roster/summary');
      expect(res.statusCode).toBe(500);
      const body = res.json();
      expect(body.code).toBe('INTERNAL');
      expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.stringify(body)).not.toMatch(/pglite|closed|stack|Error/i);
    } finally {
      await s.app.close();
    }
  });
});
