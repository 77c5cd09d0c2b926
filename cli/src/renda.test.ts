import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@renda/server/platform/db/database';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/renda.js', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'renda-cli-'));
const dataDir = path.join(root, 'data');
const restoredDir = path.join(root, 'restored');
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node cli/bin/renda.js …` as a child process on its own embedded database. */
function renda(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...base, RENDA_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env }, timeout: 90_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function file(name: string, text: string): string {
  const p = path.join(root, name);
  writeFileSync(p, `\uFEFF${text}`);
  return p;
}

describe('renda', { timeout: 120_000 }, () => {
  it('--help lists the commands with examples; a bad environment is refused with every problem', async () => {
    const [help, sub, bad] = await Promise.all([
      renda(['--help']),
      renda(['import', '--help']),
      renda(['serve'], { PORT: 'eighty', DATABASE_URL: 'mysql://x' }),
    ]);
    expect(help.code).toBe(0);
    for (const c of ['serve', 'migrate', 'create-admin', 'import', 'audit', 'backup', 'restore'])
      expect(help.stdout).toContain(c);
    expect(sub.stdout).toMatch(/Examples?:\n\s+\$ renda import/);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('PORT');
    expect(bad.stderr).toContain('DATABASE_URL');
  });

  it('migrate, then create-admin with a new jurisdiction', async () => {
    const m = await renda(['migrate']);
    expect(m.code, m.stderr).toBe(0);
    expect(m.stdout).toMatch(/Applied \d+ migrations?/);
    // the restore target: a copy of this freshly migrated, empty database (saves creating a second cluster)
    cpSync(dataDir, restoredDir, { recursive: true });
    const r = await renda([
      'create-admin',
      '--username',
      'admin',
      '--name',
      '管理员',
      '--jurisdiction-name',
      '某某县',
      '--jurisdiction-code',
      '330100',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Initial password: \S{10,}/);
  });

  it('import units: a bad file is refused with its row errors, a good one imported', async () => {
    const bad = await renda([
      'import',
      'units',
      file('bad.csv', '单位名称,类型\n县财政局,政府部门\n县某局,财政\n'),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/3\s+类型\s+类型“财政”无效/);
    expect(bad.stdout).toContain('Nothing was imported');
    const good = file('good.csv', '单位名称,简称,类型\n县财政局,财政局,政府部门\n县人民法院,,人民法院\n');
    const dry = await renda(['import', 'units', good, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('nothing was written');
    const r = await renda(['import', 'units', good]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Imported 2 units.');
  });

  it('audit verify, backup, and restore into a second data directory', async () => {
    const v = await renda(['audit', 'verify']);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toContain('OK, 6 entries in 1 chains');
    const backup = path.join(root, 'all.renda.gz');
    const b = await renda(['backup', backup]);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toMatch(/Backed up \d+ rows from \d+ tables/);
    expect(existsSync(backup)).toBe(true);
    expect(b.stderr).toContain('Backing up:');
    const r = await renda(['restore', backup], { RENDA_DATA_DIR: restoredDir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Restored \d+ rows/);
    const rv = await renda(['audit', 'verify'], { RENDA_DATA_DIR: restoredDir });
    expect(rv.stdout).toContain('OK, 6 entries in 1 chains');
  });

  it('audit verify names the entry that was tampered with', async () => {
    const database = await openDatabase(undefined, dataDir);
    const [units] = await database.rows<{ n: number }>(sql`select count(*)::int as n from units`);
    expect(units?.n).toBe(2); // the bad file wrote nothing
    await database.rows(sql`update audit_log set action = 'x' where position = 2`);
    const [entry] = await database.rows<{ id: string; chain: string }>(
      sql`select id, chain from audit_log where position = 2`,
    );
    await database.close();
    const r = await renda(['audit', 'verify']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`chain ${entry?.chain}, position 2, entry ${entry?.id}`);
    expect(r.stdout).toContain('content does not match its hash');
  });
});
