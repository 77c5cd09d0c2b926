import { and, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { auditLog } from '../../db/schema';
import type { DbOrTx } from '../../platform/db/database';

export interface AuditFilter {
  jurisdictionId: string;
  action?: string | undefined;
  subjectType?: string | undefined;
  actorId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function listAudit(db: DbOrTx, f: AuditFilter, page: number, pageSize: number) {
  const conds: SQL[] = [eq(auditLog.jurisdictionId, f.jurisdictionId)];
  if (f.action) conds.push(eq(auditLog.action, f.action));
  if (f.subjectType) conds.push(eq(auditLog.subjectType, f.subjectType));
  if (f.actorId) conds.push(eq(auditLog.actorId, f.actorId));
  if (f.from) conds.push(gte(auditLog.at, new Date(f.from)));
  if (f.to) conds.push(lte(auditLog.at, new Date(f.to)));
  const where = and(...conds);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.seq))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}
