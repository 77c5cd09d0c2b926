import { InputNumber, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHOICES, DURATION_UNITS, type Leaf, leafKind } from './rules-meta';

interface Props {
  ruleKey: string;
  leaf: Leaf;
  onChange: (field: string, value: unknown) => void;
}

const int = (v: number | null) => (v === null ? 0 : Math.round(v));

/** The numbers and switches of one rule; the base of a threshold and the legal source are not editable. */
export function RuleEditor({ ruleKey, leaf, onChange }: Props) {
  const { t } = useTranslation();
  const number = (
    field: 'num' | 'den' | 'min' | 'max' | 'amount' | 'minExtra' | 'maxExtra' | 'dayOfMonth',
    value: unknown,
    min = 0,
  ) => (
    <span key={field} className="rule-field">
      <span>{t(`profile.fields.${field}`)}</span>
      <InputNumber
        aria-label={t(`profile.fields.${field}`)}
        size="small"
        min={min}
        max={10000}
        precision={0}
        value={typeof value === 'number' ? value : null}
        onChange={(v) => onChange(field, int(v))}
        style={{ width: 88 }}
      />
    </span>
  );
  const toggle = (field: string, label: string) => (
    <span key={field} className="rule-field">
      <span>{label}</span>
      <Switch
        aria-label={label}
        size="small"
        checked={leaf[field] === true}
        onChange={(v) => onChange(field, v)}
      />
    </span>
  );
  const fraction = (field: 'minFraction' | 'maxFraction') => {
    const f = leaf[field] as { num: number; den: number } | undefined;
    if (!f) return null;
    return (
      <span key={field} className="rule-field">
        <span>{t(`profile.fields.${field}`)}</span>
        <Space.Compact size="small">
          <InputNumber
            aria-label={`${t(`profile.fields.${field}`)} ${t('profile.fields.num')}`}
            size="small"
            min={0}
            precision={0}
            value={f.num}
            onChange={(v) => onChange(`${field}.num`, int(v))}
            style={{ width: 64 }}
          />
          <InputNumber
            aria-label={`${t(`profile.fields.${field}`)} ${t('profile.fields.den')}`}
            size="small"
            min={1}
            precision={0}
            value={f.den}
            onChange={(v) => onChange(`${field}.den`, int(v))}
            style={{ width: 64 }}
          />
        </Space.Compact>
      </span>
    );
  };

  switch (leafKind(leaf)) {
    case 'threshold':
      return [
        number('num', leaf.num),
        number('den', leaf.den, 1),
        toggle('strict', t('profile.fields.strict')),
      ];
    case 'count':
      return number('min', leaf.min);
    case 'size':
      return [number('min', leaf.min), number('max', leaf.max)];
    case 'duration':
      return [
        number('amount', leaf.amount, 1),
        <span key="unit" className="rule-field">
          <span>{t('profile.fields.unit')}</span>
          <Select
            aria-label={t('profile.fields.unit')}
            size="small"
            value={String(leaf.unit)}
            onChange={(v) => onChange('unit', v)}
            options={DURATION_UNITS.map((u) => ({ value: u, label: t(`rules.units.${u}`) }))}
            style={{ width: 120 }}
          />
        </span>,
      ];
    case 'flag':
      return toggle('enabled', t('profile.fields.enabled'));
    case 'margin':
      return [
        leaf.minExtra !== undefined && number('minExtra', leaf.minExtra),
        leaf.maxExtra !== undefined && number('maxExtra', leaf.maxExtra),
        fraction('minFraction'),
        fraction('maxFraction'),
        toggle('unopposedIfSingleNominee', t('profile.fields.unopposed')),
      ];
    case 'choice':
      return [
        <span key="value" className="rule-field">
          <span>{t('profile.fields.value')}</span>
          <Select
            aria-label={t('profile.fields.value')}
            size="small"
            value={String(leaf.value)}
            onChange={(v) => onChange('value', v)}
            options={(CHOICES[ruleKey] ?? [String(leaf.value)]).map((v) => ({
              value: v,
              label: choiceLabel(v, t),
            }))}
            style={{ width: 180 }}
          />
        </span>,
        leaf.dayOfMonth !== undefined && number('dayOfMonth', leaf.dayOfMonth, 1),
      ];
    case 'remind':
      return (
        <span className="rule-field">
          <span>{t('profile.fields.days')}</span>
          <Select
            aria-label={t('profile.fields.days')}
            size="small"
            mode="tags"
            value={(leaf.days as number[]).map(String)}
            onChange={(v: string[]) =>
              onChange(
                'days',
                v.map(Number).filter((n) => Number.isInteger(n) && n > 0),
              )
            }
            tokenSeparators={[',', '，', '、', ' ']}
            style={{ minWidth: 160 }}
          />
        </span>
      );
    default:
      return null;
  }
}

function choiceLabel(v: string, t: ReturnType<typeof useTranslation>['t']): string {
  if (v === 'assignment') return t('rules.words.fromAssignment');
  if (v === 'session_close') return t('rules.words.fromSessionClose');
  if (v === 'monthly') return t('rules.words.monthly', { day: '…' });
  if (v === 'quarterly') return t('rules.words.quarterly', { day: '…' });
  return v;
}
