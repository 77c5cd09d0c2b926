import type { DbOrTx } from '@renda/server/platform/db/database';
import { type JurisdictionRow, listJurisdictions } from './cli.repository';
import { CliError } from './environment';

export const describeJurisdiction = (j: JurisdictionRow) => `${j.name} (${j.code})`;

/** The jurisdiction a command works on: the one named by --jurisdiction, or the only one there is. */
export async function pickJurisdiction(db: DbOrTx, code: string | undefined): Promise<JurisdictionRow> {
  const all = await listJurisdictions(db);
  if (code) {
    const found = all.find((j) => j.code === code);
    if (!found)
      throw new CliError(
        `no jurisdiction has the code ${code}; there are: ${all.map(describeJurisdiction).join(', ') || 'none'}`,
      );
    return found;
  }
  const [only, ...more] = all;
  if (!only)
    throw new CliError(
      'no jurisdiction exists yet: create one with `renda create-admin --jurisdiction-name … --jurisdiction-code …`',
    );
  if (more.length)
    throw new CliError(
      `this installation has several jurisdictions; choose one with --jurisdiction <code>: ${all.map(describeJurisdiction).join(', ')}`,
    );
  return only;
}
