import { Tag } from 'antd';
import { useT } from '../../locales';
import type { PeriodStatus } from './periodRows';

const COLORS: Record<PeriodStatus, string> = {
  ON_TIME: 'success',
  LATE: 'warning',
  PENDING: 'default',
  OVERDUE: 'error',
  NOT_STARTED: 'default',
  BEFORE_PUBLICATION: 'default',
  COMPLETED: 'default',
};

/** 已报 / 迟报 / 未报 / 逾期未报 / 未开始 / 发布前（无需报送）/ 已完成（无需报送）. */
export function ReportStatusTag({ status }: { status: PeriodStatus }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} data-status={status} data-testid="report-status">
      {t(`reports.statuses.${status}`)}
    </Tag>
  );
}

/** A submitted report: 按时报送 or 迟报. */
export function TimelinessTag({ late }: { late: boolean }) {
  const t = useT();
  return (
    <Tag color={late ? 'warning' : 'success'} data-late={late}>
      {late ? t('reports.timeliness.late') : t('reports.timeliness.onTime')}
    </Tag>
  );
}
