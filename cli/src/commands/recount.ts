import { readFile } from 'node:fs/promises';
import type {
  ElectionRoundRecountReport,
  OfficeRecount,
  PublishedElectionRound,
  PublishedResult,
  PublishedVote,
  RecountDifference,
  RecountReport,
  VoteRecountReport,
} from '@renda/shared';
import { Command } from 'commander';

/** The counting rules and the export's wording, loaded when a recount runs so that `renda --help` answers at once. */
async function loadTools() {
  const { describeThreshold, minimumCount, recount } = await import('@renda/shared');
  const { baseWords, ROUND_TYPES } = await import('@renda/server/modules/results-export/wording');
  return { describeThreshold, minimumCount, recount, baseWords, ROUND_TYPES };
}
type Tools = Awaited<ReturnType<typeof loadTools>>;

/** Exit status for a file that is not a published result at all, apart from 1 for a recount that differs. */
const BAD_FILE = 2;

class BadFile extends Error {}

/** The file as a published vote or election round, or BadFile with a one-line reason in Chinese and English. */
async function load(file: string): Promise<PublishedResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new BadFile(`错误：无法读取 ${file} (error: cannot read ${file}: ${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BadFile(`错误：${file} 不是 JSON 文件 (error: ${file} is not JSON)`);
  }
  const { publishedResultSchema } = await import('@renda/shared');
  const parsed = publishedResultSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const [first] = parsed.error.issues;
  const where = first?.path.length ? `${first.path.join('.')}: ` : '';
  const more = parsed.error.issues.length > 1 ? ` (+${parsed.error.issues.length - 1} more)` : '';
  throw new BadFile(
    `错误：${file} 不是有效的表决或选举结果 (error: not a published vote or election result): ${where}${first?.message}${more}`,
  );
}

function voteSummary(doc: PublishedVote, report: VoteRecountReport, tools: Tools): string[] {
  const { counts, result } = report.recounted;
  return [
    `${doc.session.title} · 议程第${doc.agendaItem.position}项 ${doc.agendaItem.title}`,
    `表决：${doc.vote.title}（${doc.vote.mode === 'named' ? '记名' : '无记名'}表决）`,
    `表决结果：赞成 ${counts.yes}，反对 ${counts.no}，弃权 ${counts.abstain}，未按表决器 ${counts.notVoting}；` +
      `${tools.baseWords(doc.rule.of)} ${result.base} 人，${tools.describeThreshold(doc.rule)}为 ${result.yesNeeded} 票；` +
      `${result.passed ? '通过' : '未通过'}`,
  ];
}

function officeSummary(office: PublishedElectionRound['offices'][number], count: OfficeRecount): string[] {
  const head = `${office.name}（应选 ${office.seats} 名）`;
  // 选举法 第四十四条: more ballots back than issued voids the round, which is held again
  if (count.void) return [`${head}：本轮选举无效，收回的选票多于发出的选票，应重新选举`];
  const lines = [`${head}：有效票 ${count.validBallots}，无效票 ${count.invalidBallots}`];
  for (const t of count.totals) {
    const mark = count.elected.includes(t.name) ? '  当选' : count.tied.includes(t.name) ? '  票数相等' : '';
    const who = t.onBallot ? t.name : `${t.name}（另选他人）`;
    lines.push(`  ${who}  赞成 ${t.yes}  反对 ${t.no}  弃权 ${t.abstain}${mark}`);
  }
  lines.push(`  当选：${count.elected.join('、') || '无'}`);
  // 地方组织法 第二十九条: a re-vote among those tied at the cut-off; seats nobody won go to 另行选举
  if (count.revoteSeats > 0)
    lines.push(`  就票数相等的 ${count.tied.join('、')} 再次投票，确定 ${count.revoteSeats} 名`);
  if (count.unfilledSeats > 0) lines.push(`  不足 ${count.unfilledSeats} 名，另行选举`);
  return lines;
}

function electionSummary(
  doc: PublishedElectionRound,
  report: ElectionRoundRecountReport,
  tools: Tools,
): string[] {
  const { base, announced } = report.recounted;
  const needed = tools.minimumCount(base, doc.rule);
  const lines = [
    `${doc.session.title} · 议程第${doc.agendaItem.position}项 ${doc.agendaItem.title}`,
    `选举：${doc.election.title} 第${doc.round.number}轮（${tools.ROUND_TYPES[doc.round.type]}）`,
    `发出选票 ${doc.ballotsIssued} 张，收回 ${doc.ballotsReturned} 张；` +
      `${tools.baseWords(doc.rule.of)} ${base} 人，当选须得${tools.describeThreshold(doc.rule)}即 ${needed} 票`,
  ];
  for (const office of doc.offices) {
    const count = announced.find((a) => a.officeId === office.id);
    if (count) lines.push(...officeSummary(office, count));
  }
  return lines;
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function differenceLines(differences: RecountDifference[]): string[] {
  return [
    `结果不一致 (recount differs from the announced result): ${differences.length} 处`,
    ...differences.map(
      (d) =>
        `  ${d.path}：公布 ${shown(d.announced)}，重新计票 ${shown(d.recounted)} ` +
        `(announced ${shown(d.announced)}, recounted ${shown(d.recounted)})`,
    ),
  ];
}

function recountWithSummary(doc: PublishedResult, tools: Tools): { report: RecountReport; lines: string[] } {
  if (doc.kind === 'vote') {
    const report = tools.recount(doc);
    return { report, lines: voteSummary(doc, report, tools) };
  }
  const report = tools.recount(doc);
  return { report, lines: electionSummary(doc, report, tools) };
}

async function run(file: string, opts: { json?: boolean }): Promise<void> {
  const doc = await load(file);
  const { report, lines } = recountWithSummary(doc, await loadTools());
  process.exitCode = report.matches ? 0 : 1;
  if (opts.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const verdict = report.matches
    ? ['结果一致 (recount matches the announced result)']
    : differenceLines(report.differences);
  console.log([...lines, '', ...verdict].join('\n'));
}

export function recountCommand(): Command {
  return new Command('recount')
    .description(
      'recount a published vote or election round from its ballots and compare with the announced result',
    )
    .argument('<file>', 'the published result (JSON)')
    .option('--json', 'print the recount as JSON')
    .addHelpText(
      'after',
      `
Exit status 0 when the recount matches, 1 listing each difference, 2 when the file is not a
published vote or election round.

Examples:
  $ renda recount 表决结果.json
  $ renda recount 选举结果.json --json`,
    )
    .action(async (file: string, opts: { json?: boolean }) => {
      try {
        await run(file, opts);
      } catch (e) {
        if (!(e instanceof BadFile)) throw e;
        console.error(e.message);
        process.exitCode = BAD_FILE;
      }
    });
}
