import { Card, Col, Descriptions, type DescriptionsProps, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { LinkedName } from '../accounts/LinkedName';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { useCurrentUser } from '../auth/session';

/** 个人: who I am signed in as, and changing my password. */
export function MePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const items: NonNullable<DescriptionsProps['items']> = [
    { key: 'username', label: t('me.username'), children: me.username },
    { key: 'displayName', label: t('me.displayName'), children: me.displayName },
    { key: 'role', label: t('me.role'), children: t(`roles.${me.role}`) },
    { key: 'jurisdiction', label: t('me.jurisdiction'), children: me.jurisdictionName },
  ];
  if (me.deputyId) {
    items.push({
      key: 'deputy',
      label: t('me.linkedDeputy'),
      children: <LinkedName deputyId={me.deputyId} unitId={null} />,
    });
  }
  if (me.unitId) {
    items.push({
      key: 'unit',
      label: t('me.linkedUnit'),
      children: <LinkedName deputyId={null} unitId={me.unitId} />,
    });
  }
  return (
    <>
      <PageHeader title={t('me.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('me.details')}>
            <Descriptions column={1} size="small" items={items} data-testid="me-details" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('auth.changePassword')}>
            <ChangePasswordForm />
          </Card>
        </Col>
      </Row>
    </>
  );
}
