import { Menu, type MenuProps } from 'antd';
import { useT } from '../locales';

/** The logo and the role-based menu, shown in the side bar on wide screens and in the menu drawer on phones. */
export function AppMenu({
  items,
  selectedKey,
  systemName,
  collapsed = false,
  onSelect,
}: {
  items: MenuProps['items'];
  selectedKey: string;
  systemName: string;
  collapsed?: boolean;
  onSelect: (path: string) => void;
}) {
  const t = useT();
  return (
    <>
      <div className="app-logo" title={systemName}>
        <span className="app-logo-mark">绩</span>
        {!collapsed ? <span className="app-logo-text">{t('common.appShortName')}</span> : null}
      </div>
      <Menu data-testid="side-menu" theme="dark" mode="inline" items={items} selectedKeys={[selectedKey]} onClick={({ key }) => onSelect(key)} />
    </>
  );
}
