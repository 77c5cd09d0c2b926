import {
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  HomeOutlined,
  NotificationOutlined,
  SettingOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Action } from '@renda/shared';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';

export type NavKey =
  | 'home'
  | 'sessions'
  | 'suggestions'
  | 'supervision'
  | 'liaison'
  | 'archive'
  | 'roster'
  | 'profile-rules'
  | 'accounts'
  | 'audit'
  | 'me';

export interface NavEntry {
  key: NavKey;
  path: string;
  /** i18n key of the label */
  label: ParseKeys;
  icon: ReactNode;
  /** Shown only with this ability; entries without one are shown to every signed-in role. */
  ability?: Action;
  /** A divider above this entry. */
  group?: boolean;
}

export const NAV: NavEntry[] = [
  { key: 'home', path: '/', label: 'nav.home', icon: <HomeOutlined /> },
  { key: 'sessions', path: '/sessions', label: 'nav.sessions', icon: <BankOutlined />, group: true },
  { key: 'suggestions', path: '/suggestions', label: 'nav.suggestions', icon: <FileTextOutlined /> },
  { key: 'supervision', path: '/supervision', label: 'nav.supervision', icon: <FileSearchOutlined /> },
  { key: 'liaison', path: '/liaison', label: 'nav.liaison', icon: <NotificationOutlined /> },
  { key: 'archive', path: '/archive', label: 'nav.archive', icon: <BookOutlined /> },
  {
    key: 'roster',
    path: '/roster/deputies',
    label: 'nav.roster',
    icon: <TeamOutlined />,
    ability: 'roster.read',
    group: true,
  },
  {
    key: 'profile-rules',
    path: '/profile-rules',
    label: 'nav.profileRules',
    icon: <SettingOutlined />,
    ability: 'profile.read',
  },
  {
    key: 'accounts',
    path: '/accounts',
    label: 'nav.accounts',
    icon: <UsergroupAddOutlined />,
    ability: 'accounts.read',
  },
  { key: 'audit', path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, ability: 'audit.read' },
  { key: 'me', path: '/me', label: 'nav.me', icon: <UserOutlined />, group: true },
];

/** The menu entry a path belongs to. */
export function navKeyOf(pathname: string): NavKey {
  const first = pathname.split('/')[1] ?? '';
  const hit = NAV.find((n) => n.key !== 'home' && n.key === first);
  return hit ? hit.key : 'home';
}
