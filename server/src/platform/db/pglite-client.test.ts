import { types } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, TEXT_TYPES } from './pglite-client';

describe('the embedded database client', () => {
  let client: Awaited<ReturnType<typeof openPglite>>;
  beforeAll(async () => {
    client = await openPglite(undefined);
    await client.exec("SET TIME ZONE 'UTC'");
  });
  afterAll(async () => client.close());

  const drizzleOptions = {
    rowMode: 'array' as const,
    parsers: Object.fromEntries(TEXT_TYPES.map((t) => [t, (v: string) => v])),
  };

  it('keeps timestamps, dates, intervals and their arrays as text, as the Drizzle driver asks', async () => {
    const sql = `select timestamptz '2026-11-23 08:00:00+00', date '2026-11-23', interval '3 months',
      array[timestamptz '2026-01-01 00:00:00+00'], array[1.50::numeric]`;
    const lean = await client.query(sql, [], drizzleOptions);
    expect(lean.rows[0]).toEqual([
      '2026-11-23 08:00:00+00',
      '2026-11-23',
      '3 mons',
      '{"2026-01-01 00:00:00+00"}',
      '{1.50}',
    ]);
    // the same answer inside a transaction
    const inTx = await client.transaction((tx) => tx.query(sql, [], drizzleOptions));
    expect(inTx.rows).toEqual(lean.rows);
  });

  it('still applies a parser of the caller that is not an identity', async () => {
    const r = await client.query<{ t: string }>(`select timestamptz '2026-11-23 08:00:00+00' as t`, [], {
      parsers: { [types.TIMESTAMPTZ]: (v: string) => `parsed:${v}` },
    });
    expect(r.rows[0]?.t).toBe('parsed:2026-11-23 08:00:00+00');
  });

  it('parses the other types as PGlite does', async () => {
    const r = await client.query<{ n: number; b: boolean; j: { a: number } }>(
      `select 42::int as n, true as b, '{"a":1}'::jsonb as j`,
      [],
      { parsers: drizzleOptions.parsers },
    );
    expect(r.rows[0]).toEqual({ n: 42, b: true, j: { a: 1 } });
  });
});
