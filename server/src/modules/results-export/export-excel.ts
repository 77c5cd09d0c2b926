import type { PublishedElectionRound, PublishedResult, PublishedVote } from '@renda/shared';
import { minimumCount, thresholdBase } from '@renda/shared';
import ExcelJS from 'exceljs';
import {
  CHOICE_WORDS,
  chinaDate,
  type ExportFile,
  fileName,
  isoDate,
  ROUND_TYPES,
  ruleInWords,
  voterWord,
} from './wording';

type Cell = string | number;
type Office = PublishedElectionRound['offices'][number];
type Announced = PublishedElectionRound['announced'][number];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function addTitle(sheet: ExcelJS.Worksheet, title: string, width: number): void {
  const row = sheet.addRow([title]);
  row.font = { bold: true, size: 16 };
  sheet.mergeCells(row.number, 1, row.number, width);
}

function addHeader(sheet: ExcelJS.Worksheet, cells: Cell[]): void {
  const row = sheet.addRow(cells);
  row.font = { bold: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
  });
}

/** What every result sheet starts with: session, agenda item, date, rule and its base. */
function headerRows(doc: PublishedResult): Cell[][] {
  return [
    ['议程', `第${doc.agendaItem.position}项 ${doc.agendaItem.title}`],
    doc.kind === 'vote'
      ? ['表决事项', doc.vote.title]
      : ['选举', `${doc.election.title} 第${doc.round.number}轮（${ROUND_TYPES[doc.round.type]}）`],
    ['日期', isoDate(chinaDate(doc.closedAt))],
    ['方式', doc.kind === 'vote' ? `${doc.vote.mode === 'named' ? '记名' : '无记名'}表决` : '无记名投票'],
    ['通过规则', ruleInWords(doc.rule)],
    [`应到${voterWord(doc)}（在任）`, doc.eligible.inOffice],
    [`实到${voterWord(doc)}`, doc.eligible.present],
  ];
}

function voteRows(doc: PublishedVote): Cell[][] {
  return [
    ['赞成', doc.counts.yes],
    ['反对', doc.counts.no],
    ['弃权', doc.counts.abstain],
    ['未按表决器', doc.counts.notVoting],
    ['计算基数', doc.result.base],
    ['通过所需赞成票', doc.result.yesNeeded],
    ['表决结果', doc.result.passed ? '通过' : '未通过'],
  ];
}

function personMark(a: Announced, name: string, preliminary: boolean): string {
  if (a.elected.includes(name)) return preliminary ? '确定为正式候选人' : '当选';
  // 地方组织法 第二十九条: those tied at the cut-off face a re-vote among themselves
  return a.tied.includes(name) ? '票数相等，再次投票' : '';
}

/** One block per office: its count, each person's yes / no / abstain and who was elected. */
function officeRows(office: Office, a: Announced | undefined, preliminary: boolean): Cell[][] {
  const rows: Cell[][] = [[`${office.name}（应选${office.seats}名）`]];
  if (!a) return [...rows, ['未公布计票结果']];
  // 选举法 第四十四条: more ballots back than issued voids the round
  if (a.void) return [...rows, ['本轮选举无效（收回的选票多于发出的选票），应重新选举']];
  rows.push(['有效票', a.validBallots, '无效票', a.invalidBallots]);
  rows.push(['候选人', '赞成', '反对', '弃权', '另选他人', '结果']);
  for (const t of a.totals)
    rows.push([t.name, t.yes, t.no, t.abstain, t.onBallot ? '' : '是', personMark(a, t.name, preliminary)]);
  if (a.revoteSeats > 0) rows.push(['再次投票名额', a.revoteSeats]);
  if (a.unfilledSeats > 0) rows.push(['另行选举名额', a.unfilledSeats]);
  return rows;
}

function electionRows(doc: PublishedElectionRound): Cell[][] {
  const rows: Cell[][] = [
    ['发出选票', doc.ballotsIssued],
    ['收回选票', doc.ballotsReturned],
    ['当选所需赞成票', minimumCount(thresholdBase(doc), doc.rule)],
  ];
  for (const office of doc.offices)
    rows.push(
      [],
      ...officeRows(
        office,
        doc.announced.find((a) => a.officeId === office.id),
        doc.round.type === 'preliminary',
      ),
    );
  return rows;
}

/** Bold the rows that head an office block or a table. */
const isHeading = (row: Cell[]): boolean => row.length === 1 || row[0] === '候选人';

function resultSheet(book: ExcelJS.Workbook, doc: PublishedResult): void {
  const sheet = book.addWorksheet('结果');
  sheet.columns = [{ width: 22 }, { width: 40 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 18 }];
  addTitle(sheet, doc.session.title, 6);
  for (const cells of headerRows(doc)) sheet.addRow(cells);
  for (const cells of doc.kind === 'vote' ? voteRows(doc) : electionRows(doc)) {
    const row = sheet.addRow(cells);
    if (isHeading(cells)) row.font = { bold: true };
  }
}

const byReceipt = <T extends { receipt: string }>(ballots: T[]): T[] =>
  [...ballots].sort((a, b) => a.receipt.localeCompare(b.receipt));

function voteBallotSheet(sheet: ExcelJS.Worksheet, doc: PublishedVote): void {
  const named = doc.vote.mode === 'named';
  sheet.columns = [{ width: 8 }, { width: 16 }, { width: 12 }, { width: 16 }];
  addHeader(sheet, ['序号', '回执码', '表决意见', ...(named ? ['代表'] : [])]);
  byReceipt(doc.ballots).forEach((b, i) => {
    sheet.addRow([i + 1, b.receipt, CHOICE_WORDS[b.choice], ...(named ? [b.deputy?.name ?? ''] : [])]);
  });
}

/** Names marked yes, no or abstain on one office's section; an unmarked candidate is an abstention. */
function sectionNames(
  office: Office,
  marks: Record<string, string>,
): Record<'yes' | 'no' | 'abstain', string> {
  const names = (m: string) =>
    office.candidates
      .filter((c) => (marks[c.id] ?? 'abstain') === m)
      .map((c) => c.name)
      .join('、');
  return { yes: names('yes'), no: names('no'), abstain: names('abstain') };
}

function electionBallotSheet(sheet: ExcelJS.Worksheet, doc: PublishedElectionRound): void {
  sheet.columns = [
    { width: 16 },
    { width: 8 },
    { width: 24 },
    { width: 24 },
    { width: 24 },
    { width: 24 },
    { width: 16 },
  ];
  addHeader(sheet, ['回执码', '来源', '职务', '赞成', '反对', '弃权', '另选他人']);
  for (const b of byReceipt(doc.ballots)) {
    for (const s of b.offices) {
      const office = doc.offices.find((o) => o.id === s.officeId);
      if (!office) continue;
      const n = sectionNames(office, s.marks);
      sheet.addRow([
        b.receipt,
        b.source === 'paper' ? '纸质' : '电子',
        office.name,
        n.yes,
        n.no,
        n.abstain,
        s.writeIns.join('、'),
      ]);
    }
  }
}

/** Boxes counted by hand are published as their totals, not ballot by ballot. */
function boxSheet(book: ExcelJS.Workbook, doc: PublishedElectionRound): void {
  const sheet = book.addWorksheet('票箱统计');
  sheet.columns = [
    { width: 24 },
    { width: 24 },
    { width: 10 },
    { width: 10 },
    { width: 16 },
    { width: 8 },
    { width: 8 },
    { width: 8 },
  ];
  addHeader(sheet, ['票箱', '职务', '选票数', '无效票', '人选', '赞成', '反对', '弃权']);
  for (const box of doc.boxTallies)
    for (const o of box.offices) {
      const office = doc.offices.find((x) => x.id === o.officeId)?.name ?? o.officeId;
      for (const t of o.totals)
        sheet.addRow([box.box, office, box.ballots, o.invalid, t.name, t.yes, t.no, t.abstain]);
    }
}

/** The result as a workbook: sheet 结果 with the count and outcome, sheet 选票 with every ballot by receipt code. */
export async function exportExcel(doc: PublishedResult): Promise<ExportFile> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Renda';
  book.created = new Date(doc.closedAt);
  resultSheet(book, doc);
  const ballots = book.addWorksheet('选票');
  if (doc.kind === 'vote') voteBallotSheet(ballots, doc);
  else {
    electionBallotSheet(ballots, doc);
    if (doc.boxTallies.length > 0) boxSheet(book, doc);
  }
  const body = Buffer.from(await book.xlsx.writeBuffer());
  return { fileName: fileName(doc, 'xlsx'), contentType: XLSX, body };
}
