import { describe, expect, it } from 'vitest';
import { normalize, STOP_WORDS, tokenize } from './tokenize';

describe('normalize', () => {
  it('folds full-width forms to half-width and lower-cases Latin', () => {
    expect(normalize('ＧＤＰ增长５％，Ｇ２１０国道　ＷｉＦｉ')).toBe('gdp增长5%,g210国道 wifi');
  });
});

describe('tokenize', () => {
  it('keeps the topic words of a suggestion title and drops the form around them', () => {
    expect(tokenize('关于加快老旧小区改造的建议')).toEqual(['老旧', '小区', '改造']);
  });

  it('drops punctuation, whitespace, bare numbers and the dates around them', () => {
    const terms = tokenize('２０２４年，Ｇ２１０国道发生事故１２起！  请尽快整治。');
    expect(terms).toContain('g210');
    expect(terms).toContain('国道');
    expect(terms).toContain('事故');
    for (const gone of ['2024', '12', '年', ',', '!', '。', ' ', '请尽快', '尽快'])
      expect(terms).not.toContain(gone);
  });

  it('adds the dictionary words inside a long word (search mode) so different wordings can meet', () => {
    expect(tokenize('道路交通安全')).toEqual(['道路', '交通', '道路交通', '安全']);
    expect(tokenize('中小学学位')).toEqual(['中小', '小学', '中小学', '学位']);
  });

  it('does not let a stop word back in through its parts', () => {
    expect(tokenize('进一步')).toEqual([]);
    expect(tokenize('关于进一步加强和改进相关工作的建议')).toEqual(['改进']);
  });

  it('knows the unit names deputies write to', () => {
    expect(tokenize('建议县人社局牵头治理欠薪')).toContain('人社局');
    expect(tokenize('请县交通运输局、县农业农村局研究')).toEqual(
      expect.arrayContaining(['交通运输局', '农业农村局', '研究']),
    );
  });

  it('returns nothing that is a stop word, a function character or a bare number', () => {
    const text =
      '关于进一步加强我县农村饮水安全工作的建议：目前部分村组存在水质不达标问题，2023年群众反映较多，建议相关部门尽快解决。';
    const terms = tokenize(text);
    expect(terms.length).toBeGreaterThan(0);
    for (const t of terms) {
      expect(STOP_WORDS.has(t)).toBe(false);
      expect(t).not.toMatch(/^[\d.,%]+$/);
      expect(t).toMatch(/[\p{L}\p{N}]/u);
    }
    expect(terms).toEqual(expect.arrayContaining(['农村', '饮水', '安全', '水质', '达标']));
  });

  it('keeps repeated words (term frequency) and is deterministic', () => {
    const text = '农村公路养护资金不足，农村公路路况下降';
    expect(tokenize(text)).toEqual(tokenize(text));
    expect(tokenize(text).filter((t) => t === '农村公路')).toHaveLength(2);
  });

  it('gives nothing for empty or punctuation-only input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('，。！？、……  \n\t')).toEqual([]);
  });
});
