import { TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { DASH } from '../roster/labels';
import { useDeputy, useUnit } from '../roster/queries';

/** The deputy or unit an account acts for, by name (looked up and cached per id). */
export function LinkedName({ deputyId, unitId }: { deputyId: string | null; unitId: string | null }) {
  const deputy = useDeputy(deputyId ?? undefined);
  const unit = useUnit(unitId);
  if (deputyId) {
    return (
      <Space size={4}>
        <UserOutlined />
        {deputy.data?.name ?? '…'}
      </Space>
    );
  }
  if (unitId) {
    return (
      <Space size={4}>
        <TeamOutlined />
        {unit.data?.name ?? '…'}
      </Space>
    );
  }
  return <>{DASH}</>;
}
