import type { JurisdictionLevel, RuleProfile, RuleSource } from './profile-schema';

// Sources. Article numbers follow the versions in force: 地方组织法 2022, 代表法 2025, 选举法 2020,
// 监督法 2024. Local rules default to Shanghai's regulation where the statute is silent.
const ORG = '地方各级人民代表大会和地方各级人民政府组织法（2022）';
const DEP = '全国人民代表大会和地方各级人民代表大会代表法（2025）';
const ELE = '全国人民代表大会和地方各级人民代表大会选举法（2020）';
const SUP = '各级人民代表大会常务委员会监督法（2024）';
const NPC_RULES = '全国人民代表大会议事规则（2021）';
const SH = '上海市人民代表大会关于代表建议、批评和意见的规定（2015）';

const law = (l: string, article: string): RuleSource => ({ kind: 'law', law: l, article });
const local = (l: string, article: string, note?: string): RuleSource =>
  note ? { kind: 'local', law: l, article, note } : { kind: 'local', law: l, article };
const practice = (note: string): RuleSource => ({ kind: 'practice', law: '实践惯例', note });

const byLevel = <T>(level: JurisdictionLevel, v: Record<JurisdictionLevel, T>): T => v[level];

const LEVEL_NAMES: Record<JurisdictionLevel, string> = {
  province: '省级',
  city: '设区的市级',
  county: '县级',
  township: '乡镇级',
};

/** The national floor for a jurisdiction of the given level. Every number cites its article. */
export function nationalDefaults(level: JurisdictionLevel): RuleProfile {
  const township = level === 'township';
  return {
    schemaVersion: 1,
    level,
    name: `全国法定默认（${LEVEL_NAMES[level]}）`,
    session: {
      quorum: { num: 2, den: 3, of: 'deputies_in_office', strict: false, source: law(ORG, '第十四条第四款') },
      extraordinaryRequest: {
        num: 1,
        den: 5,
        of: 'deputies_in_office',
        strict: false,
        source: law(ORG, '第十四条第三款'),
      },
      firstSessionWithin: { amount: 2, unit: 'months', source: law(ORG, '第二十条') },
      resolutionPass: {
        num: 1,
        den: 2,
        of: 'deputies_in_office',
        strict: true,
        source: law(ORG, '第二十五条'),
      },
      electionPass: {
        num: 1,
        den: 2,
        of: 'deputies_in_office',
        strict: true,
        source: law(ORG, '第二十五条'),
      },
      presidiumDecision: {
        num: 1,
        den: 2,
        of: 'presidium_members',
        strict: true,
        source: law(NPC_RULES, '第九条'),
      },
      mayChangeVoteBeforeClose: {
        enabled: false,
        source: practice('按键表决以第一次按键为准；可由本级议事规则改变'),
      },
      unapprovedAbsencesEndingMandate: { min: 2, source: law(DEP, '第六十二条第三项') },
    },
    standingCommittee: {
      meetingInterval: { amount: 2, unit: 'months', source: law(ORG, '第五十一条') },
      quorum: { num: 1, den: 2, of: 'members_in_office', strict: true, source: law(ORG, '第五十一条') },
      decisionPass: { num: 1, den: 2, of: 'members_in_office', strict: true, source: law(ORG, '第五十一条') },
      billCosigners: {
        min: byLevel(level, { province: 5, city: 5, county: 3, township: 3 }),
        source: law(ORG, '第五十二条'),
      },
      inquiryCosigners: {
        min: byLevel(level, { province: 5, city: 5, county: 3, township: 3 }),
        source: law(ORG, '第五十三条'),
      },
      inquirySecondAnswer: { num: 1, den: 2, of: 'signers', strict: true, source: law(SUP, '第五十三条') },
      removalProposal: {
        num: 1,
        den: 5,
        of: 'members_in_office',
        strict: false,
        source: law(SUP, '第六十一条'),
      },
      removalPass: { num: 1, den: 2, of: 'members_in_office', strict: true, source: law(SUP, '第六十二条') },
      size: {
        ...byLevel(level, {
          province: { min: 45, max: 95 },
          city: { min: 29, max: 61 },
          county: { min: 15, max: 45 },
          township: { min: 0, max: 0 },
        }),
        source: law(ORG, '第四十七条'),
      },
    },
    bills: {
      deputyCosigners: { min: township ? 5 : 10, source: law(ORG, '第二十二条第二款') },
      delegationMayPropose: {
        enabled: false,
        source: practice('地方组织法未列代表团为提案主体，由省级议事规则决定'),
      },
      committeeReviewAfterSession: {
        amount: 6,
        unit: 'months',
        source: practice('专门委员会闭会后半年内审议未列入议程的议案'),
      },
    },
    inquiries: {
      cosigners: { min: 10, source: law(ORG, '第二十四条') },
      secondAnswer: { num: 1, den: 2, of: 'signers', strict: false, source: law(DEP, '第二十条第五款') },
    },
    elections: {
      nominationCosigners: {
        min: byLevel(level, { province: 30, city: 20, county: 10, township: 10 }),
        source: law(ORG, '第二十六条'),
      },
      nominationPeriodDays: { min: 2, source: law(ORG, '第二十七条') },
      headMargin: {
        minExtra: 0,
        maxExtra: 1,
        unopposedIfSingleNominee: true,
        source: law(ORG, '第二十七条'),
      },
      deputyHeadMargin: {
        minExtra: 1,
        maxExtra: 3,
        unopposedIfSingleNominee: false,
        source: law(ORG, '第二十七条'),
      },
      committeeMemberMargin: {
        minFraction: { num: 1, den: 10 },
        maxFraction: { num: 1, den: 5 },
        unopposedIfSingleNominee: false,
        source: law(ORG, '第二十七条'),
      },
      writeInOnlyAfterNo: { enabled: true, source: practice('选举办法：对候选人投反对票的，可以另选他人') },
      voidRoundIfBallotsExceedIssued: { enabled: true, source: law(ELE, '第四十四条') },
      voidBallotIfChoicesExceedSeats: { enabled: true, source: law(ELE, '第四十四条') },
      tieRevoteAmongTied: { enabled: true, source: law(ORG, '第二十九条') },
      recallByDeputies: {
        num: 1,
        den: township ? 5 : 10,
        of: 'deputies_in_office',
        strict: false,
        source: law(ORG, '第三十一条'),
      },
      investigationCommitteeByDeputies: {
        num: 1,
        den: 10,
        of: 'deputies_in_office',
        strict: false,
        source: law(ORG, '第三十六条'),
      },
    },
    suggestions: {
      replyWithin: { amount: 3, unit: 'months', source: law(DEP, '第五十一条第二款') },
      hardCaseReplyWithin: { amount: 6, unit: 'months', source: law(DEP, '第五十一条第二款') },
      clockStartsAt: { value: 'assignment', source: law(DEP, '第五十一条第二款') },
      assignWithin: { amount: 7, unit: 'working_days', source: local(SH, '第十一条') },
      returnMisassignedWithin: { amount: 7, unit: 'working_days', source: local(SH, '第十四条') },
      coUnitOpinionWithin: { amount: 1, unit: 'months', source: local(SH, '第十七条') },
      rehandleWithin: { amount: 1, unit: 'months', source: local(SH, '第二十一条') },
      maxExtension: {
        amount: 3,
        unit: 'months',
        source: local(SH, '第十九条', '延期须经交办机关同意，总期限不超过六个月'),
      },
      remindDaysBefore: { days: [15, 5, 1], source: practice('到期前提醒') },
    },
    supervision: {
      reportToCommitteeDaysBefore: { min: 20, source: law(SUP, '第十五条第一款') },
      reportToStandingCommitteeDaysBefore: { min: 10, source: law(SUP, '第十五条第一款') },
      reportToMembersDaysBefore: { min: 7, source: law(SUP, '第十五条第二款') },
      reviewOpinionFollowUpWithin: {
        amount: 2,
        unit: 'months',
        source: local('各省监督法实施办法', '—', '法律未定月数；陕西、河北两个月，江苏、湖北六个月'),
      },
      auditRectificationWithin: { amount: 6, unit: 'months', source: law(SUP, '第二十七条') },
      satisfactionSatisfied: {
        num: 1,
        den: 2,
        of: 'members_in_office',
        strict: true,
        source: practice('满意票过全体组成人员半数为满意'),
      },
      satisfactionBasic: {
        num: 1,
        den: 2,
        of: 'members_in_office',
        strict: true,
        source: practice('满意加基本满意过半数为基本满意'),
      },
      progressCycle: { value: 'monthly', dayOfMonth: 28, source: practice('每月28日前报送进展') },
    },
    liaison: {
      receptionNoticeDays: { min: 3, source: practice('接待日提前三天公告') },
      opinionReplyWithin: { amount: 5, unit: 'working_days', source: practice('一般事项5个工作日内办结') },
      complexOpinionReplyWithin: {
        amount: 10,
        unit: 'working_days',
        source: practice('复杂事项10个工作日内办结'),
      },
      deputyGroupMin: { min: 3, source: law(ORG, '第四十三条') },
    },
  };
}
