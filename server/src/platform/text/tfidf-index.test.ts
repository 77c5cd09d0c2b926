import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAST_SUGGESTIONS } from './suggestions.fixtures';
import { type SimilarDocument, TfIdfIndex } from './tfidf-index';

const index = () => TfIdfIndex.build(PAST_SUGGESTIONS);
const ids = (results: SimilarDocument[]) => results.map((r) => r.id);

describe('TfIdfIndex.query', () => {
  it('ranks the near-duplicate of a submitted suggestion first with a high score', () => {
    const [first, second] = index().query('建议加快推进城区老旧小区改造，解决管网老化和停车难问题');
    expect(first?.id).toBe('zj-01');
    expect(first?.score).toBeGreaterThan(0.6);
    expect(first?.sharedTerms).toEqual(expect.arrayContaining(['老旧', '小区', '改造', '停车难']));
    expect(second?.score).toBeLessThan(0.2);
  });

  it('scores an identical text 1', () => {
    const text = PAST_SUGGESTIONS[10]!.text;
    expect(index().query(text, 1)).toEqual([
      expect.objectContaining({ id: PAST_SUGGESTIONS[10]!.id, score: 1 }),
    ]);
  });

  it('finds the same request in other words', () => {
    const results = index().query('关于解决小学大班额问题的建议');
    expect(ids(results).slice(0, 2)).toEqual(['jy-02', 'jy-01']);
    expect(results[0]?.sharedTerms).toEqual(expect.arrayContaining(['小学', '大班额']));
    const wages = index().query('关于治理拖欠农民工工资的建议');
    expect(wages[0]).toMatchObject({ id: 'rs-01' });
    expect(wages[0]!.score).toBeGreaterThan(0.7);
  });

  it('scores unrelated texts low', () => {
    for (const text of ['关于加强古籍保护和地方志编纂的建议', '关于发展冰雪运动的建议：建设滑雪场和溜冰场']) {
      for (const r of index().query(text)) expect(r.score).toBeLessThan(0.15);
    }
  });

  it('lists a part of a shared word only when the word itself is not shared', () => {
    const [first] = index().query('关于农村公路护栏的建议');
    expect(first?.sharedTerms).toContain('农村公路');
    expect(first?.sharedTerms).not.toContain('农村');
    expect(first?.sharedTerms).not.toContain('公路');
  });

  it('does not let stop words create similarity', () => {
    const boilerplate = TfIdfIndex.build([
      { id: 'a', text: '关于进一步加强农村饮水安全的建议' },
      { id: 'b', text: '关于进一步加强校外培训机构监管的建议' },
    ]);
    expect(boilerplate.similarTo('a')).toEqual([]);
    expect(index().query('关于进一步加强和改进相关工作的建议，切实解决群众反映的问题')).toEqual(
      index().query('改进群众反映'),
    );
    expect(index().query('关于进一步加强相关工作的建议')).toEqual([]);
  });

  it('orders equal scores by id, whatever the insertion order', () => {
    const docs = [
      { id: 'c', text: '关于增设城区公共停车场的建议' },
      { id: 'a', text: '关于增设城区公共停车场的建议' },
      { id: 'b', text: '关于增设城区公共停车场的建议' },
      { id: 'd', text: '关于规范共享单车停放的建议' },
    ];
    const forward = TfIdfIndex.build(docs).query('城区停车场');
    const backward = TfIdfIndex.build([...docs].reverse()).query('城区停车场');
    expect(ids(forward)).toEqual(['a', 'b', 'c']);
    expect(forward).toEqual(backward);
    expect(new Set(forward.map((r) => r.score)).size).toBe(1);
  });

  it('leaves out the excluded id and honours k', () => {
    const text = PAST_SUGGESTIONS[0]!.text;
    const results = index().query(text, 3, { excludeId: 'zj-01' });
    expect(results).toHaveLength(3);
    expect(ids(results)).not.toContain('zj-01');
    expect(index().query(text, 0)).toEqual([]);
    expect(index().similarTo('zj-01', 3)).toEqual(results);
    expect(index().similarTo('no-such-id')).toEqual([]);
  });
});

describe('TfIdfIndex updates', () => {
  it('replaces a document added again under the same id', () => {
    const i = index();
    i.add({ id: 'zj-01', text: '关于发展冰雪运动的建议' });
    expect(i.size).toBe(PAST_SUGGESTIONS.length);
    expect(ids(i.query('老旧小区改造'))).not.toContain('zj-01');
    expect(i.query('关于发展冰雪运动的建议')[0]).toMatchObject({ id: 'zj-01', score: 1 });
  });

  it('forgets a removed (merged) document', () => {
    const i = index();
    expect(i.remove('rs-01')).toBe(true);
    expect(i.remove('rs-01')).toBe(false);
    expect(i.has('rs-01')).toBe(false);
    expect(ids(i.query('关于治理拖欠农民工工资的建议'))).not.toContain('rs-01');
  });

  it('answers after adds and removes exactly as if built from the remaining documents', () => {
    const i = index();
    i.add({ id: 'x-1', text: '关于建设县城第二水厂的建议' });
    i.add({ id: 'x-2', text: '关于农村公路安装路灯的建议' });
    i.query('农村公路');
    i.remove('x-1');
    i.remove('jt-05');
    i.add({ id: 'jt-05', text: PAST_SUGGESTIONS.find((s) => s.id === 'jt-05')!.text });
    i.remove('x-2');
    const fresh = index();
    for (const q of ['农村公路养护', '老旧小区加装电梯', '乡镇卫生院', '高标准农田']) {
      expect(i.query(q, 10)).toEqual(fresh.query(q, 10));
    }
  });
});

const WORDS = [
  '老旧小区',
  '改造',
  '农村公路',
  '护栏',
  '学位',
  '大班额',
  '卫生院',
  '家庭医生',
  '高标准农田',
  '农民工',
  '工资',
  '养老保险',
  '停车',
  '电梯',
  '关于',
  '建议',
  '进一步',
  '加强',
  '的',
  '，',
  '2024年',
];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(''));
const idArb = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'A', '10', '9', '甲', '乙');

describe('TfIdfIndex properties', () => {
  it('never returns the excluded id; scores are in (0, 1], 3 decimals, sorted, ties by id', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: idArb, text }), { maxLength: 20 }),
        text,
        idArb,
        fc.integer({ min: 0, max: 15 }),
        (docs, query, excludeId, k) => {
          const results = TfIdfIndex.build(docs).query(query, k, { excludeId });
          expect(results.length).toBeLessThanOrEqual(k);
          expect(ids(results)).not.toContain(excludeId);
          expect(new Set(ids(results)).size).toBe(results.length);
          results.forEach((r, n) => {
            expect(r.score).toBeGreaterThan(0);
            expect(r.score).toBeLessThanOrEqual(1);
            expect(Math.round(r.score * 1000) / 1000).toBe(r.score);
            expect(r.sharedTerms.length).toBeGreaterThan(0);
            const next = results[n + 1];
            if (next) expect(r.score > next.score || (r.score === next.score && r.id < next.id)).toBe(true);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order documents were added in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: idArb, text }), { selector: (d) => d.id, maxLength: 12 }),
        text,
        (docs, query) => {
          expect(TfIdfIndex.build([...docs].reverse()).query(query, 20)).toEqual(
            TfIdfIndex.build(docs).query(query, 20),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
