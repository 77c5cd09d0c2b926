import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../db/schema';

export interface BackupTable {
  name: string;
  /** primary-key columns: the order rows are written in */
  orderBy: string[];
  /** tables this one references */
  dependsOn: string[];
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

/** A table or column name from our own schema, double-quoted. */
export function quoteIdent(name: string): string {
  if (!IDENT.test(name)) throw new Error(`unexpected identifier ${JSON.stringify(name)}`);
  return `"${name}"`;
}

function tableOf(table: PgTable): BackupTable {
  const c = getTableConfig(table);
  const pk = c.columns.filter((col) => col.primary).map((col) => col.name);
  const compositePk = c.primaryKeys[0]?.columns.map((col) => col.name) ?? [];
  const dependsOn = c.foreignKeys
    .map((fk) => getTableConfig(fk.reference().foreignTable).name)
    .filter((n) => n !== c.name);
  return { name: c.name, orderBy: pk.length ? pk : compositePk, dependsOn: [...new Set(dependsOn)] };
}

/**
 * Every table of the app's schema, read from the Drizzle schema, ordered so each table comes after the tables
 * it references (ties broken by name, so the order is stable). A new table is backed up without further work.
 */
export function backupTables(): BackupTable[] {
  const all = Object.values(schema as Record<string, unknown>)
    .filter((v): v is PgTable => is(v, PgTable))
    .map(tableOf)
    .sort((a, b) => a.name.localeCompare(b.name));
  const done = new Set<string>();
  const ordered: BackupTable[] = [];
  while (ordered.length < all.length) {
    const next = all.find((t) => !done.has(t.name) && t.dependsOn.every((d) => done.has(d)));
    if (!next) throw new Error('the schema has a cycle of foreign keys');
    done.add(next.name);
    ordered.push(next);
  }
  return ordered;
}

/** `select row_to_json(t)::text …` in primary-key order: the exact text the database gives, jsonb and microseconds intact. */
export function selectRowsSql(t: BackupTable): string {
  const order = t.orderBy.length ? t.orderBy.map((c) => `t.${quoteIdent(c)}`).join(', ') : 't::text';
  return `select row_to_json(t)::text as r from ${quoteIdent(t.name)} t order by ${order}`;
}
