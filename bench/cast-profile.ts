/**
 * `npx tsx bench/cast-profile.ts [--deputies N] [--casts K] [--concurrency C]`: where a cast's time goes.
 *
 * Builds the real app over in-memory PGlite with N deputies present, opens a secret vote and sends K casts
 * through app.inject (no sockets), first one at a time, then C at a time. Every SQL statement is timed
 * by wrapping the PGlite client, and grouped by its text; transactions are timed from BEGIN to COMMIT.
 * Prints, per cast: wall time, database time by statement, and time outside the database.
 */

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { buildApp } from '@renda/server/app';
import { getConfig } from '@renda/server/config';
import { liveState } from '@renda/server/modules/live/live-state';
import { openDatabase } from '@renda/server/platform/db/database';
import { sql } from 'drizzle-orm';
import { attendAll, seedCounty } from './seed';
import { timeSql } from './sql-timing';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('deputies', 3000);
const K = Math.min(arg('casts', 400), N);
const C = arg('concurrency', 32);

const config = getConfig({ DATABASE_URL: 'memory://', LOG_LEVEL: 'silent', NODE_ENV: 'production' });
const database = await openDatabase('memory://', config.dataDir);
const app = await buildApp(config, { database, closeDatabase: true, logger: false });
await app.ready();
const county = await seedCounty(database.db, N);
// EXPERIMENT_SQL="set …": a setting tried on the embedded database before the run
if (process.env.EXPERIMENT_SQL) await database.rows(sql.raw(process.env.EXPERIMENT_SQL));

const timing = timeSql(database);

// --- a session with everyone present and a secret vote open
const inject = async (token: string, method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) => {
  const csrf = await app.inject({
    method: 'GET',
    url: '/api/auth/csrf',
    headers: { cookie: `renda_session=${token}` },
  });
  const c = csrf.cookies.find((x) => x.name === 'renda_csrf');
  const cookie = `renda_session=${token}; renda_csrf=${c?.value}`;
  const tokenValue = (csrf.json() as { token: string }).token;
  return {
    cookie,
    csrf: tokenValue,
    send: () =>
      app.inject({ method, url, headers: { cookie, 'x-csrf-token': tokenValue }, payload: body as object }),
  };
};
const call = async (token: string, method: 'POST' | 'PATCH', url: string, body: unknown) => {
  const r = await (await inject(token, method, url, body)).send();
  if (r.statusCode !== 200) throw new Error(`${method} ${url}: ${r.body}`);
  return r.json() as { id: string };
};
const session = await call(county.adminToken, 'POST', '/api/sessions', {
  body: 'congress',
  termId: county.termId,
  number: 3,
  kind: 'regular',
  startDate: '2026-11-20',
  endDate: '2026-11-23',
  venue: '县人民会堂',
});
const item = await call(county.adminToken, 'POST', `/api/sessions/${session.id}/agenda`, {
  kind: 'vote',
  title: '决议',
});
await call(county.adminToken, 'PATCH', `/api/sessions/${session.id}`, { status: 'in_progress', version: 1 });
await attendAll(database.db, county, session.id);
const vote = await call(county.presidingToken, 'POST', `/api/sessions/${session.id}/votes`, {
  itemId: item.id,
  text: '全文',
});

const casters = await Promise.all(
  county.deputyTokens
    .slice(0, 2 * K)
    .map((t, i) =>
      inject(t, 'POST', `/api/votes/${vote.id}/ballots`, { choice: ['yes', 'no', 'abstain'][i % 3] }),
    ),
);

const report = (title: string, wall: number[], totalMs: number) => {
  const casts = wall.length;
  const sorted = [...wall].sort((a, b) => a - b);
  const p = (x: number) => sorted[Math.min(sorted.length - 1, Math.ceil(x * sorted.length) - 1)]?.toFixed(2);
  console.log(
    `\n== ${title}: ${casts} in ${totalMs.toFixed(0)} ms (${((casts * 1000) / totalMs).toFixed(0)}/s); latency p50 ${p(0.5)} ms, p99 ${p(0.99)} ms; per one:`,
  );
  for (const line of timing.report(casts)) console.log(line);
  timing.stats.clear();
};

const walAt = async () =>
  (await database.rows<{ lsn: string }>(sql`select pg_current_wal_lsn()::text as lsn`))[0]?.lsn ?? '0/0';
const walBytes = async (from: string) =>
  Number(
    (
      await database.rows<{ n: string }>(
        sql`select pg_wal_lsn_diff(pg_current_wal_lsn(), ${from}::pg_lsn)::text as n`,
      )
    )[0]?.n ?? 0,
  );
let wal = await walAt();

// one at a time
timing.recording = true;
let wall: number[] = [];
let t0 = performance.now();
for (const c of casters.slice(0, K)) {
  const t = performance.now();
  const r = await c.send();
  if (r.statusCode !== 200) throw new Error(r.body);
  wall.push(performance.now() - t);
}
report('one at a time', wall, performance.now() - t0);
console.log(`WAL: ${((await walBytes(wal)) / K / 1024).toFixed(1)} KiB per cast`);
wal = await walAt();

// C at a time (CAST_CPU_PROF=<file>: a V8 CPU profile of this part)
const inspector = process.env.CAST_CPU_PROF ? new Session() : null;
if (inspector) {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.start');
}
wall = [];
t0 = performance.now();
let next = K;
await Promise.all(
  Array.from({ length: C }, async () => {
    while (next < 2 * K) {
      const c = casters[next++];
      if (!c) break;
      const t = performance.now();
      const r = await c.send();
      if (r.statusCode !== 200) throw new Error(r.body);
      wall.push(performance.now() - t);
    }
  }),
);
report(`${C} at a time`, wall, performance.now() - t0);
console.log(`WAL: ${((await walBytes(wal)) / K / 1024).toFixed(1)} KiB per cast`);
if (inspector) {
  const { profile } = await inspector.post('Profiler.stop');
  writeFileSync(process.env.CAST_CPU_PROF as string, JSON.stringify(profile));
}

// the live state that every ballot event makes each instance recompute (coalesced to one per 200 ms)
wall = [];
timing.serial = true;
t0 = performance.now();
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  const state = await liveState(database.db, session.id);
  JSON.stringify(state);
  wall.push(performance.now() - t);
}
report('live state recomputed', wall, performance.now() - t0);
timing.serial = false;

// closing: the count, the shuffle of the secret ballots, the published list
wall = [];
t0 = performance.now();
const closer = await inject(county.presidingToken, 'POST', `/api/votes/${vote.id}/close`, {});
const closed = await closer.send();
if (closed.statusCode !== 200) throw new Error(closed.body);
wall.push(performance.now() - t0);
report(`closing after ${2 * K} ballots`, wall, performance.now() - t0);
timing.recording = false;
await app.close();
