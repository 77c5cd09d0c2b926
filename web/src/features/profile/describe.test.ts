import { nationalDefaults } from '@renda/shared';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import { zhTW } from '../../i18n/zh-TW';
import { chineseNumber, describeRule, floorMessage } from './describe';
import type { Leaf } from './rules-meta';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { 'zh-CN': { translation: zhCN }, 'zh-TW': { translation: zhTW }, en: { translation: en } },
  lng: 'zh-CN',
  interpolation: { escapeValue: false },
});
const zh = i18n.getFixedT('zh-CN');
const eng = i18n.getFixedT('en');
const src = { kind: 'law' as const, law: 'x' };
const threshold = (num: number, den: number, strict: boolean): Leaf => ({
  num,
  den,
  of: 'deputies_in_office',
  strict,
  source: src,
});

describe('describeRule', () => {
  it('reads thresholds in words', () => {
    expect(describeRule('quorum', threshold(2, 3, false), zh, 'zh-CN')).toBe('全体代表的三分之二以上');
    expect(describeRule('resolutionPass', threshold(1, 2, true), zh, 'zh-CN')).toBe('全体代表过半数');
    expect(describeRule('quorum', threshold(2, 3, false), eng, 'en')).toBe(
      '2/3 or more of all deputies in office',
    );
    expect(describeRule('resolutionPass', threshold(1, 2, true), eng, 'en')).toBe(
      'more than half of all deputies in office',
    );
  });

  it('reads durations, counts and sizes', () => {
    expect(describeRule('replyWithin', { amount: 3, unit: 'months', source: src }, zh, 'zh-CN')).toBe(
      '3个月内',
    );
    expect(describeRule('replyWithin', { amount: 1, unit: 'months', source: src }, eng, 'en')).toBe(
      'within 1 month',
    );
    expect(describeRule('cosigners', { min: 10, source: src }, zh, 'zh-CN')).toBe('10 人以上');
    expect(describeRule('size', { min: 0, max: 0, source: src }, eng, 'en')).toBe('none at this level');
  });

  it('describes every rule of every national default without falling back to JSON', () => {
    for (const level of ['province', 'city', 'county', 'township'] as const) {
      const profile = nationalDefaults(level) as unknown as Record<string, unknown>;
      for (const section of Object.values(profile)) {
        if (typeof section !== 'object' || section === null) continue;
        for (const [key, leaf] of Object.entries(section as Record<string, Leaf>)) {
          for (const [t, lang] of [
            [zh, 'zh-CN'],
            [eng, 'en'],
          ] as const) {
            const words = describeRule(key, leaf, t, lang);
            expect(words).not.toMatch(/[{}]/);
            expect(words.length).toBeGreaterThan(0);
          }
        }
      }
    }
  });
});

describe('helpers', () => {
  it('writes small numbers in Chinese', () => {
    expect([1, 10, 12, 20, 25, 100].map(chineseNumber)).toEqual([
      '一',
      '十',
      '十二',
      '二十',
      '二十五',
      '100',
    ]);
  });

  it('localizes the floor checker messages', () => {
    expect(floorMessage('lower than the statutory threshold', zh)).toBe('低于法定比例');
    expect(floorMessage('fewer than the statutory 10', eng)).toBe('Fewer than the statutory 10');
    expect(floorMessage('something new', zh)).toBe('something new');
    expect(floorMessage('required by statute', zh)).toBe('此规则为法律规定，不能关闭');
  });
});
