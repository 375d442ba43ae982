import { Collapse, Drawer, Empty, Skeleton, Timeline, Typography } from 'antd';
import type { ScoringModelSummary } from '@jx/contract';
import { useScoringModelVersions } from '../../api/models';
import { ErrorState } from '../../components/ErrorState';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { canonical } from './modelTree';

/** Every saved version of a model, newest first: who saved it when, with what note, and its definition. */
export function VersionsDrawer({ model, onClose }: { model: ScoringModelSummary | null; onClose: () => void }) {
  const t = useT();
  const versions = useScoringModelVersions(model?.id);
  let body;
  if (versions.isError) body = <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />;
  else if (!versions.data) body = <Skeleton active />;
  else if (versions.data.length === 0) body = <Empty />;
  else
    body = (
      <Timeline
        data-testid="model-versions"
        items={versions.data.map((v) => ({
          key: v.versionNo,
          color: v.versionNo === model?.currentVersionNo ? 'green' : 'gray',
          children: (
            <>
              <Typography.Text strong>{t('models.versionNo', { n: v.versionNo })}</Typography.Text>
              {v.versionNo === model?.currentVersionNo ? <Typography.Text type="success">（{t('models.current')}）</Typography.Text> : null}
              <div className="muted small">
                {formatDateTime(v.createdAt)} · {v.createdByName}
              </div>
              {v.note ? <div>{v.note}</div> : null}
              <Collapse
                size="small"
                ghost
                items={[
                  {
                    key: 'json',
                    label: t('models.versions.definition'),
                    children: (
                      <pre style={{ fontSize: 12, maxHeight: 360, overflow: 'auto', margin: 0 }}>{JSON.stringify(canonical(v.definition), null, 2)}</pre>
                    ),
                  },
                ]}
              />
            </>
          ),
        }))}
      />
    );
  return (
    <Drawer open={!!model} onClose={onClose} title={t('models.versions.title', { name: model?.name ?? '' })} size="large" destroyOnHidden>
      {body}
    </Drawer>
  );
}
