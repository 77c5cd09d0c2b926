import { asc, eq, sql } from 'drizzle-orm';
import { auditChainHeads, auditLog } from '../../db/schema';
import { type DbOrTx, queryRows, type Tx } from '../db/database';
import { entryHash, GENESIS_HASH, type HashedFields, toJsonValue } from './canonical';

/** Who is acting, and from where: taken from the request, or from the CLI. */
export interface AuditContext {
  jurisdictionId: string | null;
  actorId: string | null;
  actorLabel: string;
  ip: string | null;
  requestId: string | null;
}

export interface AuditEvent {
  action: string; // e.g. 'deputy.updated'
  subjectType: string;
  subjectId: string | null;
  before?: unknown;
  after?: unknown;
}

export const chainOf = (jurisdictionId: string | null) => jurisdictionId ?? 'system';

/**
 * Append an entry to the jurisdiction's hash chain, inside the caller's transaction. The lock on the
 * chain's head serializes writers of one chain until commit, so two transactions can never fork it.
 */
export async function recordAudit(tx: Tx, ctx: AuditContext, event: AuditEvent): Promise<void> {
  await recordAudits(tx, [{ ctx, event }]);
}

/**
 * Append several entries, in the order given, inside the caller's transaction: what a batch of writes
 * (cast ballots written together) records. Each chain involved is locked and its head read once, the
 * entries are inserted in one statement and each head is moved once — the same chain, link by link, as
 * the same entries appended one at a time. Chains are locked in name order, so two batches that touch
 * the same chains cannot wait on each other.
 */
export async function recordAudits(
  tx: Tx,
  entries: readonly { ctx: AuditContext; event: AuditEvent }[],
): Promise<void> {
  if (!entries.length) return;
  const chains = [...new Set(entries.map((e) => chainOf(e.ctx.jurisdictionId)))].sort();
  const heads = new Map<string, { position: number; hash: string }>();
  for (const chain of chains) {
    const head = await lockHead(tx, chain);
    heads.set(chain, { position: head?.position ?? 0, hash: head?.hash ?? GENESIS_HASH });
  }
  const rows: (typeof auditLog.$inferInsert)[] = [];
  for (const { ctx, event } of entries) {
    const chain = chainOf(ctx.jurisdictionId);
    const head = heads.get(chain) as { position: number; hash: string };
    const position = head.position + 1;
    const prevHash = head.hash;
    const at = new Date();
    const fields: HashedFields = {
      chain,
      position,
      at: at.toISOString(),
      actorId: ctx.actorId,
      actorLabel: ctx.actorLabel,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      before: toJsonValue(event.before),
      after: toJsonValue(event.after),
      ip: ctx.ip,
      requestId: ctx.requestId,
    };
    const hash = entryHash(prevHash, fields);
    rows.push({
      ...fields,
      jurisdictionId: ctx.jurisdictionId,
      at,
      before: fields.before,
      after: fields.after,
      prevHash,
      hash,
    });
    heads.set(chain, { position, hash });
  }
  // the entries and the moved heads in one statement
  const moved = chains.map((chain) => {
    const h = heads.get(chain) as { position: number; hash: string };
    return sql`(${chain}, ${h.position}, ${h.hash})`;
  });
  await tx.execute(sql`
    with appended as (${tx.insert(auditLog).values(rows).getSQL()})
    insert into ${auditChainHeads} (chain, position, hash) values ${sql.join(moved, sql`, `)}
    on conflict (chain) do update set position = excluded.position, hash = excluded.hash`);
}

/**
 * The chain's head, locked until commit. Where the head row exists, its row lock is the chain's lock, in
 * one statement: a writer that waited for it reads the head as the previous writer left it (PostgreSQL
 * re-reads a row updated meanwhile before locking it). A chain's first writer has no row to lock: an
 * advisory lock on the chain's name serializes the first writers, and the head is read again after it,
 * locked, in case another writer created it meanwhile.
 */
async function lockHead(tx: Tx, chain: string) {
  const [head] = await tx
    .select()
    .from(auditChainHeads)
    .where(eq(auditChainHeads.chain, chain))
    .for('update');
  if (head) return head;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`audit:${chain}`}, 0))`);
  const [created] = await tx
    .select()
    .from(auditChainHeads)
    .where(eq(auditChainHeads.chain, chain))
    .for('update');
  return created ?? null;
}

type AuditRow = typeof auditLog.$inferSelect;

/** The fields an entry's hash covers, as stored. */
export function hashedFieldsOf(r: AuditRow): HashedFields {
  return {
    chain: r.chain,
    position: r.position,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorLabel: r.actorLabel,
    action: r.action,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    before: r.before ?? null,
    after: r.after ?? null,
    ip: r.ip,
    requestId: r.requestId,
  };
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  chains: number;
  firstBroken: { chain: string; position: number; id: string | null; reason: string } | null;
}

/** Walk every chain from its first entry; name the first entry that was edited, removed or reordered. */
export async function verifyAuditTrail(
  db: DbOrTx,
  onProgress?: (checked: number, total: number) => void,
): Promise<VerifyResult> {
  const heads = await db.select().from(auditChainHeads).orderBy(asc(auditChainHeads.chain));
  const chainRows = await queryRows<{ chain: string }>(
    db,
    sql`select distinct chain from audit_log order by chain`,
  );
  const chainNames = new Set<string>([...heads.map((h) => h.chain), ...chainRows.map((r) => r.chain)]);
  const [{ total } = { total: 0 }] = await queryRows<{ total: number }>(
    db,
    sql`select count(*)::int as total from audit_log`,
  );
  let checked = 0;
  const broken = (chain: string, position: number, id: string | null, reason: string): VerifyResult => ({
    ok: false,
    checked,
    chains: chainNames.size,
    firstBroken: { chain, position, id, reason },
  });
  for (const chain of [...chainNames].sort()) {
    let prevHash = GENESIS_HASH;
    let expected = 1;
    const pageSize = 2000;
    for (;;) {
      const rows = await db
        .select()
        .from(auditLog)
        .where(sql`${auditLog.chain} = ${chain} and ${auditLog.position} >= ${expected}`)
        .orderBy(asc(auditLog.position))
        .limit(pageSize);
      for (const r of rows) {
        if (r.position !== expected)
          return broken(chain, expected, null, `entry ${expected} is missing (next is ${r.position})`);
        if (r.prevHash !== prevHash)
          return broken(chain, r.position, r.id, 'previous-hash link does not match');
        const fields = hashedFieldsOf(r);
        if (entryHash(prevHash, fields) !== r.hash)
          return broken(chain, r.position, r.id, 'content does not match its hash');
        prevHash = r.hash;
        expected += 1;
        checked += 1;
        if (checked % 1000 === 0) onProgress?.(checked, total);
      }
      if (rows.length < pageSize) break;
    }
    const head = heads.find((h) => h.chain === chain);
    const last = expected - 1;
    if (!head) return broken(chain, last, null, 'chain head is missing');
    if (head.position !== last || head.hash !== prevHash) {
      return broken(
        chain,
        Math.min(head.position, last + 1),
        null,
        `chain ends at ${last} but its head records ${head.position}`,
      );
    }
  }
  onProgress?.(checked, total);
  return { ok: true, checked, chains: chainNames.size, firstBroken: null };
}
