import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetsThreshold, minimumCount } from './fraction';

const half = { num: 1, den: 2, strict: true };
const twoThirds = { num: 2, den: 3, strict: false };

describe('meetsThreshold', () => {
  it('过半数 is strictly more than half', () => {
    expect(meetsThreshold(90, 180, half)).toBe(false);
    expect(meetsThreshold(91, 180, half)).toBe(true);
    expect(meetsThreshold(90, 181, half)).toBe(false);
    expect(meetsThreshold(91, 181, half)).toBe(true);
  });
  it('三分之二以上 includes the exact two thirds', () => {
    expect(meetsThreshold(120, 180, twoThirds)).toBe(true);
    expect(meetsThreshold(119, 180, twoThirds)).toBe(false);
    expect(meetsThreshold(121, 181, twoThirds)).toBe(true);
    expect(meetsThreshold(120, 181, twoThirds)).toBe(false);
  });
  it('rejects non-integers rather than rounding them', () => {
    expect(() => meetsThreshold(1.5, 3, half)).toThrow(RangeError);
    expect(() => meetsThreshold(1, -3, half)).toThrow(RangeError);
  });
  it('minimumCount is the least count that meets the threshold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (base, a, b) => {
          const den = Math.max(a, b);
          const num = Math.min(a, b);
          for (const strict of [true, false]) {
            const t = { num, den, strict };
            const m = minimumCount(base, t);
            if (m <= base) expect(meetsThreshold(m, base, t)).toBe(true);
            if (m > 0) expect(meetsThreshold(m - 1, base, t)).toBe(false);
          }
        },
      ),
    );
  });
  it('adding one more never turns a pass into a fail', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (count, base) => {
        if (meetsThreshold(count, base, half)) expect(meetsThreshold(count + 1, base, half)).toBe(true);
      }),
    );
  });
});
