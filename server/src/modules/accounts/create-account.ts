import { type Account, type AccountInput, AppError } from '@renda/shared';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import { generateInitialPassword, hashPassword } from '../../platform/auth/passwords';
import type { Db } from '../../platform/db/database';
import { presentAccount } from './accounts.presenter';
import * as repo from './accounts.repository';

/**
 * An admin creates an account with a one-time initial password that must be changed at first sign-in.
 * A deputy account links to a deputy, a unit account to a unit, both of the same jurisdiction.
 */
export async function createAccount(
  db: Db,
  ctx: AuditContext,
  jurisdictionId: string,
  input: AccountInput,
  opts: { password?: string; mustChangePassword?: boolean } = {},
): Promise<{ account: Account; initialPassword: string }> {
  const deputyId = input.deputyId ?? null;
  const unitId = input.unitId ?? null;
  const problems: { path: string; message: string }[] = [];
  if (input.role === 'deputy' && !deputyId)
    problems.push({ path: 'deputyId', message: 'a deputy account needs its deputy' });
  if (input.role === 'unit' && !unitId)
    problems.push({ path: 'unitId', message: 'a unit account needs its unit' });
  if (input.role !== 'deputy' && deputyId && input.role !== 'presiding' && input.role !== 'scrutineer') {
    problems.push({
      path: 'deputyId',
      message: 'only deputy, presiding or scrutineer accounts link to a deputy',
    });
  }
  if (input.role !== 'unit' && unitId)
    problems.push({ path: 'unitId', message: 'only unit accounts link to a unit' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems);
  const initialPassword = opts.password ?? generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  return db.transaction(async (tx) => {
    if (deputyId && !(await repo.deputyInJurisdiction(tx, jurisdictionId, deputyId)))
      throw new AppError('NOT_FOUND', { deputyId });
    if (unitId && !(await repo.unitInJurisdiction(tx, jurisdictionId, unitId)))
      throw new AppError('NOT_FOUND', { unitId });
    if (await repo.usernameTaken(tx, input.username))
      throw new AppError('DUPLICATE', { username: input.username });
    const row = await repo.insertAccount(tx, {
      jurisdictionId,
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      deputyId,
      unitId,
      passwordHash,
      mustChangePassword: opts.mustChangePassword ?? true,
    });
    const account = presentAccount(row);
    await recordAudit(
      tx,
      { ...ctx, jurisdictionId },
      { action: 'account.created', subjectType: 'account', subjectId: row.id, after: account },
    );
    return { account, initialPassword };
  });
}
