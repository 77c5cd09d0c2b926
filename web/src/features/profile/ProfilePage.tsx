import { EditOutlined, SaveOutlined } from '@ant-design/icons';
import type { RuleProfile } from '@renda/shared';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { detailLines } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/session';
import { floorMessage } from './describe';
import { useProfile, useProfileDefaults } from './queries';
import { RuleItem } from './RuleItem';
import { type Leaf, rulesOf, SECTIONS, type SectionKey, withField } from './rules-meta';
import { SaveVersionModal } from './SaveVersionModal';
import { VersionHistory } from './VersionHistory';

/** PROFILE_INVALID details grouped by rule (`section.rule`). */
function errorsByRule(err: unknown, t: ReturnType<typeof useTranslation>['t']): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!isApiError(err, 'PROFILE_INVALID')) return out;
  for (const line of detailLines(err.details)) {
    const key = (line.path ?? '').split('.').slice(0, 2).join('.');
    out.set(key, [...(out.get(key) ?? []), floorMessage(line.message, t)]);
  }
  return out;
}

/** 规则配置: the jurisdiction's rules, each in words with its legal source; admins save new versions. */
export function ProfilePage() {
  const { t } = useTranslation();
  const canWrite = useCan('profile.write');
  const current = useProfile();
  const [draft, setDraft] = useState<RuleProfile>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const defaults = useProfileDefaults(!!draft);

  // After a refused save, bring the first marked rule into view.
  useEffect(() => {
    if (isApiError(saveError, 'PROFILE_INVALID')) {
      document.querySelector('.rule-item-error')?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    }
  }, [saveError]);

  if (current.error) return <ErrorAlert error={current.error} />;
  if (!current.data) return <Skeleton active />;
  const { version, profile, updatedAt } = current.data;
  const shown = draft ?? profile;
  const ruleErrors = errorsByRule(saveError, t);
  const placed = new Set(SECTIONS.flatMap((s) => rulesOf(shown, s).map(([k]) => `${s}.${k}`)));
  const unplaced = [...ruleErrors].filter(([k]) => !placed.has(k));
  const sectionNames: Record<SectionKey, string> = t('rules.sections', { returnObjects: true });

  const startEdit = () => {
    setSaveError(undefined);
    setDraft(structuredClone(profile));
  };
  const cancelEdit = () => {
    setSaveError(undefined);
    setDraft(undefined);
  };

  const actions = canWrite ? (
    draft ? (
      <>
        <Button onClick={cancelEdit}>{t('profile.cancelEdit')}</Button>
        <Button
          type="primary"
          icon={<SaveOutlined />}
          onClick={() => setSaving(true)}
          data-testid="profile-save"
        >
          {t('profile.save')}
        </Button>
      </>
    ) : (
      <Button icon={<EditOutlined />} onClick={startEdit} data-testid="profile-edit">
        {t('profile.edit')}
      </Button>
    )
  ) : undefined;

  return (
    <>
      <PageHeader title={t('profile.title')} extra={actions} intro={t('profile.intro')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'name', label: t('profile.name'), children: profile.name },
            { key: 'level', label: t('profile.level'), children: t(`levels.${profile.level}`) },
            {
              key: 'version',
              label: t('profile.current'),
              children: <Tag>{t('profile.version', { version })}</Tag>,
            },
            {
              key: 'updated',
              label: t('profile.updatedAt'),
              children: dayjs(updatedAt).format('YYYY-MM-DD HH:mm'),
            },
          ]}
        />
      </Card>
      {draft && <Alert type="warning" showIcon title={t('profile.editing')} style={{ marginBottom: 16 }} />}
      {isApiError(saveError, 'STALE_VERSION') && (
        <Alert type="warning" showIcon title={t('profile.stale')} style={{ marginBottom: 16 }} />
      )}
      {saveError !== undefined &&
        !isApiError(saveError, 'PROFILE_INVALID') &&
        !isApiError(saveError, 'STALE_VERSION') && (
          <ErrorAlert error={saveError} style={{ marginBottom: 16 }} />
        )}
      {ruleErrors.size > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('profile.invalidTitle')}
          description={unplaced.map(([k, msgs]) => `${k || '—'}: ${msgs.join('；')}`).join('\n') || undefined}
          style={{ marginBottom: 16 }}
          data-testid="profile-invalid"
        />
      )}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {SECTIONS.map((section) => (
          <Card
            key={section}
            size="small"
            title={sectionNames[section]}
            data-testid={`profile-section-${section}`}
          >
            {rulesOf(shown, section).map(([key, leaf]) => (
              <RuleItem
                key={key}
                section={section}
                ruleKey={key}
                leaf={leaf}
                floor={
                  draft && defaults.data
                    ? (defaults.data[section] as unknown as Record<string, Leaf>)[key]
                    : undefined
                }
                editing={!!draft}
                errors={ruleErrors.get(`${section}.${key}`) ?? []}
                onChange={(field, value) =>
                  setDraft((d) => (d ? withField(d, section, key, field, value) : d))
                }
              />
            ))}
          </Card>
        ))}
        <VersionHistory />
      </Space>
      {saving && draft && (
        <SaveVersionModal
          baseVersion={version}
          profile={draft}
          onClose={() => setSaving(false)}
          onSaved={() => {
            setSaveError(undefined);
            setDraft(undefined);
          }}
          onFailed={(e) => {
            setSaveError(e);
            if (isApiError(e, 'STALE_VERSION')) setDraft(undefined);
          }}
        />
      )}
    </>
  );
}
