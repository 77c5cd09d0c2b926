import { describeThreshold, type PublishedResult, type Threshold } from '@renda/shared';

/** One generated file, ready to send or save. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date in China of an ISO time: China keeps one time zone, UTC+8, without daylight saving. */
export function chinaDate(iso: string): CalendarDate {
  const d = new Date(Date.parse(iso) + CHINA_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 2026-11-23 */
export function isoDate(d: CalendarDate): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** 2026年11月23日, as dates are written in running text. */
export function arabicDate(d: CalendarDate): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–31 in words: 十, 十一, 二十, 二十三, 三十一 (no leading 一 before 十). */
function smallNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/**
 * 二〇二六年十一月二十三日: the date under an announcement, the year read digit by digit (with 〇 for
 * zero), month and day as numbers.
 */
export function chineseDate(d: CalendarDate): string {
  const year = [...String(d.year)].map((c) => DIGITS[Number(c)]).join('');
  return `${year}年${smallNumber(d.month)}月${smallNumber(d.day)}日`;
}

/** Whose number a threshold divides, as the law says it: 全体代表 are all deputies in office (地方组织法 第二十五条). */
export function baseWords(of: Threshold['of']): string {
  const words: Partial<Record<Threshold['of'], string>> = {
    deputies_in_office: '全体代表',
    members_in_office: '常务委员会全体组成人员',
    deputies_present: '出席代表',
    members_present: '出席组成人员',
  };
  return words[of] ?? '基数';
}

/** 全体代表的过半数（《……组织法》第二十五条）: the rule in words with where it comes from. */
export function ruleInWords(rule: PublishedResult['rule']): string {
  const source = `《${rule.source.law}》${rule.source.article ?? ''}`;
  return `${baseWords(rule.of)}的${describeThreshold(rule)}（${source}）`;
}

/** Who counts as present: deputies at a congress, members at a standing committee meeting. */
export function voterWord(doc: PublishedResult): string {
  return doc.eligible.baseKind === 'members_in_office' ? '组成人员' : '代表';
}

/** Who signs the announcement: the session's presidium, or the standing committee between sessions. */
export function issuer(doc: PublishedResult): string {
  return doc.session.body === 'congress'
    ? `${doc.session.title}主席团`
    : `${doc.jurisdiction.name}人民代表大会常务委员会`;
}

export const ROUND_TYPES = {
  preliminary: '预选',
  formal: '正式选举',
  revote: '就票数相等的候选人再次投票',
  supplementary: '另行选举',
} as const;

export const CHOICE_WORDS = { yes: '赞成', no: '反对', abstain: '弃权' } as const;

/** A file name without characters that Windows or a download header would refuse. */
export function fileName(doc: PublishedResult, ext: string): string {
  const what = doc.kind === 'vote' ? '表决结果' : `${doc.election.title}第${doc.round.number}轮选举结果`;
  const stem = `${doc.session.title}第${doc.agendaItem.position}项${what}`;
  return `${stem.replace(/[\\/:*?"<>|\s]+/g, '')}.${ext}`;
}
