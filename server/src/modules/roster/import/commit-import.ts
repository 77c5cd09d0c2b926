import { createHash } from 'node:crypto';
import { AppError } from '@renda/shared';
import { type AuditContext, recordAudit } from '../../../platform/audit/audit';
import type { Db, Tx } from '../../../platform/db/database';
import { presentDeputy, presentUnit } from '../roster.presenter';
import { type CheckedImport, checkImport, type ImportKind } from './check-import';
import * as repo from './import.repository';
import { parseTable } from './parse-table';
import type { ImportFile } from './preview-import';

/**
 * Import every row of the file or none: the file is parsed and checked again inside one transaction, any
 * problem aborts with IMPORT_INVALID and its row errors, and each created record gets its audit entry.
 */
export async function commitImport(
  db: Db,
  ctx: AuditContext,
  jid: string,
  kind: ImportKind,
  file: ImportFile,
): Promise<{ imported: number }> {
  const table = await parseTable(file.bytes, file.filename);
  const actx: AuditContext = { ...ctx, jurisdictionId: jid };
  return db.transaction(async (tx) => {
    const checked = await checkImport(tx, jid, kind, table);
    if (checked.errors.length) throw new AppError('IMPORT_INVALID', { errors: checked.errors });
    const imported = await insertChecked(tx, actx, jid, checked);
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    await recordAudit(tx, actx, {
      action: 'import.committed',
      subjectType: 'import',
      subjectId: kind,
      after: { kind, filename: file.filename, sha256, imported },
    });
    return { imported };
  });
}

async function insertChecked(
  tx: Tx,
  ctx: AuditContext,
  jid: string,
  checked: CheckedImport,
): Promise<number> {
  if (checked.kind === 'deputies') {
    const rows = await repo.insertDeputies(
      tx,
      jid,
      checked.rows.map((r) => r.data),
    );
    for (const row of rows) {
      const delegationName = row.delegationId
        ? (checked.delegationNames.get(row.delegationId) ?? null)
        : null;
      const after = presentDeputy({ ...row, delegationName }, true);
      await recordAudit(tx, ctx, {
        action: 'deputy.imported',
        subjectType: 'deputy',
        subjectId: row.id,
        after,
      });
    }
    return rows.length;
  }
  const rows = await repo.insertUnits(
    tx,
    jid,
    checked.rows.map((r) => r.data),
  );
  for (const row of rows) {
    await recordAudit(tx, ctx, {
      action: 'unit.imported',
      subjectType: 'unit',
      subjectId: row.id,
      after: presentUnit(row),
    });
  }
  return rows.length;
}
