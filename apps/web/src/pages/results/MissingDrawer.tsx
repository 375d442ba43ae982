import { useState } from 'react';
import { App, Button, Drawer, List, Popconfirm, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { waiveMissingInput, type MissingInputView } from '@jx/contract';
import { useResultReceipt, useUnwaive, useWaive } from '../../api/results';
import { ReasonModal } from '../../components/ReasonModal';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';

/** 缺项与豁免 of one unit: each missing input, where it is supplied, and its waiver. */
export function MissingDrawer(props: { resultSetId: string; unit: { unitId: string; unitName: string } | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const receipt = useResultReceipt(props.resultSetId, props.unit?.unitId ?? '');
  const waive = useWaive();
  const unwaive = useUnwaive();
  const [waiving, setWaiving] = useState<MissingInputView | null>(null);
  return (
    <Drawer open={!!props.unit} onClose={props.onClose} title={t('results.missing.title', { unit: props.unit?.unitName ?? '' })} size={560}>
      {!receipt.data ? (
        <Skeleton active />
      ) : (
        <List
          dataSource={receipt.data.missing}
          locale={{ emptyText: t('results.missing.none') }}
          renderItem={(m) => (
            <List.Item
              data-testid="missing-item"
              actions={[
                m.waiver ? (
                  <Popconfirm
                    key="u"
                    title={t('results.missing.unwaiveConfirm')}
                    onConfirm={() =>
                      unwaive.mutateAsync({ params: { id: props.resultSetId }, query: { unitId: props.unit!.unitId, key: m.key } }).catch(handleError)
                    }
                  >
                    <Button size="small">{t('results.missing.unwaive')}</Button>
                  </Popconfirm>
                ) : (
                  <Button key="w" size="small" type="primary" ghost onClick={() => setWaiving(m)} data-testid="missing-waive">
                    {t('results.missing.waive')}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta
                title={
                  <span>
                    {m.label} {m.waiver ? <Tag color="gold">{t('results.missing.waived')}</Tag> : <Tag color="red">{t('results.missing.open')}</Tag>}
                  </span>
                }
                description={
                  <>
                    {m.waiver ? (
                      <Typography.Text type="secondary">
                        {t('results.missing.waiverLine', { reason: m.waiver.reason, by: m.waiver.createdByName })}
                      </Typography.Text>
                    ) : null}
                    {m.href && !m.waiver ? <Link to={m.href}>{t('results.missing.supply')}</Link> : null}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <ReasonModal
        open={!!waiving}
        title={t('results.missing.waiveTitle')}
        loading={waive.isPending}
        okText={t('results.missing.waive')}
        hint={waiving?.label ?? ''}
        label={t('results.missing.reason')}
        placeholder={t('results.missing.reasonPlaceholder')}
        schema={waiveMissingInput.body!.shape.reason}
        testId="waive"
        onCancel={() => setWaiving(null)}
        onSubmit={(reason, form) =>
          waive
            .mutateAsync({ params: { id: props.resultSetId }, body: { unitId: props.unit!.unitId, key: waiving!.key, reason } })
            .then(() => {
              message.success(t('results.missing.waivedOk'));
              setWaiving(null);
            })
            .catch((e) => handleError(e, { form }))
        }
      />
    </Drawer>
  );
}
