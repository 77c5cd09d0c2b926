import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../lib/environment';

export function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return n;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'start the web server (migrates the database; seeds demo data into an empty one unless --no-demo)',
    )
    .option('--no-demo', 'do not seed demo data into an empty database')
    .option('--port <n>', 'port to listen on (default: PORT or 3000)', parsePort)
    .option('--host <h>', 'address to listen on (default: HOST or 127.0.0.1)')
    .addHelpText(
      'after',
      `
Examples:
  $ renda serve                               embedded database in ./data, with demo data
  $ DATABASE_URL=postgres://… renda serve --no-demo --host 0.0.0.0 --port 8080`,
    )
    .action(async (opts: { demo: boolean; port?: number; host?: string }) => {
      const config = await loadConfig({ port: opts.port, host: opts.host });
      // loaded on demand: the other commands need none of the web stack
      const { startServer } = await import('@renda/server/server');
      await startServer(config, { demo: opts.demo });
    });
}
