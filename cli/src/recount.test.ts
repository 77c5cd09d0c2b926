import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  publishedElectionRoundFixture,
  publishedVoteFixture,
} from '@renda/server/modules/results-export/fixtures';
import type { RecountReport } from '@renda/shared';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/renda.js', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'renda-recount-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node cli/bin/renda.js recount …` as a child process: recounting needs no database. */
function recount(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'recount', ...args],
      { env: { ...process.env, LOG_LEVEL: 'silent' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function file(name: string, content: unknown): string {
  const p = path.join(root, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return p;
}

describe('renda recount', { timeout: 120_000 }, () => {
  it('recounts a vote, and names the numbers a tampered ballot list no longer supports', async () => {
    const doc = publishedVoteFixture();
    const tampered = structuredClone(doc);
    for (const b of tampered.ballots.filter((b) => b.choice === 'yes').slice(0, 60)) b.choice = 'no';
    const [ok, bad] = await Promise.all([
      recount([file('vote.json', doc)]),
      recount([file('tampered.json', tampered)]),
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(
      '表决结果：赞成 150，反对 8，弃权 6，未按表决器 4；全体代表 180 人，过半数为 91 票；通过',
    );
    expect(ok.stdout).toContain('结果一致 (recount matches the announced result)');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(
      '赞成 90，反对 68，弃权 6，未按表决器 4；全体代表 180 人，过半数为 91 票；未通过',
    );
    expect(bad.stdout).toContain('counts.yes：公布 150，重新计票 90 (announced 150, recounted 90)');
    expect(bad.stdout).toContain('counts.no：公布 8，重新计票 68');
    expect(bad.stdout).toContain('result.passed：公布 true，重新计票 false');
    expect(bad.stdout).toContain('结果不一致 (recount differs from the announced result): 3 处');
  });

  it('recounts an election round office by office, with a box tally and a seat left over', async () => {
    const r = await recount([file('election.json', publishedElectionRoundFixture())]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('发出选票 170 张，收回 170 张；全体代表 180 人，当选须得过半数即 91 票');
    expect(r.stdout).toContain('云川县人民政府副县长（应选 2 名）：有效票 169，无效票 1');
    expect(r.stdout).toMatch(/王建国 {2}赞成 137 {2}反对 31 {2}弃权 1 {2}当选/);
    expect(r.stdout).toContain('刘洋（另选他人）  赞成 5');
    expect(r.stdout).toContain('不足 1 名，另行选举');
    expect(r.stdout).toContain('结果一致');
  });

  it('--json prints the recount; an announced winner the ballots do not support exits 1', async () => {
    const doc = publishedElectionRoundFixture();
    const office = doc.announced[1];
    if (office) office.elected = ['王建国', '李秀英'];
    const r = await recount([file('forged.json', doc), '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as RecountReport;
    expect(report.matches).toBe(false);
    expect(report.differences).toContainEqual({
      path: 'announced[云川县人民政府副县长].elected',
      announced: ['李秀英', '王建国'],
      recounted: ['王建国'],
    });
  });

  it('refuses a file that is not a published result with one line in Chinese and English, exit 2', async () => {
    const wrongChoice = structuredClone(publishedVoteFixture()) as unknown as {
      ballots: { choice: string }[];
    };
    const first = wrongChoice.ballots[0];
    if (first) first.choice = 'maybe';
    const runs = await Promise.all([
      recount([file('broken.json', wrongChoice)]),
      recount([file('not-json.json', '表决结果')]),
      recount([path.join(root, 'missing.json')]),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^错误：.*\(error: /);
    }
    expect(runs[0]?.stderr).toContain('ballots.0.choice');
    expect(runs[1]?.stderr).toContain('is not JSON');
    expect(runs[2]?.stderr).toContain('ENOENT');
  });
});
