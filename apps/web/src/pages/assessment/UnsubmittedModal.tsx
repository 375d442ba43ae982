import { Alert, Button, Modal, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UnsubmittedRecord } from '@jx/contract';
import { useI18n, useT } from '../../locales';

/**
 * A 关闭 the server refused: the records of the process not yet submitted, and 仍然关闭 (which sends the close again
 * with `confirmUnsubmitted`).
 */
export function UnsubmittedModal(props: {
  open: boolean;
  /** The process: its period and target type. */
  title: string;
  /** Why the server refused (how many records), in the user's language. */
  message: string;
  records: readonly UnsubmittedRecord[];
  loading: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const t = useT();
  const { messages } = useI18n();
  const statuses = messages.assessment.unsubmitted.statuses as Record<string, string>;
  const columns: ColumnsType<UnsubmittedRecord> = [
    { key: 'target', title: t('assessment.unsubmitted.target'), dataIndex: 'targetTitle', ellipsis: { showTitle: true } },
    { key: 'unit', title: t('assessment.unsubmitted.unit'), dataIndex: 'unitName', width: 170, ellipsis: { showTitle: true } },
    { key: 'assessor', title: t('assessment.unsubmitted.assessor'), dataIndex: 'assessorUnitName', width: 150, ellipsis: { showTitle: true } },
    {
      key: 'status',
      title: t('assessment.unsubmitted.status'),
      width: 90,
      render: (_, r) => <Tag color={r.status === 'RETURNED' ? 'error' : 'default'}>{statuses[r.status] ?? r.status}</Tag>,
    },
  ];
  return (
    <Modal
      open={props.open}
      title={props.title}
      width={780}
      onCancel={props.onCancel}
      destroyOnHidden
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={props.onCancel}>
          {t('common.actions.cancel')}
        </Button>,
        <Button key="ok" type="primary" danger loading={props.loading} onClick={props.onConfirm} data-testid="unsubmitted-close-anyway">
          {t('assessment.actions.closeAnyway')}
        </Button>,
      ]}
    >
      <div data-testid="unsubmitted-modal">
        <Alert
          type="warning"
          showIcon
          title={props.message || t('assessment.unsubmitted.title', { count: props.records.length })}
          description={t('assessment.unsubmitted.hint')}
          style={{ marginBottom: 12 }}
        />
        <Table<UnsubmittedRecord>
          data-testid="unsubmitted-table"
          rowKey="recordId"
          size="small"
          columns={columns}
          dataSource={[...props.records]}
          pagination={props.records.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
          scroll={{ x: 640 }}
        />
      </div>
    </Modal>
  );
}
