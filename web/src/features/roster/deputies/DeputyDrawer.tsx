import { EditOutlined } from '@ant-design/icons';
import type { Deputy } from '@renda/shared';
import { Button, Descriptions, type DescriptionsProps, Drawer, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIsMobile } from '../../../components/useIsMobile';
import { DeputyStatusTag, orDash } from '../labels';
import { useDeputy, useTerms } from '../queries';

const CONTACT = ['phone', 'email', 'address', 'cardCode'] as const;

/** One deputy's record. Contact fields appear only when the server sent them (i.e. the reader may see them). */
export function DeputyDrawer({
  id,
  onClose,
  onEdit,
}: {
  id?: string;
  onClose: () => void;
  onEdit?: (d: Deputy) => void;
}) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const deputy = useDeputy(id);
  const terms = useTerms();
  const d = deputy.data;
  const termLabel = d ? terms.data?.find((x) => x.id === d.termId)?.label : undefined;

  const items: DescriptionsProps['items'] = d
    ? [
        { key: 'name', label: t('deputy.fields.name'), children: d.name },
        { key: 'gender', label: t('deputy.fields.gender'), children: t(`gender.${d.gender}`) },
        { key: 'ethnicity', label: t('deputy.fields.ethnicity'), children: d.ethnicity },
        { key: 'birthDate', label: t('deputy.fields.birthDate'), children: orDash(d.birthDate) },
        { key: 'term', label: t('deputy.fields.term'), children: orDash(termLabel) },
        { key: 'delegation', label: t('deputy.fields.delegation'), children: orDash(d.delegationName) },
        { key: 'constituency', label: t('deputy.fields.constituency'), children: orDash(d.constituency) },
        { key: 'occupation', label: t('deputy.fields.occupation'), children: orDash(d.occupation) },
        { key: 'party', label: t('deputy.fields.party'), children: orDash(d.party) },
        { key: 'status', label: t('deputy.fields.status'), children: <DeputyStatusTag status={d.status} /> },
        { key: 'statusDate', label: t('deputy.fields.statusDate'), children: orDash(d.statusDate) },
        { key: 'statusNote', label: t('deputy.fields.statusNote'), children: orDash(d.statusNote) },
        ...CONTACT.filter((k) => k in d && d[k] !== undefined).map((k) => ({
          key: k,
          label: t(`deputy.fields.${k}`),
          children: orDash(d[k]),
        })),
      ]
    : [];

  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      title={d ? d.name : t('deputy.detailTitle')}
      size={mobile ? '100%' : 560}
      extra={
        onEdit &&
        d && (
          <Button icon={<EditOutlined />} onClick={() => onEdit(d)} data-testid="deputy-edit">
            {t('common.edit')}
          </Button>
        )
      }
    >
      {deputy.error && <ErrorAlert error={deputy.error} />}
      {deputy.isPending && !!id && <Skeleton active />}
      {d && <Descriptions column={1} bordered size="small" items={items} />}
    </Drawer>
  );
}
