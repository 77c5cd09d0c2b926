import { recount } from '@renda/shared';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publishedElectionRoundFixture, publishedVoteFixture } from './fixtures';
import { exportExcel, exportPopolo, exportWord, type PopoloExport } from './index';
import { chinaDate, chineseDate } from './wording';

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
}

/** Each row's values, from column A, as plain strings and numbers. */
function rows(book: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    out.push((row.values as unknown[]).slice(1));
  });
  return out;
}

const labelled = (table: unknown[][], label: string): unknown => table.find((r) => r[0] === label)?.[1];

/** The document's text with the XML taken out, and the XML itself. */
function wordDocument(body: Buffer): { text: string; xml: string } {
  const files = unzipSync(new Uint8Array(body));
  const part = files['word/document.xml'];
  if (!part) throw new Error('no word/document.xml');
  const xml = strFromU8(part);
  return { xml, text: xml.replace(/<[^>]+>/g, '') };
}

describe('dates in Chinese', () => {
  it('writes the year digit by digit and month and day as numbers', () => {
    expect(chineseDate({ year: 2026, month: 11, day: 23 })).toBe('二〇二六年十一月二十三日');
    expect(chineseDate({ year: 2030, month: 10, day: 10 })).toBe('二〇三〇年十月十日');
    expect(chineseDate({ year: 2027, month: 1, day: 1 })).toBe('二〇二七年一月一日');
    expect(chineseDate({ year: 2028, month: 12, day: 31 })).toBe('二〇二八年十二月三十一日');
    expect(chineseDate({ year: 2026, month: 2, day: 20 })).toBe('二〇二六年二月二十日');
    expect(chineseDate({ year: 2009, month: 3, day: 19 })).toBe('二〇〇九年三月十九日');
  });

  it('takes the date as it is in China, whatever offset the time was written with', () => {
    expect(chinaDate('2026-11-23T17:30:00Z')).toEqual({ year: 2026, month: 11, day: 24 });
    expect(chinaDate('2026-11-23T23:59:00+08:00')).toEqual({ year: 2026, month: 11, day: 23 });
  });
});

describe('Excel export', () => {
  it('a vote: the count, the rule with its law and article, the outcome, and each ballot by receipt', async () => {
    const doc = publishedVoteFixture();
    const file = await exportExcel(doc);
    expect(file.fileName).toBe('云川县第十八届人民代表大会第三次会议第5项表决结果.xlsx');
    expect(file.contentType).toContain('spreadsheetml');
    const book = await workbook(file.body);
    const result = rows(book, '结果');
    expect(result[0]?.[0]).toBe('云川县第十八届人民代表大会第三次会议');
    expect(labelled(result, '表决事项')).toBe(doc.vote.title);
    expect(labelled(result, '日期')).toBe('2026-11-23');
    expect(labelled(result, '方式')).toBe('无记名表决');
    expect(labelled(result, '通过规则')).toBe(
      '全体代表的过半数（《地方各级人民代表大会和地方各级人民政府组织法（2022）》第二十五条）',
    );
    expect(labelled(result, '应到代表（在任）')).toBe(180);
    expect(labelled(result, '实到代表')).toBe(168);
    expect([
      labelled(result, '赞成'),
      labelled(result, '反对'),
      labelled(result, '弃权'),
      labelled(result, '未按表决器'),
    ]).toEqual([150, 8, 6, 4]);
    expect(labelled(result, '通过所需赞成票')).toBe(91);
    expect(labelled(result, '表决结果')).toBe('通过');
    const ballots = rows(book, '选票');
    expect(ballots[0]).toEqual(['序号', '回执码', '表决意见']);
    expect(ballots).toHaveLength(165);
    const receipts = ballots.slice(1).map((r) => r[1] as string);
    expect(receipts).toEqual([...receipts].sort((a, b) => a.localeCompare(b)));
    expect(ballots.slice(1).filter((r) => r[2] === '反对')).toHaveLength(8);
  });

  it('a named vote lists the deputy beside each ballot', async () => {
    const doc = publishedVoteFixture({ mode: 'named' });
    const ballots = rows(await workbook((await exportExcel(doc)).body), '选票');
    expect(ballots[0]).toEqual(['序号', '回执码', '表决意见', '代表']);
    const first = doc.ballots.find((b) => b.receipt === ballots[1]?.[1]);
    expect(ballots[1]?.[3]).toBe(first?.deputy?.name);
  });

  it('an election round: a block per office with each person’s votes, 当选 marks and the seat left over', async () => {
    const doc = publishedElectionRoundFixture();
    const book = await workbook((await exportExcel(doc)).body);
    const result = rows(book, '结果');
    expect(labelled(result, '发出选票')).toBe(170);
    expect(labelled(result, '当选所需赞成票')).toBe(91);
    expect(result).toContainEqual(['云川县人民政府县长（应选1名）']);
    expect(result).toContainEqual(['张明远', 159, 7, 4, '', '当选']);
    expect(result).toContainEqual(['候选人', '赞成', '反对', '弃权', '另选他人', '结果']);
    expect(result).toContainEqual(['王建国', 137, 31, 1, '', '当选']);
    expect(result).toContainEqual(['李秀英', 85, 48, 36, '', '']);
    expect(result).toContainEqual(['刘洋', 5, 0, 0, '是', '']);
    expect(result).toContainEqual(['有效票', 169, '无效票', 1]);
    expect(labelled(result, '另行选举名额')).toBe(1);
    const ballots = rows(book, '选票');
    expect(ballots[0]).toEqual(['回执码', '来源', '职务', '赞成', '反对', '弃权', '另选他人']);
    expect(ballots).toHaveLength(1 + 160 * 2);
    expect(ballots.filter((r) => r[6] === '刘洋')).toHaveLength(5);
    expect(rows(book, '票箱统计')).toContainEqual([
      '第三代表团纸质票箱',
      '云川县人民政府副县长',
      10,
      0,
      '王建国',
      7,
      2,
      1,
    ]);
  });

  it('marks those tied for a re-vote, and says when a round is void', async () => {
    const tied = publishedElectionRoundFixture();
    tied.announced[1] = {
      ...(tied.announced[1] as (typeof tied.announced)[number]),
      elected: ['王建国'],
      tied: ['李秀英', '陈志强'],
      revoteSeats: 1,
      unfilledSeats: 0,
    };
    const result = rows(await workbook((await exportExcel(tied)).body), '结果');
    expect(result.find((r) => r[0] === '李秀英')?.[5]).toBe('票数相等，再次投票');
    expect(labelled(result, '再次投票名额')).toBe(1);
    const voided = rows(
      await workbook((await exportExcel(publishedElectionRoundFixture({ ballotsIssued: 160 }))).body),
      '结果',
    );
    expect(voided).toContainEqual(['本轮选举无效（收回的选票多于发出的选票），应重新选举']);
  });
});

describe('Word announcement (公告)', () => {
  it('a vote: title, number, result sentence, 现予公告, presidium and the date in Chinese on an A4 page', async () => {
    const file = await exportWord(publishedVoteFixture(), { announcementNumber: 3 });
    expect(file.fileName).toBe('云川县第十八届人民代表大会第三次会议第5项表决结果.docx');
    const { text, xml } = wordDocument(file.body);
    expect(text).toContain('云川县第十八届人民代表大会第三次会议公告');
    expect(text).toContain('第3号');
    expect(text).toContain(
      '云川县第十八届人民代表大会第三次会议于2026年11月23日表决通过了《云川县第十八届人民代表大会第三次会议关于批准云川县2026年县级预算调整方案的决议》。' +
        '表决结果：应到代表180名，实到168名；赞成150票，反对8票，弃权6票，未按表决器4名。',
    );
    expect(text).toContain('现予公告。');
    expect(text).toContain('云川县第十八届人民代表大会第三次会议主席团');
    expect(text).toContain('二〇二六年十一月二十三日');
    expect(xml).toContain('w:eastAsia="FangSong"');
    expect(xml).toContain('w:eastAsia="SimHei"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // official margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('a failed vote says so; without a number the line is left to fill in', async () => {
    const failed = publishedVoteFixture();
    failed.result = { ...failed.result, passed: false };
    const { text } = wordDocument((await exportWord(failed)).body);
    expect(text).toContain('第　　号');
    expect(text).toContain('进行了表决，未获通过。');
  });

  it('an election round: who is elected to which office, the tally, and the seat left to 另行选举', async () => {
    const { text } = wordDocument((await exportWord(publishedElectionRoundFixture())).body);
    expect(text).toContain('发出选票170张，收回选票170张。');
    expect(text).toContain('一、云川县人民政府县长（应选1名）');
    expect(text).toContain('张明远当选为云川县人民政府县长。');
    expect(text).toContain('二、云川县人民政府副县长（应选2名）');
    expect(text).toContain('有效选票169张，无效选票1张。王建国当选为云川县人民政府副县长。');
    expect(text).toContain('王建国赞成137票，反对31票，弃权1票；李秀英赞成85票');
    expect(text).toContain('另选他人：刘洋5票。');
    expect(text).toContain('不足的1名另行选举。');
    expect(text).toContain('二〇二六年十一月二十三日');
    const voided = wordDocument(
      (await exportWord(publishedElectionRoundFixture({ ballotsIssued: 160 }))).body,
    );
    expect(voided.text).toContain('本次选举无效，应重新进行选举。');
    expect(voided.text).not.toContain('当选为');
  });

  it('a preliminary round (预选) names the formal candidates and elects nobody', async () => {
    const doc = publishedElectionRoundFixture({
      round: { id: publishedElectionRoundFixture().round.id, number: 1, type: 'preliminary' },
    });
    const { text } = wordDocument((await exportWord(doc)).body);
    expect(text).toContain('张明远确定为云川县人民政府县长正式候选人。');
    expect(text).not.toContain('当选为');
    expect(text).not.toContain('另行选举');
    expect(popoloOf(exportPopolo(doc)).memberships).toEqual([]);
  });

  it('an election round with a tie calls for a re-vote among the tied', async () => {
    const tied = publishedElectionRoundFixture();
    tied.announced[1] = {
      ...(tied.announced[1] as (typeof tied.announced)[number]),
      tied: ['李秀英', '陈志强'],
      revoteSeats: 1,
      unfilledSeats: 0,
    };
    const { text } = wordDocument((await exportWord(tied)).body);
    expect(text).toContain('李秀英、陈志强得票相等，不能确定当选人，就票数相等的候选人再次投票，确定1名。');
  });
});

// A small checker for the Popolo objects this export writes, after the Popolo JSON Schemas: every
// property has the standard's type, a Count has its required option and integer value, dates match
// the standard's patterns. Popolo allows further properties, so objects are not closed.
const text = z.string().nullable().optional();
const popoloDate = z
  .string()
  .regex(/^[0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))$/);
const popolo = {
  organization: z.object({ id: text, name: text, classification: text }).loose(),
  post: z.object({ id: text, label: text, role: text, organization_id: text }).loose(),
  membership: z
    .object({
      person_id: text,
      person: z.object({ name: text }).loose(),
      organization_id: text,
      post_id: text,
      role: text,
      start_date: popoloDate,
    })
    .loose(),
  event: z.object({ id: text, name: text, classification: text, organization_id: text }).loose(),
  motion: z
    .object({
      id: text,
      organization_id: text,
      legislative_session_id: text,
      text,
      identifier: text,
      classification: text,
      date: z.iso.datetime({ offset: true }),
      requirement: text,
      result: text,
    })
    .loose(),
  voteEvent: z
    .object({
      id: text,
      motion_id: text,
      organization_id: text,
      legislative_session_id: text,
      classification: text,
      start_date: popoloDate,
      end_date: popoloDate,
      result: text,
      counts: z.array(z.object({ option: z.string(), value: z.number().int() }).loose()),
      votes: z
        .array(
          z
            .object({ voter_id: text, voter: z.object({}).loose().nullable().optional(), option: text })
            .loose(),
        )
        .optional(),
    })
    .loose(),
};
const popoloExport = z.object({
  organizations: z.array(popolo.organization),
  posts: z.array(popolo.post),
  memberships: z.array(popolo.membership),
  events: z.array(popolo.event),
  motions: z.array(popolo.motion),
  vote_events: z.array(popolo.voteEvent),
});

function popoloOf(file: { body: Buffer }): PopoloExport {
  return popoloExport.parse(JSON.parse(file.body.toString('utf8'))) as PopoloExport;
}

describe('Popolo export', () => {
  it('a secret vote: motion, vote event and counts, and no one’s vote', () => {
    const file = exportPopolo(publishedVoteFixture());
    expect(file.contentType).toBe('application/json; charset=utf-8');
    const out = popoloOf(file);
    expect(out.motions[0]).toMatchObject({
      text: expect.stringContaining('决定批准该方案'),
      classification: 'resolution',
      requirement: expect.stringContaining('全体代表的过半数'),
      result: 'pass',
    });
    const [event] = out.vote_events;
    expect(event).toMatchObject({
      motion_id: out.motions[0]?.id,
      start_date: '2026-11-23T10:12:00+08:00',
      end_date: '2026-11-23T10:15:00+08:00',
      result: 'pass',
      counts: [
        { option: 'yes', value: 150 },
        { option: 'no', value: 8 },
        { option: 'abstain', value: 6 },
        { option: 'not voting', value: 4 },
      ],
    });
    expect(event).not.toHaveProperty('votes');
    expect(file.body.toString('utf8')).not.toMatch(/voter|deputy/);
  });

  it('a named vote lists every deputy’s vote', () => {
    const doc = publishedVoteFixture({ mode: 'named' });
    const votes = popoloOf(exportPopolo(doc)).vote_events[0]?.votes as Array<Record<string, unknown>>;
    expect(votes).toHaveLength(164);
    const first = doc.ballots[0];
    expect(votes[0]).toEqual({
      voter_id: first?.deputy?.id,
      voter: { name: first?.deputy?.name },
      option: first?.choice,
    });
  });

  it('an election round: an organization and post per office, a membership per person elected, counts per office', () => {
    const doc = publishedElectionRoundFixture();
    const out = popoloOf(exportPopolo(doc));
    expect(out.posts.map((p) => p.label)).toEqual(['云川县人民政府县长', '云川县人民政府副县长']);
    expect(out.organizations.map((o) => o.name)).toContain('云川县人民政府副县长');
    expect(out.memberships).toEqual([
      expect.objectContaining({
        person: { name: '张明远' },
        post_id: out.posts[0]?.id,
        start_date: '2026-11-23',
      }),
      expect.objectContaining({
        person: { name: '王建国' },
        post_id: out.posts[1]?.id,
        person_id: doc.offices[1]?.candidates[0]?.id,
      }),
    ]);
    const vice = out.vote_events[1];
    expect(vice).toMatchObject({ classification: 'election', result: 'not all seats filled' });
    expect(vice?.counts).toContainEqual({
      option: 'yes',
      value: 137,
      candidate: '王建国',
      written_in: false,
    });
    expect(vice?.counts).toContainEqual({ option: 'invalid ballots', value: 1 });
    expect(out.vote_events.every((e) => !('votes' in e))).toBe(true);
  });

  it('a void round elects nobody', () => {
    const doc = publishedElectionRoundFixture({ ballotsIssued: 160 });
    expect(recount(doc).matches).toBe(true);
    const out = popoloOf(exportPopolo(doc));
    expect(out.memberships).toEqual([]);
    expect(out.vote_events.map((e) => e.result)).toEqual(['void', 'void']);
  });
});
