import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../auth/session';
import { NAV, navKeyOf } from './nav';

type Item = NonNullable<MenuProps['items']>[number];

/** The side menu: one entry per page the account may open, each with a stable data-testid. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();

  const items: Item[] = [];
  for (const entry of NAV) {
    if (entry.ability && !me.abilities.includes(entry.ability)) continue;
    if (entry.group && items.length > 0) items.push({ type: 'divider', key: `divider-${entry.key}` });
    items.push({
      key: entry.key,
      icon: entry.icon,
      label: t(entry.label),
      'data-testid': `nav-${entry.key}`,
      onClick: () => {
        // flushSync: the page is on screen when the click returns (no transition in between).
        navigate(entry.path, { flushSync: true });
        onNavigate?.();
      },
    });
  }

  return (
    <Menu
      mode="inline"
      selectedKeys={[navKeyOf(location.pathname)]}
      items={items}
      style={{ borderInlineEnd: 'none', paddingTop: 8 }}
    />
  );
}
