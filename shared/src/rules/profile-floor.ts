import type { RuleProfile } from './profile-schema';

/** A place where an edited profile is weaker than the statute allows. */
export const FLOOR_PROBLEMS = [
  'level_mismatch',
  'base_changed',
  'below_threshold',
  'longer_deadline',
  'outside_range',
  'fewer_than_statute',
  'margin_too_small',
  'margin_too_large',
  'competitive_required',
  'required_by_statute',
  'hard_case_shorter',
] as const;
export type FloorProblem = (typeof FLOOR_PROBLEMS)[number];

export interface FloorViolation {
  path: string;
  /** Stable, for clients to translate. */
  problem: FloorProblem;
  message: string;
}

type Leaf = Record<string, unknown> & { source?: { kind?: string } };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number';

/**
 * Compares an edited profile with the national floor of its level. Only rules whose floor source is a
 * statute ('law') bind; local and practice rules may be changed freely. Thresholds may be raised, never
 * lowered; head counts and "days before" may grow; statutory deadlines may shorten, never lengthen.
 */
export function checkAgainstFloor(candidate: RuleProfile, floor: RuleProfile): FloorViolation[] {
  const out: FloorViolation[] = [];
  if (candidate.level !== floor.level)
    out.push({ path: 'level', problem: 'level_mismatch', message: 'level differs from the jurisdiction' });
  walk(candidate as unknown as Record<string, unknown>, floor as unknown as Record<string, unknown>, '', out);
  const s = candidate.suggestions;
  if (
    s.replyWithin.unit === s.hardCaseReplyWithin.unit &&
    s.hardCaseReplyWithin.amount < s.replyWithin.amount
  ) {
    out.push({
      path: 'suggestions.hardCaseReplyWithin',
      problem: 'hard_case_shorter',
      message: 'shorter than the ordinary reply deadline',
    });
  }
  return out;
}

function walk(
  c: Record<string, unknown>,
  f: Record<string, unknown>,
  path: string,
  out: FloorViolation[],
): void {
  for (const [key, fv] of Object.entries(f)) {
    const cv = c[key];
    const p = path ? `${path}.${key}` : key;
    if (!isObj(fv) || !isObj(cv)) continue;
    if ('source' in fv) checkLeaf(cv as Leaf, fv as Leaf, p, out);
    else walk(cv, fv, p, out);
  }
}

function checkLeaf(c: Leaf, f: Leaf, path: string, out: FloorViolation[]): void {
  if (f.source?.kind !== 'law') return;
  const bad = (problem: FloorProblem, message: string) => out.push({ path, problem, message });
  if (typeof f.enabled === 'boolean') {
    if (f.enabled && c.enabled !== true) bad('required_by_statute', 'required by statute');
    return;
  }
  if (isNum(f.num) && isNum(f.den) && isNum(c.num) && isNum(c.den)) {
    if (c.of !== f.of) bad('base_changed', `the base must stay ${String(f.of)}`);
    const cross = c.num * f.den - f.num * c.den; // > 0: candidate fraction is larger
    if (cross < 0 || (cross === 0 && f.strict === true && c.strict !== true))
      bad('below_threshold', 'lower than the statutory threshold');
    return;
  }
  if (isNum(f.amount) && isNum(c.amount)) {
    if (c.unit === f.unit && c.amount > f.amount)
      bad('longer_deadline', 'longer than the statutory deadline');
    return;
  }
  if (isNum(f.min) && isNum(f.max) && isNum(c.min) && isNum(c.max)) {
    if (c.min < f.min || c.max > f.max) bad('outside_range', `outside the statutory range ${f.min}–${f.max}`);
    return;
  }
  if (isNum(f.min) && isNum(c.min)) {
    if (c.min < f.min) bad('fewer_than_statute', `fewer than the statutory ${f.min}`);
    return;
  }
  if ('unopposedIfSingleNominee' in f) {
    const lo = (v: Leaf) => (isNum(v.minExtra) ? v.minExtra : 0);
    if (lo(c) < lo(f)) bad('margin_too_small', 'smaller margin than the statute requires');
    if (isNum(f.maxExtra) && isNum(c.maxExtra) && c.maxExtra > f.maxExtra)
      bad('margin_too_large', 'larger margin than the statute allows');
    const fr = (v: unknown) =>
      isObj(v) && isNum(v.num) && isNum(v.den) ? { num: v.num, den: v.den } : undefined;
    const [cMin, fMin, cMax, fMax] = [
      fr(c.minFraction),
      fr(f.minFraction),
      fr(c.maxFraction),
      fr(f.maxFraction),
    ];
    if (cMin && fMin && cMin.num * fMin.den < fMin.num * cMin.den)
      bad('margin_too_small', 'smaller margin than the statute requires');
    if (cMax && fMax && cMax.num * fMax.den > fMax.num * cMax.den)
      bad('margin_too_large', 'larger margin than the statute allows');
    if (c.unopposedIfSingleNominee && !f.unopposedIfSingleNominee)
      bad('competitive_required', 'the statute requires a competitive election');
  }
}
