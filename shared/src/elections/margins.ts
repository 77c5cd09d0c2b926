import type { RuleProfile } from '../rules/profile-schema';

/**
 * Candidate margins (差额) of 地方组织法 第二十七条, read from the rule profile. The profile expresses a
 * margin as extra candidates, either a count range (heads +0..+1, deputy heads +1..+3) or a fraction
 * range of the seats (committee members +1/10..+1/5); everything here is whole-number arithmetic.
 */

export const OFFICE_TYPES = ['head', 'deputy_head', 'committee_member', 'other'] as const;
export type OfficeType = (typeof OFFICE_TYPES)[number];

type MarginRule = RuleProfile['elections']['headMargin'];

/** The margin rule of an office type; `other` offices (e.g. a 补选, 第三十条) have none. */
export function marginRuleFor(profile: RuleProfile, officeType: OfficeType): MarginRule | null {
  const e = profile.elections;
  if (officeType === 'head') return e.headMargin;
  if (officeType === 'deputy_head') return e.deputyHeadMargin;
  if (officeType === 'committee_member') return e.committeeMemberMargin;
  return null;
}

/** Extra candidates allowed for `seats` seats: min..max (max null: no upper bound). */
export interface MarginRange {
  min: number;
  max: number | null;
  /** 等额: one seat, one nominee, where the profile allows it (heads: 如果提名的候选人只有一人). */
  unopposedIfSingleNominee: boolean;
}

const ceilDiv = (a: number, b: number): number => Math.floor((a + b - 1) / b);

/**
 * The margin range for `seats` seats. A fraction is of the seats: at least ⌈seats × min⌉ and at most
 * ⌊seats × max⌋ extra candidates. When the fraction range holds no whole number (e.g. 3 seats: 0.3..0.6),
 * the smallest margin that meets the minimum is the only one allowed: the law makes the election
 * competitive (应比应选人数多十分之一至五分之一), so the minimum binds first.
 */
export function marginRange(rule: MarginRule | null, seats: number): MarginRange {
  if (!Number.isInteger(seats) || seats < 1) throw new RangeError('seats must be a positive integer');
  if (!rule) return { min: 0, max: null, unopposedIfSingleNominee: false };
  const mins = [rule.minExtra ?? 0];
  if (rule.minFraction) mins.push(ceilDiv(seats * rule.minFraction.num, rule.minFraction.den));
  const maxes: number[] = [];
  if (rule.maxExtra !== undefined) maxes.push(rule.maxExtra);
  if (rule.maxFraction) maxes.push(Math.floor((seats * rule.maxFraction.num) / rule.maxFraction.den));
  const min = Math.max(...mins);
  const max = maxes.length ? Math.max(min, Math.min(...maxes)) : null;
  return { min, max, unopposedIfSingleNominee: rule.unopposedIfSingleNominee };
}

export function marginFits(range: MarginRange, extra: number): boolean {
  return Number.isInteger(extra) && extra >= range.min && (range.max === null || extra <= range.max);
}

/** The margin brought into the range: a supplementary election keeps the session's margin where it fits. */
export function clampMargin(range: MarginRange, extra: number): number {
  const lo = Math.max(extra, range.min);
  return range.max === null ? lo : Math.min(lo, range.max);
}

export type CandidateListPlan =
  /** the nominees are the candidates (差额 as fixed, or 等额 for a single nominee where allowed) */
  | { kind: 'fixed'; places: number; unopposed: boolean }
  /** more nominees than places: a preliminary vote (预选) keeps the top `places` */
  | { kind: 'preliminary'; places: number }
  /** too few nominees for the margin */
  | { kind: 'short'; places: number };

/**
 * What the nominees of an office allow (第二十七条): exactly seats + margin → an election; more → a
 * preliminary vote; fewer → refused, except a single nominee for a single seat where the profile allows
 * an unopposed election.
 */
export function candidateListPlan(
  seats: number,
  marginExtra: number,
  nominees: number,
  range: MarginRange,
): CandidateListPlan {
  const places = seats + marginExtra;
  if (nominees > places) return { kind: 'preliminary', places };
  if (nominees === places) return { kind: 'fixed', places, unopposed: marginExtra === 0 && seats === 1 };
  if (range.unopposedIfSingleNominee && seats === 1 && nominees === 1)
    return { kind: 'fixed', places: 1, unopposed: true };
  return { kind: 'short', places };
}
