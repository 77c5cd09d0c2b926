import type { PublishedElectionRound, PublishedResult, PublishedVote } from '@renda/shared';
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import {
  arabicDate,
  chinaDate,
  chineseDate,
  type ExportFile,
  fileName,
  issuer,
  ROUND_TYPES,
  voterWord,
} from './wording';

type Office = PublishedElectionRound['offices'][number];
type Announced = PublishedElectionRound['announced'][number];

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// 党政机关公文格式 (GB/T 9704-2012): A4, body in 3号仿宋 (16 pt) at 22 lines a page, headings in 黑体,
// the title in 2号 (22 pt); sizes in half-points, distances in twentieths of a point.
const BODY_FONT = 'FangSong';
const HEADING_FONT = 'SimHei';
const BODY_SIZE = 32;
const TITLE_SIZE = 44;
const LINE = { line: 579, lineRule: LineRuleType.EXACT };
const TWO_CHARACTERS = 640;

/** Millimetres in twips, rounded (docx's own helper rounds down: 37 mm would lose a twip). */
const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, font: HEADING_FONT, size: TITLE_SIZE })],
  });
}

function centered(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...LINE, after: 579 },
    children: [new TextRun({ text, font: BODY_FONT, size: BODY_SIZE })],
  });
}

/** A body paragraph, its first line indented by two characters. */
function body(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    spacing: LINE,
    indent: { firstLine: TWO_CHARACTERS },
    children: [new TextRun({ text, font: BODY_FONT, size: BODY_SIZE })],
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({
    spacing: LINE,
    indent: { firstLine: TWO_CHARACTERS },
    children: [new TextRun({ text, font: HEADING_FONT, size: BODY_SIZE })],
  });
}

/** Issuer and date at the right, the date four characters in from the margin. */
function signature(doc: PublishedResult): Paragraph[] {
  const line = (text: string, right: number) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: LINE,
      indent: { right },
      children: [new TextRun({ text, font: BODY_FONT, size: BODY_SIZE })],
    });
  return [
    new Paragraph({ spacing: LINE, children: [] }),
    line(issuer(doc), TWO_CHARACTERS),
    line(chineseDate(chinaDate(doc.closedAt)), 2 * TWO_CHARACTERS),
  ];
}

const quoted = (t: string): string => (t.startsWith('《') ? t : `《${t}》`);

function voteBody(doc: PublishedVote): Paragraph[] {
  const date = arabicDate(chinaDate(doc.closedAt));
  const who = voterWord(doc);
  const { yes, no, abstain, notVoting } = doc.counts;
  const what = doc.result.passed
    ? `${doc.session.title}于${date}表决通过了${quoted(doc.vote.title)}。`
    : `${doc.session.title}于${date}对${quoted(doc.vote.title)}进行了表决，未获通过。`;
  return [
    body(
      `${what}表决结果：应到${who}${doc.eligible.inOffice}名，实到${doc.eligible.present}名；` +
        `赞成${yes}票，反对${no}票，弃权${abstain}票，未按表决器${notVoting}名。`,
    ),
  ];
}

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function tallyText(a: Announced): string {
  const listed = a.totals
    .filter((t) => t.onBallot)
    .map((t) => `${t.name}赞成${t.yes}票，反对${t.no}票，弃权${t.abstain}票`);
  const written = a.totals.filter((t) => !t.onBallot).map((t) => `${t.name}${t.yes}票`);
  return `得票情况：${listed.join('；')}${written.length ? `；另选他人：${written.join('，')}` : ''}。`;
}

/** Who is elected, the tally, and what is left: a re-vote among the tied or a supplementary election (地方组织法 第二十九条). */
function officeParagraphs(office: Office, a: Announced, n: number, preliminary: boolean): Paragraph[] {
  const out = [heading(`${CHINESE_ORDINALS[n] ?? n + 1}、${office.name}（应选${office.seats}名）`)];
  // 预选 elects nobody: it decides who stands as a formal candidate (地方组织法 第二十七条)
  const outcome = preliminary
    ? `${a.elected.join('、')}确定为${office.name}正式候选人。`
    : a.elected.length
      ? `${a.elected.join('、')}当选为${office.name}。`
      : '本轮无人当选。';
  out.push(
    body(`有效选票${a.validBallots}张，无效选票${a.invalidBallots}张。${outcome}`),
    body(tallyText(a)),
  );
  if (a.revoteSeats > 0)
    out.push(
      body(
        `${a.tied.join('、')}得票相等，不能确定当选人，就票数相等的候选人再次投票，确定${a.revoteSeats}名。`,
      ),
    );
  if (a.unfilledSeats > 0 && !preliminary)
    out.push(body(`获得过半数选票的当选人数少于应选名额，不足的${a.unfilledSeats}名另行选举。`));
  return out;
}

function electionBody(doc: PublishedElectionRound): Paragraph[] {
  const date = arabicDate(chinaDate(doc.closedAt));
  const who = voterWord(doc);
  const opening = body(
    `${doc.session.title}于${date}${doc.election.title}，进行第${doc.round.number}轮投票（${ROUND_TYPES[doc.round.type]}）。` +
      `应到${who}${doc.eligible.inOffice}名，实到${doc.eligible.present}名；` +
      `发出选票${doc.ballotsIssued}张，收回选票${doc.ballotsReturned}张。`,
  );
  const announced = doc.offices.flatMap((office) => {
    const a = doc.announced.find((x) => x.officeId === office.id);
    return a ? [{ office, a }] : [];
  });
  // 选举法 第四十四条: more ballots back than issued voids the round; it is held again, not 另行选举
  if (announced.some(({ a }) => a.void))
    return [opening, body('收回的选票多于发出的选票，本次选举无效，应重新进行选举。')];
  return [
    opening,
    ...announced.flatMap(({ office, a }, n) =>
      officeParagraphs(office, a, n, doc.round.type === 'preliminary'),
    ),
  ];
}

/**
 * The announcement (公告) of a vote or of an election round's result, laid out as an official document:
 * title, number, body, 现予公告, issuer and date in Chinese numerals. The number is given by the office
 * that issues it; without one the line is left blank to be filled in.
 */
export async function exportWord(
  doc: PublishedResult,
  options: { announcementNumber?: number } = {},
): Promise<ExportFile> {
  const number = options.announcementNumber === undefined ? '第　　号' : `第${options.announcementNumber}号`;
  const children = [
    title(`${doc.session.title}公告`),
    centered(number),
    ...(doc.kind === 'vote' ? voteBody(doc) : electionBody(doc)),
    body('现予公告。'),
    ...signature(doc),
  ];
  const document = new Document({
    creator: 'Renda',
    title: `${doc.session.title}公告`,
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: {
              top: mm(37),
              bottom: mm(35),
              left: mm(28),
              right: mm(26),
            },
          },
        },
        children,
      },
    ],
  });
  return { fileName: fileName(doc, 'docx'), contentType: DOCX, body: await Packer.toBuffer(document) };
}
