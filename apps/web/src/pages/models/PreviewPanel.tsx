import { useDeferredValue, useMemo, useState } from 'react';
import { Alert, Button, Flex, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Category } from '@jx/contract';
import type { MissingInput } from '@jx/scoring';
import { useAssessmentPeriods } from '../../api/assessment';
import { usePreviewInputs } from '../../api/models';
import { tableLocale } from '../../components/tableLocale';
import { useT, type TFunction } from '../../locales';
import type { ModelDraft } from './modelTree';
import { compareRuns, movementCounts, runModel, type PreviewRow, type Standing } from './preview';

/** A change shown with its direction: ↑ green, ↓ red, — when nothing moved. */
function Change({ value, suffix = '', testId }: { value: number | null; suffix?: string; testId: string }) {
  if (value === null || value === 0)
    return (
      <Typography.Text type="secondary" data-testid={testId} data-direction="none">
        —
      </Typography.Text>
    );
  const up = value > 0;
  return (
    <Typography.Text type={up ? 'success' : 'danger'} data-testid={testId} data-direction={up ? 'up' : 'down'}>
      {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {Math.abs(value)}
      {suffix}
    </Typography.Text>
  );
}

/**
 * 效果预览: the chosen period's inputs for the chosen category, scored in the browser by the same engine as the batch
 * summary, once with the saved model and once with the draft; every unit's score, grade and rank side by side with
 * how they move. Nothing is saved.
 */
export function PreviewPanel(props: { yearId: string; categories: readonly Category[]; saved: ModelDraft; edited: ModelDraft; dirty: boolean }) {
  const t = useT();
  const periods = useAssessmentPeriods(props.yearId);
  const ordered = [...(periods.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
  const [periodId, setPeriodId] = useState<string>();
  const [categoryId, setCategoryId] = useState<string>();
  const category = categoryId ?? props.categories[0]?.id;
  // By default the latest period with a closed process: its inputs are complete.
  const period = periodId ?? ([...ordered].reverse().find((p) => p.processes.some((x) => x.status === 'CLOSED')) ?? ordered[0])?.id;
  const inputs = usePreviewInputs(period, category);
  const edited = useDeferredValue(props.edited);
  const saved = useMemo(() => (inputs.data ? runModel(props.saved, inputs.data.input) : null), [props.saved, inputs.data]);
  const after = useMemo(() => (inputs.data ? runModel(edited, inputs.data.input) : null), [edited, inputs.data]);
  const rows = useMemo(() => compareRuns(saved?.ok ? saved.result : null, after?.ok ? after.result : null), [saved, after]);
  const moved = movementCounts(rows);
  const withMissing = rows.filter((r) => r.missing.length > 0).length;

  const standing = (key: 'saved' | 'edited', title: string) => ({
    title,
    children: [
      {
        title: t('models.preview.score'),
        key: `${key}-score`,
        width: 90,
        align: 'right' as const,
        sorter: (a: PreviewRow, b: PreviewRow) => (a[key]?.final ?? -1) - (b[key]?.final ?? -1),
        render: (_: unknown, r: PreviewRow) => <span data-testid={`preview-${key}-score`}>{r[key]?.final.toFixed(2) ?? '—'}</span>,
      },
      {
        title: t('models.preview.grade'),
        key: `${key}-grade`,
        width: 80,
        render: (_: unknown, r: PreviewRow) => gradeTag(r[key], key === 'edited' && r.gradeChanged),
      },
      {
        title: t('models.preview.rank'),
        key: `${key}-rank`,
        width: 64,
        align: 'right' as const,
        render: (_: unknown, r: PreviewRow) => r[key]?.rank ?? '—',
      },
    ],
  });

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        <span>{t('models.preview.period')}</span>
        <Select
          style={{ width: 200 }}
          value={period}
          onChange={setPeriodId}
          loading={periods.isLoading}
          options={ordered.map((p) => ({ value: p.id, label: p.name }))}
          aria-label={t('models.preview.period')}
          data-testid="preview-period"
        />
        <span>{t('models.preview.category')}</span>
        <Select
          style={{ width: 220 }}
          value={category}
          onChange={setCategoryId}
          options={props.categories.map((c) => ({ value: c.id, label: c.name }))}
          placeholder={t('models.preview.noCategory')}
          aria-label={t('models.preview.category')}
          data-testid="preview-category"
        />
        <Button icon={<ReloadOutlined />} onClick={() => void inputs.refetch()} loading={inputs.isFetching} disabled={!period || !category}>
          {t('models.preview.reload')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t(props.dirty ? 'models.preview.hint' : 'models.preview.hintClean')}</Typography.Text>
      {saved && !saved.ok ? <Problems title={t('models.preview.savedFailed')} problems={saved.problems} /> : null}
      {after && !after.ok ? <Problems title={t('models.preview.editedFailed')} problems={after.problems} /> : null}
      {rows.length ? (
        <Flex gap={8} wrap data-testid="preview-summary">
          <Tag>{t('models.preview.units', { count: rows.length })}</Tag>
          <Tag color={moved.score ? 'processing' : 'default'}>{t('models.preview.scoreMoved', { count: moved.score })}</Tag>
          <Tag color={moved.rank ? 'processing' : 'default'}>{t('models.preview.rankMoved', { count: moved.rank })}</Tag>
          <Tag color={moved.grade ? 'warning' : 'default'}>{t('models.preview.gradeMoved', { count: moved.grade })}</Tag>
          {withMissing ? (
            <Tooltip title={t('models.preview.missingHint')}>
              <Tag color="gold">{t('models.preview.withMissing', { count: withMissing })}</Tag>
            </Tooltip>
          ) : null}
        </Flex>
      ) : null}
      <Table<PreviewRow>
        rowKey="unitId"
        size="small"
        bordered
        data-testid="preview-table"
        loading={inputs.isFetching}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 900 }}
        locale={tableLocale({
          error: inputs.isError ? inputs.error : undefined,
          onRetry: () => void inputs.refetch(),
          loading: inputs.isLoading,
          empty: !category ? t('models.preview.noCategory') : t('models.preview.empty'),
        })}
        columns={[
          { title: t('models.preview.unit'), dataIndex: 'name', key: 'name', fixed: 'left', width: 200 },
          standing('saved', t('models.preview.saved')),
          standing('edited', t('models.preview.edited')),
          {
            title: t('models.preview.change'),
            children: [
              {
                title: t('models.preview.score'),
                key: 'scoreChange',
                width: 90,
                sorter: (a, b) => (a.scoreChange ?? 0) - (b.scoreChange ?? 0),
                render: (_, r) => <Change value={r.scoreChange} testId="preview-score-change" />,
              },
              {
                title: t('models.preview.rank'),
                key: 'rankChange',
                width: 80,
                sorter: (a, b) => (a.rankChange ?? 0) - (b.rankChange ?? 0),
                render: (_, r) => <Change value={r.rankChange} testId="preview-rank-change" />,
              },
            ],
          },
          {
            title: t('models.preview.missing'),
            key: 'missing',
            width: 90,
            align: 'right',
            render: (_, r) =>
              r.missing.length ? (
                <Tooltip
                  title={
                    <ul style={{ margin: 0, paddingLeft: 16 }}>
                      {r.missing.slice(0, 8).map((m) => (
                        <li key={m.key}>{missingText(m, t)}</li>
                      ))}
                      {r.missing.length > 8 ? <li>{t('models.issues.more', { count: r.missing.length - 8 })}</li> : null}
                    </ul>
                  }
                >
                  <Typography.Text type="warning" style={{ cursor: 'help' }}>
                    {r.missing.length}
                  </Typography.Text>
                </Tooltip>
              ) : (
                <Typography.Text type="secondary">0</Typography.Text>
              ),
          },
        ]}
      />
    </Flex>
  );
}

/** One missing input as the office reads it. */
function missingText(m: MissingInput, t: TFunction): string {
  switch (m.kind) {
    case 'target-unassessed':
      return t('models.missing.target', { title: m.title, period: m.period });
    case 'no-targets':
      return t('models.missing.noTargets', { period: m.period });
    case 'rating-missing':
      return t('models.missing.rating', { rater: m.raterName, group: t(`models.groups.${m.group}`) });
    case 'no-raters':
      return t('models.missing.noRaters', { group: t(`models.groups.${m.group}`) });
    case 'import-missing':
      return t('models.missing.import', { key: m.importKey });
  }
}

function gradeTag(s: Standing | null, changed: boolean) {
  if (!s) return '—';
  return changed ? (
    <Tag color="warning" data-testid="preview-grade-changed">
      {s.grade}
    </Tag>
  ) : (
    <span>{s.grade}</span>
  );
}

function Problems({ title, problems }: { title: string; problems: string[] }) {
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      data-testid="preview-problems"
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {problems.slice(0, 10).map((p, i) => (
            <li key={i}>{p}</li>
          ))}
          {problems.length > 10 ? <li>…</li> : null}
        </ul>
      }
    />
  );
}
