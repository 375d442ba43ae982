import { Drawer, Skeleton, Tabs } from 'antd';
import type { AssessmentPeriod, DepartmentAudit } from '@jx/contract';
import { useDepartmentActivity } from '../../api/dataAudit';
import { ErrorState } from '../../components/ErrorState';
import { useT } from '../../locales';
import { ActivityEvents, ActivityLogins } from './ActivityLogs';
import { ActivityRecords } from './ActivityRecords';

/** One department's activity in the period: 登录记录 / 考核记录 / 操作明细. */
export function ActivityDrawer(props: { department: DepartmentAudit | null; period: AssessmentPeriod; onClose: () => void }) {
  const t = useT();
  const { department, period } = props;
  const activity = useDepartmentActivity(department?.departmentId, period.id);
  const data = activity.data;

  let content;
  if (activity.isError && !data) content = <ErrorState error={activity.error} onRetry={() => void activity.refetch()} />;
  else if (!data) content = <Skeleton active paragraph={{ rows: 8 }} />;
  else
    content = (
      <Tabs
        defaultActiveKey="records"
        data-testid="data-audit-tabs"
        items={[
          { key: 'logins', label: `${t('dataAudit.drawer.tabs.logins')} (${data.logins.length})`, children: <ActivityLogins logins={data.logins} /> },
          {
            key: 'records',
            label: `${t('dataAudit.drawer.tabs.records')} (${data.records.length})`,
            children: <ActivityRecords records={data.records} refreshing={activity.isFetching} />,
          },
          { key: 'events', label: `${t('dataAudit.drawer.tabs.events')} (${data.events.length})`, children: <ActivityEvents events={data.events} /> },
        ]}
      />
    );

  return (
    <Drawer
      open={!!department}
      onClose={props.onClose}
      size={1080}
      destroyOnHidden
      title={department ? t('dataAudit.drawer.title', { department: department.departmentName, period: period.name }) : ''}
      data-testid="data-audit-drawer"
    >
      {department ? content : null}
    </Drawer>
  );
}
