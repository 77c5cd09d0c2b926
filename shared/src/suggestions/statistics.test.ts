import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RESULT_CLASSES, resultClassSchemeSchema } from './result-classes';
import { SATISFACTION_LEVELS, type Satisfaction } from './states';
import { compareRatios, ratioPercent, summarizeResultClasses, summarizeSatisfaction } from './statistics';

const many = (n: number, l: Satisfaction): Satisfaction[] => Array.from({ length: n }, () => l);

describe('满意率 (counting 基本满意)', () => {
  it('counts each level and gives exact rates', () => {
    const levels = [...many(47, 'satisfied'), ...many(2, 'basically_satisfied'), ...many(1, 'unsatisfied')];
    expect(summarizeSatisfaction(levels)).toEqual({
      satisfied: 47,
      basicallySatisfied: 2,
      unsatisfied: 1,
      total: 50,
      satisfactionRate: { num: 49, den: 50 },
      fullySatisfiedRate: { num: 47, den: 50 },
    });
  });

  it('has no rate when nobody rated', () => {
    expect(summarizeSatisfaction([])).toMatchObject({
      total: 0,
      satisfactionRate: null,
      fullySatisfiedRate: null,
    });
  });

  it('the counts add up and 满意 alone never exceeds 满意 + 基本满意', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SATISFACTION_LEVELS), { maxLength: 200 }), (levels) => {
        const s = summarizeSatisfaction(levels);
        expect(s.satisfied + s.basicallySatisfied + s.unsatisfied).toBe(levels.length);
        if (s.satisfactionRate && s.fullySatisfiedRate)
          expect(compareRatios(s.fullySatisfiedRate, s.satisfactionRate)).toBeLessThanOrEqual(0);
        else expect(levels).toHaveLength(0);
      }),
    );
  });
});

describe('办成率 (share of class A)', () => {
  it('counts replies by class, every class listed, unknown codes apart', () => {
    const s = summarizeResultClasses(['A', 'A', 'B', 'C', 'D', 'A', 'Z']);
    expect(s).toEqual({
      counts: { A: 3, B: 1, C: 1, D: 1 },
      other: 1,
      total: 7,
      solved: 3,
      solvedRate: { num: 3, den: 7 },
    });
    expect(summarizeResultClasses([]).solvedRate).toBeNull();
  });

  it('reads the solved classes from the scheme', () => {
    const scheme = {
      ...DEFAULT_RESULT_CLASSES,
      classes: DEFAULT_RESULT_CLASSES.classes.map((c) => ({
        ...c,
        solved: c.code === 'A' || c.code === 'B',
      })),
    };
    expect(summarizeResultClasses(['A', 'B', 'C', 'D'], scheme).solvedRate).toEqual({ num: 2, den: 4 });
  });

  it('validates a scheme: codes once, at least one class', () => {
    expect(resultClassSchemeSchema.safeParse(DEFAULT_RESULT_CLASSES).success).toBe(true);
    const a = DEFAULT_RESULT_CLASSES.classes[0]!;
    const twice = { ...DEFAULT_RESULT_CLASSES, classes: [a, a] };
    expect(resultClassSchemeSchema.safeParse(twice).success).toBe(false);
    expect(resultClassSchemeSchema.safeParse({ ...DEFAULT_RESULT_CLASSES, classes: [] }).success).toBe(false);
  });
});

describe('exact ratios', () => {
  it('formats percentages with integer rounding, half up', () => {
    expect(ratioPercent({ num: 47, den: 50 })).toBe('94.00%');
    expect(ratioPercent({ num: 2, den: 3 })).toBe('66.67%');
    expect(ratioPercent({ num: 1, den: 3 })).toBe('33.33%');
    expect(ratioPercent({ num: 1, den: 800 })).toBe('0.13%'); // 0.125 rounds up
    expect(ratioPercent({ num: 1, den: 8 }, 0)).toBe('13%'); // 12.5 rounds up
    expect(ratioPercent({ num: 9247, den: 10000 })).toBe('92.47%');
    expect(ratioPercent({ num: 5, den: 5 }, 1)).toBe('100.0%');
    expect(ratioPercent({ num: 0, den: 7 })).toBe('0.00%');
    expect(() => ratioPercent({ num: 1, den: 0 })).toThrow(RangeError);
    expect(() => ratioPercent({ num: 1, den: 2 }, 11)).toThrow(RangeError);
  });

  it('compares ratios without floating point', () => {
    expect(compareRatios({ num: 2, den: 3 }, { num: 4, den: 6 })).toBe(0);
    expect(compareRatios({ num: 1, den: 3 }, { num: 1, den: 2 })).toBe(-1);
    // 2^53 − 1 out of 2^53 − 2 against 1: floats would call these equal
    const big = Number.MAX_SAFE_INTEGER;
    expect(compareRatios({ num: big, den: big - 1 }, { num: 1, den: 1 })).toBe(1);
  });

  it('a formatted percentage is within half a unit of the last place of the exact value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(100_000), (den, n) => {
        const num = n % (den + 1);
        const text = ratioPercent({ num, den });
        const hundredths = BigInt(text.replace('%', '').replace('.', ''));
        // |hundredths/10000 − num/den| ≤ 1/20000  ⇔  |2·den·hundredths − 20000·num| ≤ den
        const diff = 2n * BigInt(den) * hundredths - 20000n * BigInt(num);
        expect(diff <= BigInt(den) && diff >= -BigInt(den)).toBe(true);
      }),
    );
  });
});
