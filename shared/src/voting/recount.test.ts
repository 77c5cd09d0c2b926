import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalDefaults } from '../rules/national-defaults';
import { ballotDefect, type ElectionBallot, type Mark } from './ballot-validity';
import { countElection, type ElectionCount, type ElectionCountInput } from './election-count';
import {
  type Choice,
  type PublishedElectionRound,
  type PublishedVote,
  publishedElectionRoundSchema,
  publishedResultSchema,
  publishedVoteSchema,
} from './published';
import { countElectionWithTallies, type PrecomputedTally, recount, withRecountedResult } from './recount';

const county = nationalDefaults('county');
const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const header = {
  formatVersion: 1 as const,
  jurisdiction: { id: id(1), name: '云川县' },
  session: { id: id(2), title: '云川县第十八届人民代表大会第三次会议', body: 'congress' as const },
  agendaItem: { id: id(3), position: 5, title: '关于县人民政府工作报告的决议' },
  openedAt: '2026-11-23T10:00:00+08:00',
  closedAt: '2026-11-23T10:05:00+08:00',
  profileVersion: 1,
};

function voteDoc(choices: Choice[], inOffice = 180, present = 170): PublishedVote {
  return publishedVoteSchema.parse({
    kind: 'vote',
    ...header,
    vote: {
      id: id(10),
      title: '关于县人民政府工作报告的决议',
      text: '……',
      mode: 'secret',
      correctsVoteId: null,
    },
    eligible: { baseKind: 'deputies_in_office', inOffice, present },
    rule: county.session.resolutionPass,
    counts: { yes: 0, no: 0, abstain: 0, notVoting: 0 },
    result: { passed: false, base: 0, yesNeeded: 0 },
    ballots: choices.map((choice, i) => ({ receipt: `R${String(i).padStart(4, '0')}`, choice })),
  });
}

const repeat = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);

type BallotSection = PublishedElectionRound['ballots'][number]['offices'][number];
type Office = PublishedElectionRound['offices'][number];

const governor: Office = {
  id: id(20),
  name: '云川县人民政府县长',
  seats: 1,
  candidates: [{ id: id(21), name: '张明' }],
};
const deputies: Office = {
  id: id(30),
  name: '云川县人民政府副县长',
  seats: 2,
  candidates: [
    { id: id(31), name: '王建国' },
    { id: id(32), name: '李秀英' },
    { id: id(33), name: '陈志强' },
  ],
};

function electionDoc(
  offices: Office[],
  papers: BallotSection[][],
  over: Partial<PublishedElectionRound> = {},
): PublishedElectionRound {
  return publishedElectionRoundSchema.parse({
    kind: 'election_round',
    ...header,
    election: { id: id(40), title: '选举县人民政府县长、副县长' },
    round: { id: id(41), number: 1, type: 'formal' },
    eligible: { baseKind: 'deputies_in_office', inOffice: 11, present: 11 },
    rule: county.session.electionPass,
    writeInOnlyAfterNo: true,
    ballotsIssued: papers.length,
    ballotsReturned: papers.length,
    offices,
    announced: [],
    ballots: papers.map((sections, i) => ({
      receipt: `X${String(i).padStart(4, '0')}`,
      source: 'electronic',
      offices: sections,
    })),
    boxTallies: [],
    ...over,
  });
}

const section = (office: Office, marks: Record<string, Mark>, writeIns: string[] = []): BallotSection => ({
  officeId: office.id,
  marks: Object.fromEntries(
    Object.entries(marks).map(([name, m]) => [office.candidates.find((c) => c.name === name)?.id ?? name, m]),
  ),
  writeIns,
});

describe('recount a vote (表决)', () => {
  const choices = [
    ...repeat<Choice>(100, 'yes'),
    ...repeat<Choice>(50, 'no'),
    ...repeat<Choice>(15, 'abstain'),
  ];
  const announced = {
    counts: { yes: 100, no: 50, abstain: 15, notVoting: 5 },
    result: { passed: true, base: 180, yesNeeded: 91 },
  };

  it('matches when the ballots give the announced counts and outcome against all deputies in office', () => {
    const report = recount({ ...voteDoc(choices), ...announced });
    expect(report).toEqual({ kind: 'vote', matches: true, differences: [], recounted: announced });
  });

  it('names every announced number that ten ballots turned from yes to no no longer support', () => {
    const tampered = voteDoc(choices.map((c, i) => (i < 10 ? 'no' : c)));
    const report = recount({ ...tampered, ...announced });
    expect(report.matches).toBe(false);
    expect(report.differences).toEqual([
      { path: 'counts.yes', announced: 100, recounted: 90 },
      { path: 'counts.no', announced: 50, recounted: 60 },
      { path: 'result.passed', announced: true, recounted: false },
    ]);
  });

  it('refuses a receipt listed twice and more ballots than deputies present', () => {
    const doc = voteDoc(['yes', 'yes', 'no'], 180, 2);
    doc.ballots[2] = { receipt: 'R0000', choice: 'no' };
    const paths = recount(withRecountedResult(doc)).differences.map((d) => d.path);
    expect(paths).toEqual(['ballots[2].receipt', 'eligible.present']);
  });

  it('a named vote names each deputy once; a secret vote names nobody', () => {
    const secret = voteDoc(['yes', 'no']);
    secret.ballots[0] = { receipt: 'R0000', choice: 'yes', deputy: { id: id(90), name: '赵一' } };
    expect(recount(withRecountedResult(secret)).differences.map((d) => d.path)).toEqual([
      'ballots[0].deputy',
    ]);
    const named = voteDoc(['yes', 'no', 'no']);
    named.vote.mode = 'named';
    named.ballots = named.ballots.map((b, i) => ({
      ...b,
      deputy: { id: id(i === 2 ? 90 : 90 + i), name: '赵一' },
    }));
    expect(recount(withRecountedResult(named)).differences).toEqual([
      { path: 'ballots[2].deputy.id', announced: id(90), recounted: 'one ballot per deputy' },
    ]);
  });
});

describe('recount an election round (选举)', () => {
  it('a write-in after a no counts; a write-in without a no spoils the ballot (另选他人)', () => {
    const papers = [
      ...repeat(4, [section(governor, { 张明: 'yes' })]),
      ...repeat(6, [section(governor, { 张明: 'no' }, ['李华'])]),
      [section(governor, {}, ['王芳'])],
    ];
    const doc = electionDoc([governor], papers, {
      announced: [
        {
          officeId: governor.id,
          void: false,
          validBallots: 10,
          invalidBallots: 1,
          totals: [
            { name: '李华', onBallot: false, yes: 6, no: 0, abstain: 0, qualified: true },
            { name: '张明', onBallot: true, yes: 4, no: 6, abstain: 0, qualified: false },
          ],
          elected: ['李华'],
          tied: [],
          revoteSeats: 0,
          unfilledSeats: 0,
        },
      ],
    });
    const report = recount(doc);
    expect(report.differences).toEqual([]);
    expect(report.matches).toBe(true);
  });

  it('a round with more ballots returned than issued is void (选举法 第四十四条)', () => {
    const papers = repeat(11, [section(governor, { 张明: 'yes' })]);
    const doc = withRecountedResult(electionDoc([governor], papers, { ballotsIssued: 10 }));
    expect(doc.announced).toEqual([expect.objectContaining({ void: true, validBallots: 0, elected: [] })]);
    expect(recount(doc)).toMatchObject({ matches: true, differences: [] });
    const claimed = recount({ ...withRecountedResult({ ...doc, ballotsIssued: 11 }), ballotsIssued: 10 });
    expect(claimed.differences).toEqual([
      { path: 'announced[云川县人民政府县长].void', announced: false, recounted: true },
    ]);
  });

  it('adds a box counted by tally to the listed ballots, and checks that the box adds up', () => {
    const papers = [
      ...repeat(3, [section(deputies, { 王建国: 'yes', 李秀英: 'yes', 陈志强: 'no' })]),
      ...repeat(2, [section(deputies, { 王建国: 'yes', 陈志强: 'yes' })]),
    ];
    const box = {
      box: '第二代表团票箱',
      ballots: 6,
      offices: [
        {
          officeId: deputies.id,
          invalid: 1,
          totals: [
            { candidateId: id(31), name: '王建国', yes: 4, no: 1, abstain: 0 },
            { candidateId: id(32), name: '李秀英', yes: 1, no: 3, abstain: 1 },
            { candidateId: id(33), name: '陈志强', yes: 1, no: 4, abstain: 0 },
            { candidateId: null, name: '刘洋', yes: 3, no: 0, abstain: 0 },
          ],
        },
      ],
    };
    const doc = withRecountedResult(
      electionDoc([deputies], papers, { ballotsReturned: 11, ballotsIssued: 11, boxTallies: [box] }),
    );
    const report = recount(doc);
    expect(report.matches).toBe(true);
    expect(report.recounted.ballotsListed).toBe(11);
    const [office] = report.recounted.announced;
    expect(office).toMatchObject({
      validBallots: 10,
      invalidBallots: 1,
      elected: ['王建国'],
      unfilledSeats: 1,
    });
    expect(office?.totals.map((t) => [t.name, t.yes, t.no, t.abstain])).toEqual([
      ['王建国', 9, 1, 0],
      ['李秀英', 4, 3, 3],
      ['陈志强', 3, 7, 0],
      ['刘洋', 3, 0, 0],
    ]);
    const short = structuredClone(doc);
    short.boxTallies[0]?.offices[0]?.totals.pop();
    short.boxTallies[0]?.offices[0]?.totals.splice(1, 1);
    short.ballotsReturned = 10;
    expect(recount(short).differences.map((d) => d.path)).toEqual([
      'ballotsReturned',
      'boxTallies[0].offices[0].totals[李秀英]',
      'announced[云川县人民政府副县长].totals[李秀英].yes',
      'announced[云川县人民政府副县长].totals[李秀英].no',
      'announced[云川县人民政府副县长].totals[李秀英].abstain',
      'announced[云川县人民政府副县长].totals[刘洋]',
    ]);
  });

  it('names a different winner, a missing section and an unknown office', () => {
    const papers = [
      ...repeat(7, [section(governor, { 张明: 'yes' })]),
      [section(governor, { 张明: 'no' }, ['李华']), { ...section(deputies, {}), officeId: id(99) }],
      [],
    ];
    const doc = withRecountedResult(electionDoc([governor], papers));
    const forged = structuredClone(doc);
    const announced = forged.announced[0];
    if (announced) announced.elected = ['李华'];
    expect(recount(forged).differences).toEqual([
      { path: 'ballots[7].offices[1].officeId', announced: id(99), recounted: 'an office of this round' },
      { path: 'ballots[8].offices', announced: null, recounted: 'a section for 云川县人民政府县长' },
      { path: 'announced[云川县人民政府县长].elected', announced: ['李华'], recounted: ['张明'] },
    ]);
  });
});

// ------------------------------------------------------------------------------------- properties

const seatsArb = fc.integer({ min: 1, max: 3 });
/** Small bases, so that candidates often reach, miss and tie at the threshold. */
const baseArb = fc.integer({ min: 1, max: 30 });
const choiceArb = fc.constantFrom<Choice>('yes', 'no', 'abstain');
const markArb = fc.constantFrom<Mark | undefined>('yes', 'no', 'abstain', undefined);

/** A paper for the deputies' office: a mark (or none) per candidate, and up to two write-ins. */
const paperArb = fc
  .tuple(fc.array(markArb, { minLength: 3, maxLength: 3 }), fc.subarray(['刘洋', '周敏', '王建国']))
  .map(([marks, writeIns]): BallotSection => {
    const named = Object.fromEntries(
      deputies.candidates.flatMap((c, i) => (marks[i] ? [[c.name, marks[i] as Mark]] : [])),
    );
    return section(deputies, named, writeIns);
  });

/** The same count made by hand for a box: invalid papers, and every person's marks added up. */
function tallyBox(papers: ElectionBallot[], candidates: string[], seats: number): PrecomputedTally {
  const valid = papers.filter((p) => !ballotDefect(p, seats, true));
  const totals = new Map<string, { person: string; yes: number; no: number; abstain: number }>();
  const row = (person: string) =>
    totals.get(person) ?? totals.set(person, { person, yes: 0, no: 0, abstain: 0 }).get(person);
  for (const p of valid) {
    for (const c of candidates) {
      const r = row(c);
      if (r) r[p.marks[c] ?? 'abstain']++;
    }
    for (const w of p.writeIns) {
      const r = row(w);
      if (r) r.yes++;
    }
  }
  return { ballots: papers.length, invalid: papers.length - valid.length, totals: [...totals.values()] };
}

/** Order among equal totals carries no meaning: compare counts by person, and sets of names. */
function normalized(count: ElectionCount): unknown {
  if (count.void) return count;
  const byPerson = (a: { person: string }, b: { person: string }) => a.person.localeCompare(b.person);
  return {
    ...count,
    totals: [...count.totals].sort(byPerson),
    elected: [...count.elected].sort(),
    tied: [...count.tied].sort(),
  };
}

describe('recount properties', () => {
  it('a vote published from its own recount always matches; one yes turned into a no always shows', () => {
    fc.assert(
      fc.property(fc.array(choiceArb, { maxLength: 80 }), fc.nat(20), fc.nat(20), (choices, absent, out) => {
        const present = choices.length + absent;
        const doc = withRecountedResult(voteDoc(choices, present + out, present));
        expect(publishedResultSchema.safeParse(doc).success).toBe(true);
        expect(recount(doc)).toMatchObject({ matches: true, differences: [] });
        const i = choices.indexOf('yes');
        if (i < 0) return;
        const flipped = structuredClone(doc);
        flipped.ballots[i] = { receipt: doc.ballots[i]?.receipt ?? '', choice: 'no' };
        const { differences } = recount(flipped);
        expect(differences).toContainEqual({
          path: 'counts.yes',
          announced: doc.counts.yes,
          recounted: doc.counts.yes - 1,
        });
        expect(differences).toContainEqual({
          path: 'counts.no',
          announced: doc.counts.no,
          recounted: doc.counts.no + 1,
        });
      }),
    );
  });

  it('an election round published from its own recount always matches', () => {
    fc.assert(
      fc.property(seatsArb, baseArb, fc.array(paperArb, { maxLength: 30 }), (seats, base, papers) => {
        const office = { ...deputies, seats };
        const doc = withRecountedResult(
          electionDoc(
            [office],
            papers.map((p) => [p]),
            { eligible: { baseKind: 'deputies_in_office', inOffice: base, present: base } },
          ),
        );
        expect(recount(doc)).toMatchObject({ matches: true, differences: [] });
      }),
    );
  });

  it('counting some papers by box tally decides exactly as counting every paper', () => {
    fc.assert(
      fc.property(
        fc.array(paperArb, { maxLength: 30 }),
        fc.nat(30),
        seatsArb,
        baseArb,
        (papers, k, seats, base) => {
          const ballots: ElectionBallot[] = papers.map((p) => ({
            marks: p.marks,
            writeIns: p.writeIns.map((w) => (w === '王建国' ? id(31) : w)),
          }));
          const candidates = deputies.candidates.map((c) => c.id);
          const input: ElectionCountInput = {
            seats,
            candidates,
            base,
            rule: county.session.electionPass,
            ballotsIssued: 30,
            ballots,
            writeInOnlyAfterNo: true,
          };
          const whole = countElection(input);
          expect(normalized(countElectionWithTallies(input, []))).toEqual(normalized(whole));
          const cut = Math.min(k, ballots.length);
          const box = tallyBox(ballots.slice(cut), candidates, seats);
          const split = countElectionWithTallies({ ...input, ballots: ballots.slice(0, cut) }, [box]);
          expect(normalized(split)).toEqual(normalized(whole));
        },
      ),
    );
  });
});
