import {
  PGlite,
  type PGliteOptions,
  type QueryOptions,
  type Results,
  type Transaction,
  types,
} from '@electric-sql/pglite';

/**
 * The types whose values the Drizzle driver keeps as PostgreSQL wrote them (timestamps, dates,
 * intervals, and arrays of those and of numerics): it passes an identity parser for each with every
 * query.
 */
export const TEXT_TYPES: readonly number[] = [
  types.TIMESTAMP,
  types.TIMESTAMPTZ,
  types.INTERVAL,
  types.DATE,
  1231, // numeric[]
  1115, // timestamp[]
  1185, // timestamptz[]
  1187, // interval[]
  1182, // date[]
];
const SAMPLE = '2026-01-02 03:04:05+00';
const identity = (value: string) => value;

/**
 * Drops per-query parsers that the instance already applies. PGlite merges a query's parsers into a
 * copy of its own table of some 300 types for every statement; the instance here keeps the Drizzle
 * driver's types as text itself, so the copy changes nothing and only costs time (a tenth of the
 * server's during a plenary vote). Parsers are dropped only when every one of them is an identity for a
 * type the instance currently keeps as text; otherwise the options pass on untouched.
 */
function lean(client: PGlite, options: QueryOptions | undefined): QueryOptions | undefined {
  const parsers = options?.parsers;
  if (!parsers) return options;
  const own = client.parsers as Record<number, unknown>;
  for (const [key, parse] of Object.entries(parsers)) {
    const oid = Number(key);
    if (own[oid] !== identity || parse(SAMPLE) !== SAMPLE) return options;
  }
  return { ...options, parsers: undefined };
}

/**
 * The embedded database as the Drizzle driver and Renda use it: PGlite that keeps the driver's types as
 * text, whose `query` (alone or inside a transaction) skips the per-statement merge of parsers.
 */
export async function openPglite(dataDir: string | undefined, options: PGliteOptions = {}): Promise<PGlite> {
  const client = new PGlite({ ...options, ...(dataDir ? { dataDir } : {}) });
  await client.waitReady;
  // after start-up, which gives every array type a parser of its own
  for (const t of TEXT_TYPES) (client.parsers as Record<number, unknown>)[t] = identity;
  const query = client.query.bind(client);
  const transaction = client.transaction.bind(client);
  Object.assign(client, {
    query: <T>(sql: string, params?: unknown[], opts?: QueryOptions): Promise<Results<T>> =>
      query<T>(sql, params, lean(client, opts)),
    transaction: <T>(callback: (tx: Transaction) => Promise<T>): Promise<T> =>
      transaction((tx) => {
        const q = tx.query.bind(tx);
        tx.query = <R>(sql: string, params?: unknown[], opts?: QueryOptions) =>
          q<R>(sql, params, lean(client, opts));
        return callback(tx);
      }),
  });
  return client;
}
