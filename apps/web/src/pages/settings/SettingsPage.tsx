import { useMemo } from 'react';
import { Card, Empty, Flex, Skeleton } from 'antd';
import { SETTING_DEFINITIONS, type Setting } from '@jx/contract';
import { useSettings } from '../../api/settings';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../locales';
import type { SettingGroup } from '../../locales/zh-CN/settings';
import { SettingRow } from './SettingRow';

const KEY_ORDER = Object.keys(SETTING_DEFINITIONS);

export function SettingsPage() {
  const t = useT();
  const query = useSettings();

  const groups = useMemo(() => {
    const map = new Map<string, Setting[]>();
    const sorted = [...(query.data ?? [])].sort((a, b) => KEY_ORDER.indexOf(a.key) - KEY_ORDER.indexOf(b.key));
    for (const s of sorted) map.set(s.group, [...(map.get(s.group) ?? []), s]);
    return [...map.entries()];
  }, [query.data]);

  const groupLabel = (g: string) => (Object.values(SETTING_DEFINITIONS).some((d) => d.group === g) ? t(`settings.groups.${g as SettingGroup}`) : g);

  return (
    <>
      <PageHeader title={t('settings.title')} subTitle={t('settings.subtitle')} />
      {query.isLoading ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : query.isError ? (
        <Card>
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        </Card>
      ) : groups.length === 0 ? (
        <Card>
          <Empty description={t('settings.empty')} />
        </Card>
      ) : (
        <Flex vertical gap={16} data-testid="settings">
          {groups.map(([group, items]) => (
            <Card key={group} title={groupLabel(group)} size="small" styles={{ body: { paddingTop: 0, paddingBottom: 0 } }}>
              {items.map((s) => (
                <SettingRow key={s.key} setting={s} />
              ))}
            </Card>
          ))}
        </Flex>
      )}
    </>
  );
}

export default SettingsPage;
