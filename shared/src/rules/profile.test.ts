import { describe, expect, it } from 'vitest';
import { nationalDefaults } from './national-defaults';
import { checkAgainstFloor } from './profile-floor';
import { JURISDICTION_LEVELS, ruleProfileSchema } from './profile-schema';

describe('national defaults', () => {
  it.each(JURISDICTION_LEVELS)('%s defaults validate and sit exactly on the floor', (level) => {
    const p = nationalDefaults(level);
    expect(ruleProfileSchema.parse(p)).toEqual(p);
    expect(checkAgainstFloor(p, p)).toEqual([]);
  });
  it('encodes the statutory numbers of congress-rules section 8', () => {
    const county = nationalDefaults('county');
    expect(county.session.quorum).toMatchObject({ num: 2, den: 3, of: 'deputies_in_office', strict: false });
    expect(county.session.resolutionPass).toMatchObject({
      num: 1,
      den: 2,
      of: 'deputies_in_office',
      strict: true,
    });
    expect(county.standingCommittee.decisionPass).toMatchObject({
      num: 1,
      den: 2,
      of: 'members_in_office',
      strict: true,
    });
    expect(county.bills.deputyCosigners.min).toBe(10);
    expect(nationalDefaults('township').bills.deputyCosigners.min).toBe(5);
    expect(nationalDefaults('province').elections.nominationCosigners.min).toBe(30);
    expect(nationalDefaults('city').elections.nominationCosigners.min).toBe(20);
    expect(county.elections.nominationCosigners.min).toBe(10);
    expect(county.suggestions.replyWithin).toMatchObject({ amount: 3, unit: 'months' });
    expect(county.suggestions.hardCaseReplyWithin).toMatchObject({ amount: 6, unit: 'months' });
    expect(county.suggestions.replyWithin.source.article).toBe('第五十一条第二款');
    expect(county.supervision.reportToCommitteeDaysBefore.min).toBe(20);
    expect(county.standingCommittee.size).toMatchObject({ min: 15, max: 45 });
  });
});

describe('checkAgainstFloor', () => {
  const floor = nationalDefaults('county');
  it('refuses a lower quorum, a "present" base, and a weaker majority', () => {
    const p = structuredClone(floor);
    p.session.quorum.num = 1;
    p.session.resolutionPass.of = 'deputies_present';
    p.session.electionPass.strict = false;
    const found = checkAgainstFloor(p, floor).map((v) => `${v.path}:${v.problem}`);
    expect(found).toEqual([
      'session.quorum:below_threshold',
      'session.resolutionPass:base_changed',
      'session.electionPass:below_threshold',
    ]);
  });
  it('accepts a stricter threshold and a shorter statutory deadline', () => {
    const p = structuredClone(floor);
    p.session.quorum = { ...p.session.quorum, num: 3, den: 4 };
    p.suggestions.replyWithin.amount = 2;
    expect(checkAgainstFloor(p, floor)).toEqual([]);
  });
  it('refuses a longer reply deadline and fewer co-signers', () => {
    const p = structuredClone(floor);
    p.suggestions.replyWithin.amount = 4;
    p.bills.deputyCosigners.min = 9;
    expect(checkAgainstFloor(p, floor).map((v) => v.path)).toEqual([
      'bills.deputyCosigners',
      'suggestions.replyWithin',
    ]);
  });
  it('refuses switching off a statutory ballot rule', () => {
    const p = structuredClone(floor);
    p.elections.voidRoundIfBallotsExceedIssued.enabled = false;
    expect(checkAgainstFloor(p, floor).map((v) => v.path)).toEqual([
      'elections.voidRoundIfBallotsExceedIssued',
    ]);
  });
  it('lets local and practice rules change freely', () => {
    const p = structuredClone(floor);
    p.suggestions.rehandleWithin.amount = 2;
    p.suggestions.assignWithin.amount = 10;
    expect(checkAgainstFloor(p, floor)).toEqual([]);
  });
});
