import { Card, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { AssessorAssignment } from '@jx/contract';
import { tableLocale } from '../../components/tableLocale';
import { useT } from '../../locales';

/** The targets of the year that name their own assessing departments (set on the target's detail page). */
export function TargetNamingsCard({ items, loading }: { items: readonly AssessorAssignment[]; loading: boolean }) {
  const t = useT();
  const rows = items.filter((a) => a.scope === 'target' && a.units.length > 0);
  return (
    <Card data-testid="target-namings" title={t('targetTypes.targets.title')} size="small">
      <Typography.Paragraph type="secondary" className="small" style={{ marginTop: 0 }}>
        {t('targetTypes.targets.hint')}
      </Typography.Paragraph>
      <Table<AssessorAssignment>
        rowKey="id"
        size="small"
        dataSource={rows}
        loading={loading}
        pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
        locale={tableLocale({ empty: t('targetTypes.targets.empty'), loading })}
        columns={[
          {
            key: 'target',
            title: t('targetTypes.targets.target'),
            sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
            render: (_, a) => <Link to={`/targets/${a.id}`}>{a.name}</Link>,
          },
          {
            key: 'units',
            title: t('targetTypes.targets.assessors'),
            width: 320,
            render: (_, a) =>
              a.units.map((u) => (
                <Tag key={u.id} color="blue" style={{ fontWeight: 600 }}>
                  {u.name}
                </Tag>
              )),
          },
        ]}
      />
    </Card>
  );
}
