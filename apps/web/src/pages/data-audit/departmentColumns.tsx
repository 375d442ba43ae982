import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { QuestionCircleOutlined } from '@ant-design/icons';
import type { DepartmentAudit } from '@jx/contract';
import type { TFunction } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { RECORD_STATUS_COLORS } from '../assessment/scoringRules';

const STATES = ['draft', 'submitted', 'archived', 'returned', 'voided'] as const;
const STATUS_OF = { draft: 'DRAFT', submitted: 'SUBMITTED', archived: 'ARCHIVED', returned: 'RETURNED', voided: 'VOIDED' } as const;

const withTip = (title: string, tip: string) => (
  <Flex gap={4} align="center">
    {title}
    <Tooltip title={tip}>
      <QuestionCircleOutlined className="muted" aria-label={tip} />
    </Tooltip>
  </Flex>
);

/** The departments table: logins, last login, records by state, expected, late (red when any), the close. */
export function departmentColumns(t: TFunction, onOpen: (row: DepartmentAudit) => void): ColumnsType<DepartmentAudit> {
  return [
    {
      key: 'department',
      title: t('dataAudit.fields.department'),
      dataIndex: 'departmentName',
      width: 150,
      fixed: 'left',
      render: (name: string, r) => (
        <Typography.Link onClick={() => onOpen(r)} data-testid="data-audit-department">
          {name}
        </Typography.Link>
      ),
    },
    {
      key: 'logins',
      title: withTip(t('dataAudit.fields.logins'), t('dataAudit.tips.logins')),
      width: 100,
      align: 'right',
      render: (_, r) => (
        <Flex vertical align="flex-end">
          <span data-testid="data-audit-logins">{r.logins}</span>
          {r.failedLogins ? (
            <Typography.Text type="warning" className="small">
              {t('dataAudit.fields.failedLogins')} {r.failedLogins}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'lastLoginAt',
      title: t('dataAudit.fields.lastLoginAt'),
      width: 160,
      render: (_, r) => (r.lastLoginAt ? formatDateTime(r.lastLoginAt) : <span className="muted">{t('dataAudit.never')}</span>),
    },
    {
      key: 'records',
      title: t('dataAudit.fields.records'),
      render: (_, r) => {
        const shown = STATES.filter((s) => r.records[s] > 0);
        if (!shown.length) return <span className="muted">{t('dataAudit.never')}</span>;
        return (
          <Flex gap={4} wrap data-testid="data-audit-records">
            {shown.map((s) => (
              <Tag
                key={s}
                color={RECORD_STATUS_COLORS[STATUS_OF[s]]}
                style={{ marginInlineEnd: 0 }}
                data-testid={`data-audit-count-${s}`}
                data-count={r.records[s]}
              >
                {t(`dataAudit.statuses.${STATUS_OF[s]}`)} {r.records[s]}
              </Tag>
            ))}
          </Flex>
        );
      },
    },
    {
      key: 'expected',
      title: withTip(t('dataAudit.fields.expected'), t('dataAudit.tips.expected')),
      dataIndex: 'expected',
      width: 90,
      align: 'right',
    },
    {
      key: 'late',
      title: withTip(t('dataAudit.fields.late'), t('dataAudit.tips.late')),
      width: 80,
      align: 'right',
      sorter: (a, b) => a.late - b.late,
      render: (_, r) => (
        <Typography.Text type={r.late ? 'danger' : undefined} strong={r.late > 0} data-testid="data-audit-late" data-late={r.late}>
          {r.late}
        </Typography.Text>
      ),
    },
    {
      key: 'closedAt',
      title: t('dataAudit.fields.closedAt'),
      width: 160,
      render: (_, r) => (r.closedAt ? formatDateTime(r.closedAt) : <span className="muted">{t('dataAudit.notClosed')}</span>),
    },
    {
      key: 'actions',
      title: t('common.table.actions'),
      width: 64,
      fixed: 'right',
      render: (_, r) => (
        <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => onOpen(r)} data-testid="data-audit-open">
          {t('dataAudit.open')}
        </Button>
      ),
    },
  ];
}
