import { describe, expect, it } from 'vitest';
import { CO_UNIT_WEIGHT, LEAD_WEIGHT, rankUnits, SNIPPET_LENGTH, snippet, UnitRouter } from './rank-units';
import { PAST_SUGGESTIONS } from './suggestions.fixtures';

const router = new UnitRouter(PAST_SUGGESTIONS);

describe('rankUnits', () => {
  it('puts first the unit that handled similar suggestions, with those suggestions as the reason', () => {
    const [first, ...rest] = router.rank('关于在农村公路急弯处增设护栏和警示标志的建议');
    expect(first?.unitId).toBe('县交通运输局');
    expect(first?.because.map((b) => b.exampleId)).toEqual(['jt-01', 'jt-05']);
    expect(first?.because[0]).toMatchObject({ role: 'lead' });
    expect(first!.because[0]!.text.startsWith('关于改善农村道路交通安全的建议')).toBe(true);
    expect(first!.because[0]!.similarity).toBeGreaterThanOrEqual(first!.because[1]!.similarity);
    expect(first!.score).toBeGreaterThan(0.5);
    for (const r of rest) expect(r.score).toBeLessThan(first!.score);
  });

  it('routes each topic to its unit', () => {
    const cases: [string, string][] = [
      ['建议加快推进城区老旧小区改造，解决管网老化和停车难问题', '县住建局'],
      ['关于解决小学大班额问题的建议', '县教育局'],
      ['关于治理拖欠农民工工资的建议', '县人社局'],
      ['关于加强乡镇卫生院建设、解决农村群众看病难的建议', '县卫健委'],
      ['关于扶持高山蔬菜和茶叶等农产品品牌的建议', '县农业农村局'],
      ['关于增开偏远乡镇公交班次的建议', '县交通运输局'],
    ];
    for (const [text, unit] of cases) expect(rankUnits(text, PAST_SUGGESTIONS)[0]?.unitId, text).toBe(unit);
  });

  it('returns at most three units with at most two reasons each, scores summing to at most 1', () => {
    const ranking = router.rank('关于县城学校周边交通安全的建议');
    expect(ranking.length).toBeLessThanOrEqual(3);
    for (const r of ranking) {
      expect(r.because.length).toBeGreaterThan(0);
      expect(r.because.length).toBeLessThanOrEqual(2);
      for (const b of r.because) expect(Array.from(b.text).length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    }
    expect(ranking.reduce((s, r) => s + r.score, 0)).toBeLessThanOrEqual(1.001);
    // jt-04 was led by 交通运输局 with 教育局 helping: both show up, the helper with role co.
    expect(ranking.map((r) => r.unitId).slice(0, 2)).toEqual(['县交通运输局', '县教育局']);
    expect(ranking[1]?.because[0]).toMatchObject({ exampleId: 'jt-04', role: 'co' });
  });

  it('weighs the lead unit 1 and each co-unit 0.5', () => {
    expect([LEAD_WEIGHT, CO_UNIT_WEIGHT]).toEqual([1, 0.5]);
    const ranking = rankUnits('关于治理河道采砂的建议', [
      { id: 'p1', text: '关于治理河道非法采砂的建议', unitIds: ['水利局', '自然资源局', '公安局'] },
    ]);
    expect(ranking.map((r) => [r.unitId, r.score])).toEqual([
      ['水利局', 0.5],
      ['公安局', 0.25],
      ['自然资源局', 0.25],
    ]);
    expect(ranking[0]?.because).toEqual([
      { exampleId: 'p1', text: '关于治理河道非法采砂的建议', similarity: expect.any(Number), role: 'lead' },
    ]);
  });

  it('lets a close precedent outvote several loose ones', () => {
    const history = [
      { text: '关于整治城区夜市油烟扰民的建议', unitIds: ['城管局'] },
      { text: '关于城区夜市管理的建议', unitIds: ['商务局'] },
      { text: '关于城区道路管理的建议', unitIds: ['商务局'] },
    ];
    expect(rankUnits('关于整治夜市油烟扰民的建议', history)[0]?.unitId).toBe('城管局');
  });

  it('gives no exampleId when the history has none, and nothing without a shared term', () => {
    const history = [{ text: '关于整治城区夜市油烟扰民的建议', unitIds: ['城管局'] }];
    expect(rankUnits('夜市油烟', history)[0]?.because[0]).not.toHaveProperty('exampleId');
    expect(rankUnits('关于发展冰雪运动的建议', history)).toEqual([]);
    expect(rankUnits('关于进一步加强相关工作的建议', PAST_SUGGESTIONS)).toEqual([]);
    expect(rankUnits('夜市油烟', [])).toEqual([]);
    expect(rankUnits('夜市油烟', [{ text: '夜市油烟', unitIds: [] }])).toEqual([]);
  });

  it('orders tied units by id and is deterministic', () => {
    const history = [
      { text: '关于增设城区公共停车场的建议', unitIds: ['乙局'] },
      { text: '关于增设城区公共停车场的建议', unitIds: ['甲局'] },
    ];
    const ranking = rankUnits('城区停车场', history);
    expect(ranking.map((r) => r.unitId)).toEqual(['乙局', '甲局'].sort());
    expect(ranking[0]?.score).toBe(ranking[1]?.score);
    expect(rankUnits('城区停车场', [...history].reverse())).toEqual(ranking);
  });

  it('honours k, the number of units and of reasons', () => {
    const text = '关于农村公路和农村人居环境的建议';
    expect(router.rank(text, 1)).toHaveLength(1);
    expect(router.rank(text, 10, { units: 1, reasons: 1 })).toEqual([
      expect.objectContaining({ because: [expect.anything()] }),
    ]);
  });
});

describe('snippet', () => {
  it('keeps short texts, cuts long ones to 40 characters with an ellipsis, on one line', () => {
    expect(snippet('关于加快老旧小区改造的建议')).toBe('关于加快老旧小区改造的建议');
    const long = PAST_SUGGESTIONS[0]!.text;
    expect(Array.from(snippet(long))).toHaveLength(SNIPPET_LENGTH);
    expect(snippet(long).endsWith('…')).toBe(true);
    expect(snippet('第一行\n  第二行')).toBe('第一行 第二行');
    expect(Array.from(snippet('𠀀'.repeat(50)))).toHaveLength(SNIPPET_LENGTH);
  });
});
