import { Jieba } from '@node-rs/jieba';
// The package has no exports map, so plain Node ESM needs the file extension.
import { dict } from '@node-rs/jieba/dict.js';

/**
 * Words jieba's stock dictionary splits badly but that name the unit a deputy is writing to — the
 * strongest routing signal in a suggestion (`县人社局` otherwise comes out as `县人/社局`). jieba-rs wants
 * `word freq tag` lines.
 */
const USER_DICTIONARY = [
  '人社局',
  '住建局',
  '卫健委',
  '医保局',
  '教育局',
  '民政局',
  '水利局',
  '交通运输局',
  '农业农村局',
  '自然资源局',
  '生态环境局',
  '市场监管局',
  '应急管理局',
]
  .map((word) => `${word} 1000 nt`)
  .join('\n');

/**
 * Single characters that jieba leaves standing alone and that say nothing about the topic: particles,
 * prepositions, conjunctions, the copula, demonstratives, negation and degree words split off an
 * adjective (不到位, 较高, 班次少, 投诉多), 年/月/日/个 which only follow numbers
 * (numbers themselves are dropped, see `isNumber`), and 县 (as in 县/城区, 县/教育局: every text is
 * about the same county). Content characters that stand alone (桥, 水, 电, 村) are kept.
 */
const FUNCTION_CHARACTERS = new Set(
  '的地得了着过和与及或并而且但在对为于以把被将由从向往给让使等之其也都就还又再仍是有无不后各每该此这那个多少很较更最年月日县'.split(
    '',
  ),
);

/**
 * Multi-character words that occur in nearly every deputy's suggestion and so would make any two of
 * them look alike. IDF only discounts them once the corpus is large; a new county's first dozen
 * suggestions need the list. Kept short on purpose — everything else is left to IDF:
 * - the form itself: every item is titled 关于…的建议 and asks for 意见 or 答复;
 * - the register of exhortation, which says how hard to act, not on what: 进一步 加强 加快 加大 推进
 *   推动 切实 积极 尽快 大力 有效 做好 完善 不断 解决;
 * - the genre's generic nouns: 问题 工作 情况 方面 有关 相关 部门 政府 群众, and the county as
 *   "we" (我县 全县 本县), since every text is about the same county;
 * - connectives and hedges jieba keeps as words: 以及 或者 并且 通过 进行 对于 目前 当前 存在 需要 部分.
 * Deliberately absent: 提高, 改善, 建设, 管理, 服务, 安全 — generic too, but they pair with a topic
 * (提高报销比例, 安全 in 交通安全 vs 饮水安全) and IDF already weighs them down.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '关于',
  '建议',
  '意见',
  '议案',
  '答复',
  '进一步',
  '加强',
  '加快',
  '加大',
  '推进',
  '推动',
  '切实',
  '积极',
  '尽快',
  '大力',
  '有效',
  '做好',
  '完善',
  '不断',
  '解决',
  '问题',
  '工作',
  '情况',
  '方面',
  '有关',
  '相关',
  '部门',
  '政府',
  '群众',
  '我县',
  '全县',
  '本县',
  '以及',
  '或者',
  '并且',
  '通过',
  '进行',
  '对于',
  '目前',
  '当前',
  '存在',
  '需要',
  '部分',
]);

let segmenter: Jieba | undefined;

/** One jieba instance per process, built on first use (loading the dictionary takes ~0.25 s). */
function jieba(): Jieba {
  if (!segmenter) {
    segmenter = Jieba.withDict(dict);
    segmenter.loadDict(Buffer.from(USER_DICTIONARY));
  }
  return segmenter;
}

/** NFKC (full-width Latin, digits and punctuation → half-width, ideographic space → space) and lower case. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const NUMBER = /^[\d.,%]+$/;

/** Years, counts, amounts: two texts sharing "2024" or "3" are not about the same thing. */
function isNumber(token: string): boolean {
  return NUMBER.test(token);
}

function isTerm(token: string): boolean {
  if (!HAS_WORD_CHARACTER.test(token) || isNumber(token)) return false;
  if (token.length === 1) return !FUNCTION_CHARACTERS.has(token);
  return !STOP_WORDS.has(token);
}

/**
 * The terms of a text for similarity: a bag of words, duplicates kept (they are term frequencies).
 *
 * Input is expected in simplified Chinese: the stock jieba dictionary has no traditional words, so
 * traditional text falls apart into single characters (see the text-processing reference); convert
 * with OpenCC before calling this if a source may be traditional. Latin text is lower-cased, full-width
 * forms are folded to half-width, punctuation, whitespace, bare numbers, the single-character function
 * words and `STOP_WORDS` are dropped.
 *
 * Segmentation is jieba's precise mode (HMM on) with search-mode sub-words added afterwards: each kept
 * word of three or more characters also contributes the dictionary words inside it (道路交通 →
 * 道路交通, 道路, 交通; 中小学 → 中小学, 中小, 小学). Two deputies rarely word the same request the
 * same way — one writes 中小学学位, the other 小学大班额 — and the sub-words let those meet. The
 * expansion runs on words that survived the stop list, not on the whole text, so 进一步 does not leak
 * 一步 back in. The price is the odd part across a morpheme boundary (乡居 in 城乡居民, 性病 in
 * 慢性病): such parts rarely occur elsewhere, and when the whole word is shared it outweighs them.
 * Precise mode alone would keep 中小学 and 小学 apart.
 */
export function tokenize(text: string): string[] {
  const segment = jieba();
  const terms: string[] = [];
  for (const word of segment.cut(normalize(text), true)) {
    if (!isTerm(word)) continue;
    if (word.length >= 3) {
      for (const part of segment.cutForSearch(word, true)) {
        if (part !== word && part.length > 1 && word.includes(part) && isTerm(part)) terms.push(part);
      }
    }
    terms.push(word);
  }
  return terms;
}
