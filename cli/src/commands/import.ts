import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportKind } from '@renda/server/modules/roster/import/check-import';
import type { RowError } from '@renda/server/modules/roster/import/parse-table';
import { Argument, Command } from 'commander';
import { cliAuditContext } from '../lib/audit-context';
import { CliError, withDatabase } from '../lib/environment';
import { describeJurisdiction, pickJurisdiction } from '../lib/jurisdiction';
import { formatTable } from '../lib/print-table';

const KINDS = ['deputies', 'units'] as const satisfies readonly ImportKind[];

function printErrors(errors: RowError[]): void {
  const rows = errors.map((e) => [e.row ? String(e.row) : '-', e.column || '-', e.message]);
  console.log(`\n${formatTable(['Row', 'Column', 'Problem'], rows)}\n`);
}

async function readImportFile(file: string): Promise<{ filename: string; bytes: Uint8Array }> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new CliError(`${file}: no such file`);
  return { filename: path.basename(file), bytes: new Uint8Array(await readFile(file)) };
}

export function importCommand(): Command {
  return new Command('import')
    .description('import deputies or units from an .xlsx or .csv file: every row or none')
    .addArgument(new Argument('<kind>', 'what the file holds').choices(KINDS))
    .argument('<file>', '.xlsx, or .csv in UTF-8 or GBK, with the template headers')
    .option('--dry-run', 'check the file and list its problems; write nothing')
    .option('--jurisdiction <code>', 'jurisdiction code, when the installation has more than one')
    .addHelpText(
      'after',
      `
The file needs the template's headers (download the template in the web app under 导入, or
use the English field names). Deputies go into the current (newest) term; delegations are
matched by name. Any row error stops the import and nothing is written.

Examples:
  $ renda import deputies 代表名册.xlsx --dry-run
  $ renda import units units.csv`,
    )
    .action(async (kind: ImportKind, file: string, opts: { dryRun?: boolean; jurisdiction?: string }) => {
      const input = await readImportFile(file);
      const { previewImport } = await import('@renda/server/modules/roster/import/preview-import');
      const { commitImport } = await import('@renda/server/modules/roster/import/commit-import');
      const { AppError } = await import('@renda/shared');
      const refuse = (errors: RowError[]) => {
        printErrors(errors);
        console.log('Nothing was imported: fix these rows and run the command again.');
        process.exitCode = 1;
      };
      await withDatabase(async (database) => {
        const j = await pickJurisdiction(database.db, opts.jurisdiction);
        console.log(`${database.label} · ${describeJurisdiction(j)}`);
        try {
          const preview = await previewImport(database.db, j.id, kind, input);
          const summary = `${preview.total} rows, ${preview.valid} valid, ${preview.errors.length} problem(s)`;
          console.log(`${input.filename}: ${summary}.`);
          if (preview.errors.length) return refuse(preview.errors);
          if (opts.dryRun) {
            console.log(`Dry run: ${preview.valid} ${kind} would be imported; nothing was written.`);
            return;
          }
          const { imported } = await commitImport(database.db, cliAuditContext(j.id), j.id, kind, input);
          console.log(`Imported ${imported} ${kind}.`);
        } catch (e) {
          // a file that cannot be read at all, or rows that changed between the check and the import
          if (!(e instanceof AppError) || e.code !== 'IMPORT_INVALID') throw e;
          refuse((e.details as { errors: RowError[] }).errors);
        }
      });
    });
}
