import {
  type Choice,
  type Mark,
  nationalDefaults,
  type PublishedElectionRound,
  type PublishedVote,
  publishedElectionRoundSchema,
  publishedVoteSchema,
  withRecountedResult,
} from '@renda/shared';

/**
 * Test data: a vote and an election round at a county congress (云川县, made up), published as the
 * platform publishes them. The announced results are the recount of the ballots, so every fixture
 * recounts cleanly until a test changes it.
 */

/** A fixed, valid version-4 UUID per number, so that fixtures are the same on every run. */
export function fixtureId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

const county = nationalDefaults('county');

/** Receipt codes as a deputy sees them: distinct for every i (an odd multiplier is a bijection mod 2³²). */
function receipt(i: number, prefix: string): string {
  const code = (Math.imul(i + 1, 2654435761) >>> 0).toString(36).toUpperCase().padStart(7, '0');
  return `${prefix}${code.slice(0, 3)}-${code.slice(3)}`;
}

/** Secret ballots are published in random order; here a fixed shuffle, so that tests can rely on it. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let seed = 20261123;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'];
const GIVEN = ['建华', '秀英', '志强', '丽娟', '国庆', '海燕', '文斌', '春梅', '明亮'];

/** Deputy number i (0-based, up to 179): a name no other deputy of the fixture has. */
export function fixtureDeputy(i: number): { id: string; name: string } {
  return {
    id: fixtureId(1000 + i),
    name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length)]}`,
  };
}

const header = {
  formatVersion: 1 as const,
  jurisdiction: { id: fixtureId(1), name: '云川县' },
  session: { id: fixtureId(2), title: '云川县第十八届人民代表大会第三次会议', body: 'congress' as const },
  profileVersion: 3,
};

const repeat = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);

/**
 * 180 deputies in office, 168 present: 150 yes, 8 no, 6 abstain, 4 present but not voting. A secret
 * vote by default; `mode: 'named'` lists each deputy with their ballot.
 */
export function publishedVoteFixture(
  over: { mode?: 'secret' | 'named' } & Partial<PublishedVote> = {},
): PublishedVote {
  const { mode = 'secret', ...rest } = over;
  const choices = [
    ...repeat<Choice>(150, 'yes'),
    ...repeat<Choice>(8, 'no'),
    ...repeat<Choice>(6, 'abstain'),
  ];
  const ballots = choices.map((choice, i) => ({
    receipt: receipt(i, 'V'),
    choice,
    ...(mode === 'named' ? { deputy: fixtureDeputy(i) } : {}),
  }));
  const doc = publishedVoteSchema.parse({
    kind: 'vote',
    ...header,
    agendaItem: { id: fixtureId(3), position: 5, title: '审议云川县2026年县级预算调整方案' },
    openedAt: '2026-11-23T10:12:00+08:00',
    closedAt: '2026-11-23T10:15:00+08:00',
    vote: {
      id: fixtureId(10),
      title: '云川县第十八届人民代表大会第三次会议关于批准云川县2026年县级预算调整方案的决议',
      text: '云川县第十八届人民代表大会第三次会议审查了县人民政府提出的云川县2026年县级预算调整方案，决定批准该方案。',
      mode,
      correctsVoteId: null,
    },
    eligible: { baseKind: 'deputies_in_office', inOffice: 180, present: 168 },
    rule: county.session.resolutionPass,
    counts: { yes: 0, no: 0, abstain: 0, notVoting: 0 },
    result: { passed: false, base: 0, yesNeeded: 0 },
    ballots: mode === 'named' ? ballots : shuffled(ballots),
  });
  return withRecountedResult({ ...doc, ...rest });
}

const ZHANG = fixtureId(21);
export const GOVERNOR = {
  id: fixtureId(20),
  name: '云川县人民政府县长',
  seats: 1,
  candidates: [{ id: ZHANG, name: '张明远' }],
};
export const VICE_GOVERNORS = {
  id: fixtureId(30),
  name: '云川县人民政府副县长',
  seats: 2,
  candidates: [
    { id: fixtureId(31), name: '王建国' },
    { id: fixtureId(32), name: '李秀英' },
    { id: fixtureId(33), name: '陈志强' },
  ],
};
const [WANG, LI, CHEN] = VICE_GOVERNORS.candidates.map((c) => c.id) as [string, string, string];

/** The vice-governors' section of the electronic ballots: patterns and how many ballots show each. */
const VICE_PATTERNS: Array<[number, Record<string, Mark>, string[]]> = [
  [80, { [WANG]: 'yes', [LI]: 'yes', [CHEN]: 'no' }, []],
  [40, { [WANG]: 'yes', [LI]: 'no', [CHEN]: 'yes' }, []],
  [10, { [WANG]: 'yes' }, []],
  // 另选他人 after a no (代表法 第十七条)
  [5, { [WANG]: 'no', [LI]: 'no' }, ['刘洋']],
  // three people for two seats: void (选举法 第四十四条)
  [1, { [WANG]: 'yes', [LI]: 'yes', [CHEN]: 'yes' }, []],
  [24, { [WANG]: 'no', [CHEN]: 'yes' }, []],
];

function electronicBallots(): PublishedElectionRound['ballots'] {
  const vice = VICE_PATTERNS.flatMap(([n, marks, writeIns]) => repeat(n, { marks, writeIns }));
  return vice.map((section, i) => {
    const governor: Mark | undefined = i < 150 ? 'yes' : i < 156 ? 'no' : undefined;
    return {
      receipt: receipt(i, 'E'),
      source: 'electronic' as const,
      offices: [
        { officeId: GOVERNOR.id, marks: governor ? { [ZHANG]: governor } : {}, writeIns: [] },
        { officeId: VICE_GOVERNORS.id, ...section },
      ],
    };
  });
}

/** Ten paper ballots counted by hand at one box and entered as totals. */
const PAPER_BOX: PublishedElectionRound['boxTallies'][number] = {
  box: '第三代表团纸质票箱',
  ballots: 10,
  offices: [
    {
      officeId: GOVERNOR.id,
      invalid: 0,
      totals: [{ candidateId: ZHANG, name: '张明远', yes: 9, no: 1, abstain: 0 }],
    },
    {
      officeId: VICE_GOVERNORS.id,
      invalid: 0,
      totals: [
        { candidateId: WANG, name: '王建国', yes: 7, no: 2, abstain: 1 },
        { candidateId: LI, name: '李秀英', yes: 5, no: 3, abstain: 2 },
        { candidateId: CHEN, name: '陈志强', yes: 2, no: 6, abstain: 2 },
      ],
    },
  ],
};

/**
 * First round of electing the county governor (one candidate) and two vice-governors (three
 * candidates): 170 ballots issued and returned, 160 electronic and a box of 10 paper ballots. 张明远
 * and 王建国 are elected; 李秀英 stays short of 91 votes, so one vice-governor's seat goes to a
 * supplementary election (另行选举). One write-in, one void ballot.
 */
export function publishedElectionRoundFixture(
  over: Partial<PublishedElectionRound> = {},
): PublishedElectionRound {
  const doc = publishedElectionRoundSchema.parse({
    kind: 'election_round',
    ...header,
    agendaItem: { id: fixtureId(4), position: 7, title: '选举云川县人民政府县长、副县长' },
    openedAt: '2026-11-23T15:30:00+08:00',
    closedAt: '2026-11-23T16:05:00+08:00',
    election: { id: fixtureId(40), title: '选举云川县人民政府县长、副县长' },
    round: { id: fixtureId(41), number: 1, type: 'formal' },
    eligible: { baseKind: 'deputies_in_office', inOffice: 180, present: 170 },
    rule: county.session.electionPass,
    writeInOnlyAfterNo: true,
    ballotsIssued: 170,
    ballotsReturned: 170,
    offices: [GOVERNOR, VICE_GOVERNORS],
    announced: [],
    ballots: shuffled(electronicBallots()),
    boxTallies: [PAPER_BOX],
  });
  return withRecountedResult({ ...doc, ...over });
}
