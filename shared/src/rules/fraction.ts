import { z } from 'zod';

/**
 * What a threshold's denominator counts. It is stored with every result so a reader can see which
 * number was divided: "全体代表" is the deputies in office, not those present.
 */
export const THRESHOLD_BASES = [
  'deputies_in_office', // 全体代表 (实有代表数)
  'deputies_present',
  'members_in_office', // 常委会全体组成人员
  'members_present',
  'signers', // e.g. the deputies who filed an inquiry
  'ballots_cast',
  'registered_voters',
  'presidium_members',
  'delegation_deputies',
] as const;
export type ThresholdBase = (typeof THRESHOLD_BASES)[number];

/**
 * A threshold as an exact fraction: count / base compared with num / den.
 * strict: true means "more than" (过半数, 超过); false means "at least" (以上, 不少于).
 */
export const thresholdSchema = z
  .object({
    num: z.number().int().nonnegative(),
    den: z.number().int().positive(),
    of: z.enum(THRESHOLD_BASES),
    strict: z.boolean(),
  })
  .strict()
  .refine((t) => t.num <= t.den, { message: 'num must not exceed den' });
export type Threshold = z.infer<typeof thresholdSchema>;

function assertCount(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative safe integer`);
}

/**
 * Does `count` out of `base` meet the threshold? Pure integer arithmetic, never floating point:
 * strict:   count * den >  num * base
 * at least: count * den >= num * base
 */
export function meetsThreshold(
  count: number,
  base: number,
  t: Pick<Threshold, 'num' | 'den' | 'strict'>,
): boolean {
  assertCount('count', count);
  assertCount('base', base);
  const lhs = BigInt(count) * BigInt(t.den);
  const rhs = BigInt(t.num) * BigInt(base);
  return t.strict ? lhs > rhs : lhs >= rhs;
}

/** The smallest count that meets the threshold out of `base` (e.g. 过半数 of 181 → 91). */
export function minimumCount(base: number, t: Pick<Threshold, 'num' | 'den' | 'strict'>): number {
  assertCount('base', base);
  const product = t.num * base;
  // at least: ceil(num*base/den); strict: floor(num*base/den) + 1
  return t.strict ? Math.floor(product / t.den) + 1 : Math.ceil(product / t.den);
}

/** "2/3", "1/2" etc. with the comparison word, for result sheets. */
export function describeThreshold(t: Threshold, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const frac = `${t.num}/${t.den}`;
  if (locale === 'en') return `${t.strict ? 'more than' : 'at least'} ${frac} of ${t.of}`;
  if (t.strict && t.num * 2 === t.den) return '过半数';
  return `${frac}${t.strict ? '以上（不含本数）' : '以上'}`;
}
