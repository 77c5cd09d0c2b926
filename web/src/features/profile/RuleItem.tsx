import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { describeRule } from './describe';
import { RuleEditor } from './RuleEditor';
import type { Leaf, SectionKey } from './rules-meta';

const SOURCE_COLOR = { law: 'red', local: 'blue', practice: undefined } as const;

interface Props {
  section: SectionKey;
  ruleKey: string;
  leaf: Leaf;
  floor?: Leaf;
  editing: boolean;
  errors: string[];
  onChange: (field: string, value: unknown) => void;
}

/** One rule: its name, its value in words, its legal source; editable numbers when editing. */
export function RuleItem({ section, ruleKey, leaf, floor, editing, errors, onChange }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const names: Record<string, string> = t(`rules.names.${section}`, { returnObjects: true });
  const src = leaf.source;
  return (
    <div
      className={`rule-item${errors.length ? ' rule-item-error' : ''}`}
      data-testid={`rule-${section}.${ruleKey}`}
    >
      <div className="rule-head">
        <Typography.Text strong>{names[ruleKey] ?? ruleKey}</Typography.Text>
        <span className="rule-value">{describeRule(ruleKey, leaf, t, lang)}</span>
      </div>
      <div className="rule-source">
        <Tag color={SOURCE_COLOR[src.kind]} variant="outlined">
          {t(`profile.sourceKind.${src.kind}`)}
        </Tag>
        <Typography.Text type="secondary">
          {src.kind === 'practice'
            ? (src.note ?? src.law)
            : `${src.law}${src.article ? ` ${src.article}` : ''}`}
          {src.kind !== 'practice' && src.note ? `（${src.note}）` : ''}
        </Typography.Text>
      </div>
      {editing && (
        <div className="rule-edit">
          <RuleEditor ruleKey={ruleKey} leaf={leaf} onChange={onChange} />
          {floor && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('profile.floor', { value: describeRule(ruleKey, floor, t, lang) })}
            </Typography.Text>
          )}
        </div>
      )}
      {errors.map((e) => (
        <Typography.Text key={e} type="danger" style={{ display: 'block' }}>
          {e}
        </Typography.Text>
      ))}
    </div>
  );
}
