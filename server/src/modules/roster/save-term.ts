import { AppError, type Term } from '@renda/shared';
import { and, eq } from 'drizzle-orm';
import { terms } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { presentTerm } from './roster.presenter';
import { getTerm } from './roster.repository';

type TermFields = {
  number?: number | undefined;
  startDate?: string | undefined;
  endDate?: string | null | undefined;
};

function checkDates(startDate: string, endDate: string | null | undefined) {
  if (endDate && endDate < startDate)
    throw new AppError('VALIDATION_FAILED', [{ path: 'endDate', message: 'before the start date' }]);
}

/** Create a term (届) or, with an id, change one. Numbers are unique within a jurisdiction. */
export async function saveTerm(
  db: Db,
  ctx: AuditContext,
  jid: string,
  id: string | null,
  input: TermFields,
): Promise<Term> {
  return db.transaction(async (tx) => {
    const before = id ? await getTerm(tx, jid, id) : null;
    if (id && !before) throw new AppError('NOT_FOUND');
    const number = input.number ?? before?.number;
    const startDate = input.startDate ?? before?.startDate;
    if (number === undefined || startDate === undefined)
      throw new AppError('VALIDATION_FAILED', [{ path: 'number', message: 'required' }]);
    const endDate = input.endDate === undefined ? (before?.endDate ?? null) : input.endDate;
    checkDates(startDate, endDate);
    const clash = await tx
      .select({ id: terms.id })
      .from(terms)
      .where(and(eq(terms.jurisdictionId, jid), eq(terms.number, number)));
    if (clash.some((c) => c.id !== id)) throw new AppError('DUPLICATE', { number });
    const [row] = id
      ? await tx.update(terms).set({ number, startDate, endDate }).where(eq(terms.id, id)).returning()
      : await tx.insert(terms).values({ jurisdictionId: jid, number, startDate, endDate }).returning();
    if (!row) throw new Error('write returned nothing');
    const after = presentTerm(row);
    await recordAudit(tx, ctx, {
      action: id ? 'term.updated' : 'term.created',
      subjectType: 'term',
      subjectId: row.id,
      before: before ? presentTerm(before) : undefined,
      after,
    });
    return after;
  });
}
