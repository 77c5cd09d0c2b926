import type { TFunction } from 'i18next';
import type { Language } from '../../i18n';
import { type Leaf, leafKind } from './rules-meta';

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 25 → 二十五; larger numbers stay in digits. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** 2/3 → 三分之二 in Chinese, 2/3 in English. */
export function fractionWords(num: number, den: number, lang: Language): string {
  return lang === 'en' ? `${num}/${den}` : `${chineseNumber(den)}分之${chineseNumber(num)}`;
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const frac = (v: unknown) => v as { num: number; den: number } | undefined;

/** A rule's value in words: "全体代表的三分之二以上", "3个月内", "10 人以上" … */
export function describeRule(key: string, leaf: Leaf, t: TFunction, lang: Language): string {
  switch (leafKind(leaf)) {
    case 'threshold': {
      const base = t(`rules.bases.${String(leaf.of)}` as 'rules.bases.signers');
      const n = num(leaf.num);
      const d = num(leaf.den);
      if (leaf.strict && n * 2 === d) return t('rules.words.majority', { base });
      const f = fractionWords(n, d, lang);
      return t(leaf.strict ? 'rules.words.moreThan' : 'rules.words.atLeast', { base, frac: f });
    }
    case 'count': {
      const n = num(leaf.min);
      if (/DaysBefore$|NoticeDays$/.test(key)) return t('rules.words.daysAhead', { n });
      if (/Days$/.test(key)) return t('rules.words.days', { n });
      if (key === 'unapprovedAbsencesEndingMandate') return t('rules.words.times', { n });
      return t('rules.words.people', { n });
    }
    case 'size':
      if (num(leaf.max) === 0) return t('rules.words.sizeNone');
      return t('rules.words.size', { min: num(leaf.min), max: num(leaf.max) });
    case 'duration': {
      const amount = num(leaf.amount);
      const unitKey = String(leaf.unit) as 'months';
      const unit = amount === 1 ? t(`rules.unitsOne.${unitKey}`) : t(`rules.units.${unitKey}`);
      return t(key === 'meetingInterval' ? 'rules.words.interval' : 'rules.words.within', { amount, unit });
    }
    case 'flag':
      return t(leaf.enabled ? 'rules.words.enabled' : 'rules.words.disabled');
    case 'margin': {
      const parts: string[] = [];
      if (leaf.minExtra !== undefined || leaf.maxExtra !== undefined) {
        const lo = num(leaf.minExtra);
        const hi = leaf.maxExtra === undefined ? undefined : num(leaf.maxExtra);
        const range = hi === undefined ? `≥ ${lo}` : lo === hi ? String(lo) : `${lo}–${hi}`;
        parts.push(t('rules.words.marginCount', { range }));
      }
      const lo = frac(leaf.minFraction);
      const hi = frac(leaf.maxFraction);
      if (lo && hi) {
        parts.push(
          t('rules.words.marginFraction', {
            min: fractionWords(lo.num, lo.den, lang),
            max: fractionWords(hi.num, hi.den, lang),
          }),
        );
      }
      return (
        parts.join(t('rules.words.listSep')) +
        (leaf.unopposedIfSingleNominee ? t('rules.words.unopposed') : '')
      );
    }
    case 'choice':
      if (leaf.value === 'assignment') return t('rules.words.fromAssignment');
      if (leaf.value === 'session_close') return t('rules.words.fromSessionClose');
      if (leaf.value === 'monthly') return t('rules.words.monthly', { day: num(leaf.dayOfMonth) });
      if (leaf.value === 'quarterly') return t('rules.words.quarterly', { day: num(leaf.dayOfMonth) });
      return String(leaf.value);
    case 'remind':
      return t('rules.words.remind', { days: (leaf.days as number[]).join(t('rules.words.listSep')) });
    default:
      return JSON.stringify({ ...leaf, source: undefined });
  }
}

/** The floor checker's English messages, in the reader's language; unknown ones are shown as sent. */
export function floorMessage(message: string, t: TFunction): string {
  const range = /^outside the statutory range (.+)$/.exec(message);
  if (range) return t('profile.floorMsg.range', { range: range[1] });
  const fewer = /^fewer than the statutory (\d+)$/.exec(message);
  if (fewer) return t('profile.floorMsg.fewer', { n: fewer[1] });
  if (message.startsWith('the base must stay')) return t('profile.floorMsg.base');
  const exact: Record<string, string> = {
    'lower than the statutory threshold': t('profile.floorMsg.lower'),
    'longer than the statutory deadline': t('profile.floorMsg.longer'),
    'shorter than the ordinary reply deadline': t('profile.floorMsg.shorter'),
    'level differs from the jurisdiction': t('profile.floorMsg.level'),
    'smaller margin than the statute requires': t('profile.floorMsg.marginSmall'),
    'larger margin than the statute allows': t('profile.floorMsg.marginLarge'),
    'the statute requires a competitive election': t('profile.floorMsg.competitive'),
    'required by statute': t('profile.floorMsg.required'),
  };
  return exact[message] ?? message;
}
