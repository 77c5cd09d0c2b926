/**
 * Times every SQL statement that goes through an embedded (PGlite) database, grouped by its text, and
 * each transaction from BEGIN to COMMIT. For the benchmarks' breakdowns only: it wraps the client's
 * `query` and `transaction` methods in place.
 */
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Database } from '@renda/server/platform/db/database';

export interface SqlStat {
  n: number;
  ms: number;
  rows: number;
  maxMs: number;
}

export interface SqlTiming {
  recording: boolean;
  /** Run statements one after another (outside transactions only), so that each is timed alone. */
  serial: boolean;
  stats: Map<string, SqlStat>;
  /** Statements' time per `per` (e.g. per cast), longest first, as printable lines. */
  report(per: number): string[];
}

const label = (q: string) =>
  q
    .replace(/\s+/g, ' ')
    .replace(/\$\d+/g, '?')
    .replace(/"[a-z_]+"\."([a-z_]+)"/g, '$1')
    .replace(/(\(\?(, \?)*\), )+\(\?(, \?)*\)/g, '(…), …')
    .replace(/in \(\?(, \?)*\)/g, 'in (…)')
    .slice(0, 100);

export function timeSql(database: Database): SqlTiming {
  const t: SqlTiming = {
    recording: false,
    serial: false,
    stats: new Map(),
    report(per) {
      const lines: string[] = [];
      let inStatements = 0;
      for (const [k, s] of [...t.stats.entries()].sort((a, b) => b[1].ms - a[1].ms)) {
        if (!k.startsWith('(')) inStatements += s.ms;
        const rows = ` ${(s.rows / s.n).toFixed(0).padStart(4)} rows, max ${s.maxMs.toFixed(0).padStart(4)} ms`;
        lines.push(
          `${(s.ms / per).toFixed(3).padStart(8)} ms ${(s.n / per).toFixed(2).padStart(6)}×${rows}  ${k}`,
        );
      }
      lines.push(`${(inStatements / per).toFixed(3).padStart(8)} ms in statements`);
      return lines;
    },
  };
  const note = (key: string, ms: number, rows = 0) => {
    if (!t.recording) return;
    const s = t.stats.get(key) ?? { n: 0, ms: 0, rows: 0, maxMs: 0 };
    s.n += 1;
    s.ms += ms;
    s.maxMs = Math.max(s.maxMs, ms);
    s.rows += rows;
    t.stats.set(key, s);
  };
  let chain: Promise<unknown> = Promise.resolve();
  type Query = (s: string, ...r: unknown[]) => Promise<unknown>;
  const wrap = (c: Pick<PGlite, 'query'> | Transaction, inTransaction: boolean) => {
    const q = c.query.bind(c) as Query;
    const timed = async (sqlText: string, rest: unknown[]) => {
      const start = performance.now();
      let rows = 0;
      try {
        const r = await q(sqlText, ...rest);
        rows = (r as { rows?: unknown[] }).rows?.length ?? 0;
        return r;
      } finally {
        note(label(sqlText), performance.now() - start, rows);
      }
    };
    (c as { query: unknown }).query = (sqlText: string, ...rest: unknown[]) => {
      if (!t.serial || inTransaction) return timed(sqlText, rest);
      const run = chain.then(() => timed(sqlText, rest));
      chain = run.catch(() => undefined);
      return run;
    };
  };
  if (database.kind === 'postgres') throw new Error('timeSql: embedded databases only');
  const client = (database.db as unknown as { $client: PGlite }).$client;
  wrap(client, false);
  const transaction = client.transaction.bind(client);
  (client as { transaction: unknown }).transaction = async <T>(fn: (tx: Transaction) => Promise<T>) => {
    const start = performance.now();
    try {
      return await transaction(async (tx) => {
        wrap(tx, true);
        return fn(tx);
      });
    } finally {
      note('(transaction, BEGIN to COMMIT)', performance.now() - start);
    }
  };
  return t;
}
