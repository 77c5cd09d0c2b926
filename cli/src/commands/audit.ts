import { Command } from 'commander';
import { withDatabase } from '../lib/environment';
import { progressReporter } from '../lib/progress';

function verifyCommand(): Command {
  return new Command('verify')
    .description("check every audit chain: each entry's hash and its link to the one before")
    .addHelpText(
      'after',
      `
Exit status 0 when every entry is intact, 1 naming the first edited, missing or reordered entry.

Example:
  $ renda audit verify`,
    )
    .action(async () => {
      const { verifyAuditTrail } = await import('@renda/server/platform/audit/audit');
      await withDatabase(async (database) => {
        const progress = progressReporter('Verifying', 'entries');
        const result = await verifyAuditTrail(database.db, (done, total) => progress.update(done, total));
        progress.stop();
        if (result.ok) {
          console.log(`OK, ${result.checked} entries in ${result.chains} chains`);
          return;
        }
        const b = result.firstBroken;
        console.log(
          `BROKEN: chain ${b?.chain}, position ${b?.position}, entry ${b?.id ?? '(none)'}: ${b?.reason} ` +
            `(${result.checked} entries verified before it)`,
        );
        process.exitCode = 1;
      });
    });
}

export function auditCommand(): Command {
  return new Command('audit').description('work with the audit trail').addCommand(verifyCommand());
}
