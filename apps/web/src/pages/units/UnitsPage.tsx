import { useMemo, useState, type Key } from 'react';
import { Alert, App, Button, Card, Flex, Input, Switch, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PlusOutlined } from '@ant-design/icons';
import type { UnitTreeNode } from '@jx/contract';
import { useActivateUnit, useDeactivateUnit, useUnitTree, useUnitsWithoutAccounts } from '../../api/units';
import { PageHeader } from '../../components/PageHeader';
import { tableLocale } from '../../components/tableLocale';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { usePhone } from '../../hooks/usePhone';
import { useT } from '../../locales';
import { filterUnitTree, flattenUnits, unitMatches } from '../../utils/unitTree';
import { unitColumns, type UnitRow as Row } from './columns';
import { UnitFormModal, type UnitModalState } from './UnitFormModal';

/** antd renders an expand icon for any `children` array: leaves get none. */
function toRows(nodes: readonly UnitTreeNode[]): Row[] {
  return nodes.map(({ children, ...u }) => (children.length ? { ...u, children: toRows(children) } : u));
}

export function UnitsPage() {
  const t = useT();
  const phone = usePhone();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [q, setQ] = useState('');
  const [modal, setModal] = useState<UnitModalState>(null);
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  // 首页 无启用账户的单位 links here with ?withoutAccounts=true: a flat list of those units instead of the tree.
  const [search] = useSearchParams();
  const withoutAccounts = search.get('withoutAccounts') === 'true';
  const lonely = useUnitsWithoutAccounts(withoutAccounts);
  const fullTreeQuery = useUnitTree(includeInactive, !withoutAccounts);
  const tree = withoutAccounts ? lonely : fullTreeQuery;
  const fullTree = useUnitTree(true);
  const deactivate = useDeactivateUnit();
  const activate = useActivateUnit();

  const nodes = useMemo(() => tree.data ?? [], [tree.data]);
  const filtered = useMemo(() => (q.trim() ? filterUnitTree(nodes, (u) => unitMatches(u, q)) : nodes), [nodes, q]);
  const rows = useMemo(() => toRows(filtered), [filtered]);
  const allIds = useMemo(
    () =>
      flattenUnits(filtered)
        .filter((u) => u.children.length)
        .map((u) => u.id),
    [filtered],
  );
  const counts = useMemo(() => {
    const all = flattenUnits(fullTree.data ?? nodes);
    return { total: all.length, inactive: all.filter((u) => !u.active).length };
  }, [fullTree.data, nodes]);

  // While searching everything is expanded; otherwise the user's choice (default: all expanded).
  const expandedKeys = q.trim() || expanded === null ? allIds : expanded;

  const toggleActive = async (u: Row) => {
    setBusyId(u.id);
    try {
      if (u.active) {
        await deactivate.mutateAsync({ params: { id: u.id }, body: { version: u.version } });
        message.success(t('units.messages.deactivated'));
      } else {
        await activate.mutateAsync({ params: { id: u.id }, body: { version: u.version } });
        message.success(t('units.messages.activated'));
      }
    } catch (e) {
      handleError(e);
    } finally {
      setBusyId(null);
    }
  };

  const columns = unitColumns(t, {
    onEdit: (unit) => setModal({ mode: 'edit', unit }),
    onCreateChild: (u) => setModal({ mode: 'create', parentId: u.id, kind: u.kind }),
    onToggleActive: toggleActive,
    busyId,
  });

  return (
    <>
      <PageHeader
        title={t('units.title')}
        subTitle={t('units.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ mode: 'create' })} data-testid="unit-create">
            {t('units.create')}
          </Button>
        }
      />
      <Card>
        {withoutAccounts ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="unit-without-accounts"
            message={t('units.withoutAccounts.title', { count: lonely.data?.length ?? 0 })}
            description={t('units.withoutAccounts.hint')}
            action={<Link to="/admin/units">{t('units.withoutAccounts.showAll')}</Link>}
          />
        ) : null}
        <Flex className="filter-bar" gap={16} align="center" wrap justify="space-between">
          <Flex gap={16} align="center" wrap>
            <Input.Search
              allowClear
              placeholder={t('units.searchPlaceholder')}
              style={{ width: 280 }}
              onChange={(e) => setQ(e.target.value)}
              onSearch={setQ}
              data-testid="unit-search"
            />
            <Flex gap={8} align="center">
              <Switch checked={includeInactive} onChange={setIncludeInactive} data-testid="unit-show-inactive" id="unit-show-inactive" />
              <label htmlFor="unit-show-inactive">{t('units.showInactive')}</label>
            </Flex>
          </Flex>
          <Flex gap={8} align="center" wrap>
            <Typography.Text type="secondary">{t('units.count', counts)}</Typography.Text>
            <Button size="small" onClick={() => setExpanded(allIds)}>
              {t('units.expandAll')}
            </Button>
            <Button size="small" onClick={() => setExpanded([])}>
              {t('units.collapseAll')}
            </Button>
          </Flex>
        </Flex>
        <div data-testid="unit-tree">
          <Table<Row>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={tree.isFetching}
            pagination={false}
            scroll={{ x: phone ? 520 : 900 }}
            rowClassName={(u) => (u.active ? '' : 'row-inactive')}
            expandable={{
              expandedRowKeys: expandedKeys as Key[],
              onExpandedRowsChange: (keys) => setExpanded(keys),
              indentSize: 24,
            }}
            locale={tableLocale({
              error: tree.error,
              onRetry: () => void tree.refetch(),
              empty: q.trim() ? t('units.emptySearch', { q }) : withoutAccounts ? t('units.withoutAccounts.empty') : t('units.empty'),
              loading: tree.isLoading,
            })}
          />
        </div>
      </Card>
      <UnitFormModal state={modal} tree={fullTree.data ?? nodes} onClose={() => setModal(null)} />
    </>
  );
}

export default UnitsPage;
