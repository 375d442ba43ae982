import { useMemo, useState, type Key } from 'react';
import { Alert, App, Flex, Input, Modal, Segmented, Table, Tag, Typography } from 'antd';
import { UNIT_KINDS, type AssessedUnit, type Category, type UnitKind } from '@jx/contract';
import { useUnitTree } from '../../api/units';
import { useAddAssessedUnits } from '../../api/years';
import { tableLocale } from '../../components/tableLocale';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { flattenUnits, unitMatches } from '../../utils/unitTree';

interface PickRow {
  id: string;
  name: string;
  code: string;
  kind: UnitKind;
  current?: AssessedUnit;
}

/** Picks units (filtered by kind and text) to add to a category as 考核对象. */
export function AddUnitsModal({
  category,
  yearAssessed,
  onClose,
}: {
  category: Category | null;
  /** Every 考核对象 of the year, to show where a unit is now. */
  yearAssessed: readonly AssessedUnit[];
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const tree = useUnitTree(false, !!category);
  const add = useAddAssessedUnits();
  const [kind, setKind] = useState<UnitKind | 'ALL'>('ALL');
  const [q, setQ] = useState('');
  const [selected, setSelected] = useState<Key[]>([]);

  const byUnit = useMemo(() => new Map(yearAssessed.map((a) => [a.unitId, a])), [yearAssessed]);
  const rows = useMemo<PickRow[]>(
    () =>
      flattenUnits(tree.data ?? [])
        .filter((u) => u.active && (kind === 'ALL' || u.kind === kind) && unitMatches(u, q))
        .map((u) => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, current: byUnit.get(u.id) })),
    [tree.data, kind, q, byUnit],
  );
  const moving = selected.filter((id) => {
    const cur = byUnit.get(String(id));
    return cur && cur.categoryId !== category?.id;
  }).length;

  const close = () => {
    setSelected([]);
    setQ('');
    setKind('ALL');
    onClose();
  };

  const submit = () => {
    if (!category || selected.length === 0) return;
    add.mutate(
      { body: { categoryId: category.id, unitIds: selected.map(String) } },
      {
        onSuccess: (res) => {
          message.success(t('categories.added', { count: res.length }));
          close();
        },
        onError: (e) => handleError(e),
      },
    );
  };

  return (
    <Modal
      open={!!category}
      title={category ? t('categories.addUnitsTitle', { name: category.name }) : null}
      onCancel={close}
      onOk={submit}
      okText={t('categories.addSubmit')}
      okButtonProps={{ disabled: selected.length === 0, 'data-testid': 'add-units-ok' }}
      confirmLoading={add.isPending}
      width={760}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Flex gap={12} wrap align="center">
          <Segmented<UnitKind | 'ALL'>
            value={kind}
            onChange={setKind}
            options={[{ value: 'ALL', label: t('categories.allKinds') }, ...UNIT_KINDS.map((k) => ({ value: k, label: t(`enums.unitKinds.${k}`) }))]}
          />
          <Input.Search allowClear autoFocus placeholder={t('categories.unitSearch')} style={{ width: 220 }} onChange={(e) => setQ(e.target.value)} />
        </Flex>
        {moving > 0 ? <Alert type="warning" showIcon title={t('categories.moveHint')} /> : null}
        <Table<PickRow>
          rowKey="id"
          size="small"
          dataSource={rows}
          loading={tree.isFetching}
          pagination={false}
          scroll={{ y: 360 }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: setSelected,
            getCheckboxProps: (r) => ({ disabled: r.current?.categoryId === category?.id }),
          }}
          locale={tableLocale({ error: tree.error, onRetry: () => void tree.refetch(), empty: t('categories.noUnitsToPick'), loading: tree.isLoading })}
          columns={[
            { key: 'name', title: t('categories.unitName'), dataIndex: 'name' },
            { key: 'kind', title: t('categories.unitKind'), width: 130, render: (_, r) => t(`enums.unitKinds.${r.kind}`) },
            {
              key: 'current',
              title: t('categories.currentCategory'),
              width: 200,
              render: (_, r) =>
                r.current ? (
                  r.current.categoryId === category?.id ? (
                    <Tag color="green">{t('categories.alreadyIn')}</Tag>
                  ) : (
                    <Tag color="orange">{t('categories.inOtherCategory', { name: r.current.categoryName })}</Tag>
                  )
                ) : null,
            },
          ]}
        />
        <Typography.Text type="secondary">{t('categories.selectedCount', { count: selected.length })}</Typography.Text>
      </Flex>
    </Modal>
  );
}
