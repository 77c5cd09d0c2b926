import { DEFAULT_RESULT_CLASSES, type ResultClassScheme, resultClassOf } from './result-classes';
import type { Satisfaction, Suggestion, SuggestionRating, SuggestionReply } from './states';
import { lastReplyOf, replyingUnitTasks } from './tasks';

/**
 * Satisfaction and result figures for handling reports. Commentators ask for both the satisfaction rate
 * (满意率, which practice reports counting 基本满意) and the share actually solved (办成率, class A by
 * default) (congress-rules.md §5.4). Rates are exact fractions of counts, never floating point, like the
 * thresholds in rules/fraction.ts; `ratioPercent` formats one for display.
 */

/** `num` out of `den`, unreduced, so a reader sees the counts (e.g. 47/50). */
export interface Ratio {
  num: number;
  den: number;
}

const ratio = (num: number, den: number): Ratio | null => (den === 0 ? null : { num, den });

export interface SatisfactionSummary {
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  total: number;
  /** 满意率 as reported in practice: (满意 + 基本满意) / all; null when nobody rated. */
  satisfactionRate: Ratio | null;
  /** 满意 alone / all (a city reporting "92.47 % plus 7.53 % 基本满意" gives both). */
  fullySatisfiedRate: Ratio | null;
}

export function summarizeSatisfaction(levels: readonly Satisfaction[]): SatisfactionSummary {
  const count = (l: Satisfaction) => levels.filter((x) => x === l).length;
  const satisfied = count('satisfied');
  const basicallySatisfied = count('basically_satisfied');
  const unsatisfied = count('unsatisfied');
  const total = levels.length;
  return {
    satisfied,
    basicallySatisfied,
    unsatisfied,
    total,
    satisfactionRate: ratio(satisfied + basicallySatisfied, total),
    fullySatisfiedRate: ratio(satisfied, total),
  };
}

/** The summary of one dimension of the ratings: 办理态度 (attitude) or 办理结果 (result). */
export function summarizeRatings(
  ratings: readonly SuggestionRating[],
  dimension: 'attitude' | 'result',
): SatisfactionSummary {
  return summarizeSatisfaction(ratings.map((r) => r[dimension]));
}

/**
 * A suggestion's ratings, one per signer per replying unit: 'first' takes the ratings of the first
 * reply (first-round satisfaction); 'final' each signer's latest rating of each unit, so a deputy who
 * was unsatisfied and then rated the second reply counts once, with the second rating.
 */
export function ratingsOf(s: Suggestion, which: 'first' | 'final'): SuggestionRating[] {
  return replyingUnitTasks(s).flatMap((t) => {
    if (which === 'first') return t.ratings.filter((r) => r.round === 1);
    const latest = new Map<string, SuggestionRating>();
    for (const r of t.ratings) {
      const seen = latest.get(r.deputyId);
      if (!seen || r.round > seen.round) latest.set(r.deputyId, r);
    }
    return [...latest.values()];
  });
}

/** The latest reply of each replying unit (the lead unit, or each unit handling separately). */
export function finalReplies(s: Suggestion): SuggestionReply[] {
  return replyingUnitTasks(s).flatMap((t) => {
    const r = lastReplyOf(t);
    return r ? [r] : [];
  });
}

export interface ResultClassSummary {
  /** Replies per class code of the scheme, every class listed (0 where none). */
  counts: Record<string, number>;
  /** Replies with a code the scheme does not know (e.g. from an older scheme). */
  other: number;
  total: number;
  /** Replies in a class marked `solved` (A by default). */
  solved: number;
  /** 办成率: solved / all replies; null when there is none. */
  solvedRate: Ratio | null;
}

/** Counts replies by result class; each reply counts once (a 分别办理 item has one per unit). */
export function summarizeResultClasses(
  codes: readonly string[],
  scheme: ResultClassScheme = DEFAULT_RESULT_CLASSES,
): ResultClassSummary {
  const counts: Record<string, number> = Object.fromEntries(scheme.classes.map((c) => [c.code, 0]));
  let other = 0;
  let solved = 0;
  for (const code of codes) {
    const cls = resultClassOf(scheme, code);
    if (!cls) {
      other += 1;
      continue;
    }
    counts[code] = (counts[code] ?? 0) + 1;
    if (cls.solved) solved += 1;
  }
  return { counts, other, total: codes.length, solved, solvedRate: ratio(solved, codes.length) };
}

/** -1, 0 or 1: compares two ratios exactly (cross-multiplied as BigInt), e.g. to rank units. */
export function compareRatios(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const d = BigInt(a.num) * BigInt(b.den) - BigInt(b.num) * BigInt(a.den);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** A ratio as a percentage with `decimals` places, rounded half up with integers only: 47/50 → "94.00%". */
export function ratioPercent(r: Ratio, decimals = 2): string {
  if (!Number.isSafeInteger(r.num) || r.num < 0 || !Number.isSafeInteger(r.den) || r.den <= 0)
    throw new RangeError('a ratio needs a non-negative numerator and a positive denominator');
  if (!Number.isSafeInteger(decimals) || decimals < 0 || decimals > 10)
    throw new RangeError('decimals must be an integer from 0 to 10');
  const scale = 10n ** BigInt(decimals);
  const den = BigInt(r.den);
  const rounded = (BigInt(r.num) * 100n * scale * 2n + den) / (2n * den);
  const whole = rounded / scale;
  const frac = (rounded % scale).toString().padStart(decimals, '0');
  return decimals === 0 ? `${whole}%` : `${whole}.${frac}%`;
}
