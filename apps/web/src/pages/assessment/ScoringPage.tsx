import { useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { useBlocker, useSearchParams } from 'react-router';
import { Alert, App, Button, Card, Flex, Input, InputNumber, Progress, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CheckOutlined, SaveOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, RECORD_STATUSES, saveRecord, type AssessmentPeriod, type ScoringRow } from '@jx/contract';
import { assessmentKeys, runRecordAction, saveScoringRecord, useScoringRows, type ScoringQuery } from '../../api/assessment';
import { useTargetTypes } from '../../api/units';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { PageHeader } from '../../components/PageHeader';
import { tableLocale } from '../../components/tableLocale';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { unpinned, usePhone } from '../../hooks/usePhone';
import { useT } from '../../locales';
import { DeductionsModal } from './DeductionsModal';
import { RecordReasonModal } from './RecordReasonModal';
import { ScoringImportModal, ScoringTemplateButton, type ScoringTemplateQuery } from './ScoringImportModal';
import { pastedColumn, planPaste } from './scoringPaste';
import { usePeriodChoice } from './usePeriodChoice';
import {
  deductionTotal,
  draftChanged,
  draftOf,
  REASON_ACTIONS,
  RECORD_STATUS_COLORS,
  rowActions,
  rowEditable,
  rowKey,
  rowStatus,
  scoreText,
  type RowAction,
  type RowDraft,
  type RowStatus,
} from './scoringRules';

const PAGE_SIZE = 100;
interface RowError {
  message: string;
  conflict: boolean;
}
interface Run {
  kind: 'save' | 'submit';
  done: number;
  total: number;
  ok: number;
  failed: number;
  finished: boolean;
}

/** The status filter: a row's status, or TODO (no submitted record yet). */
type FilterStatus = RowStatus | 'TODO';

const errorText = (e: unknown, fallback: string) => (e instanceof Error && e.message ? e.message : fallback);

/** The period shown first: one with an open process, else the first. */
function defaultPeriod(periods: readonly AssessmentPeriod[]): AssessmentPeriod | undefined {
  return periods.find((p) => p.processes.some((x) => x.status === 'OPEN')) ?? periods[0];
}

/**
 * 评分表: the targets a department assesses in one period, one row each, with an inline score (Enter and Tab move to
 * the next row), an opinion and 扣分项. Changed rows are marked and 保存全部 saves them one by one; 批量提交 submits the
 * page's drafts. The office chooses the assessing department and also archives and returns.
 */
export function ScoringPage() {
  const t = useT();
  const phone = usePhone();
  const user = useCurrentUser();
  const roles = user.roles;
  const office = roles.includes('PERF_OFFICE');
  const canSave = canCall(saveRecord, roles);
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const qc = useQueryClient();
  const [assessorUnitId, setAssessor] = useState<string | undefined>();
  const [targetTypeId, setTargetType] = useState<string | undefined>();
  const [search] = useSearchParams();
  // 首页 待评分考核记录 links here with ?status=TODO.
  const [status, setStatus] = useState<FilterStatus | undefined>(() => (search.get('status') === 'TODO' ? 'TODO' : undefined));
  const [page, setPage] = useState(1);
  const resetAssessor = () => {
    setAssessor(undefined);
    setPage(1);
  };
  const { period, yearPicker, periodPicker, problem } = usePeriodChoice({
    defaultPeriodId: (ps) => defaultPeriod(ps)?.id,
    year: { label: t('scoring.year'), placeholder: t('scoring.yearPlaceholder'), testId: 'scoring-year-select' },
    period: {
      label: t('scoring.period'),
      placeholder: t('scoring.periodPlaceholder'),
      openText: t('scoring.periodOpen'),
      notOpenText: t('scoring.periodNotOpen'),
      testId: 'scoring-period-select',
      width: 280,
    },
    noPeriods: { text: (year) => t('scoring.noPeriods', { year }), hint: t('scoring.noPeriodsHint'), testId: 'scoring-no-periods' },
    onYearChange: resetAssessor,
    onPeriodChange: resetAssessor,
    guard: (change) => guarded(change),
  });
  const types = useTargetTypes();

  const query: ScoringQuery | undefined = period
    ? { periodId: period.id, assessorUnitId: office ? assessorUnitId : undefined, targetTypeId, status, page, pageSize: PAGE_SIZE }
    : undefined;
  const grid = useScoringRows(query);
  const rows = useMemo(() => grid.data?.items ?? [], [grid.data]);

  const [edits, setEdits] = useState<Record<string, RowDraft>>({});
  const [errors, setErrors] = useState<Record<string, RowError>>({});
  const [run, setRun] = useState<Run | null>(null);
  const [deducting, setDeducting] = useState<ScoringRow | null>(null);
  const [reasonFor, setReasonFor] = useState<{ row: ScoringRow; action: RowAction } | null>(null);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);

  const draft = (r: ScoringRow) => edits[rowKey(r)] ?? draftOf(r);
  const dirtyRows = rows.filter((r) => edits[rowKey(r)] && draftChanged(edits[rowKey(r)]!, draftOf(r)));
  const dirtyCount = dirtyRows.length;
  const dirty = dirtyCount > 0;
  const running = !!run && !run.finished;

  const edit = (r: ScoringRow, patch: Partial<RowDraft>) => {
    const k = rowKey(r);
    setEdits((e) => ({ ...e, [k]: { ...(e[k] ?? draftOf(r)), ...patch } }));
    setErrors((e) => {
      if (!e[k] || e[k].conflict) return e;
      const { [k]: _gone, ...rest } = e;
      return rest;
    });
  };
  const discard = (keys?: string[]) => {
    if (!keys) {
      setEdits({});
      setErrors({});
      return;
    }
    setEdits((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k))));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k))));
  };

  // Unsaved changes: leaving the page in the app asks first, and so does closing or reloading the tab.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('scoring.leave.title'),
      content: t('scoring.leave.content', { count: dirtyCount }),
      okText: t('scoring.leave.ok'),
      okType: 'danger',
      cancelText: t('scoring.leave.cancel'),
      okButtonProps: { 'data-testid': 'leave-confirm' } as Record<`data-${string}`, string>,
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [blocker.state]);
  useEffect(() => {
    if (!dirty) return;
    const onUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [dirty]);

  /** Changing what the grid shows drops unsaved changes: asked first. */
  const guarded = (change: () => void) => {
    if (!dirty) {
      change();
      return;
    }
    modal.confirm({
      title: t('scoring.leave.title'),
      content: t('scoring.leave.changeContent', { count: dirtyCount }),
      okText: t('scoring.leave.ok'),
      okType: 'danger',
      cancelText: t('scoring.leave.cancel'),
      okButtonProps: { 'data-testid': 'leave-confirm' } as Record<`data-${string}`, string>,
      onOk: () => {
        discard();
        change();
      },
    });
  };

  const refresh = () => qc.invalidateQueries({ queryKey: assessmentKeys.all });

  const saveAll = async () => {
    const todo = [...dirtyRows];
    if (!todo.length) {
      message.info(t('scoring.nothingToSave'));
      return;
    }
    const state: Run = { kind: 'save', done: 0, total: todo.length, ok: 0, failed: 0, finished: false };
    setRun({ ...state });
    const saved: string[] = [];
    const failed: Record<string, RowError> = {};
    for (const r of todo) {
      const k = rowKey(r);
      const d = edits[k]!;
      const score = scoreText(d.score);
      const max = Number(r.maxScore);
      try {
        if (score === null) throw new Error(t('scoring.scoreRequired'));
        if (Number(score) > max) throw new Error(t('scoring.scoreTooHigh', { max: r.maxScore }));
        await saveScoringRecord({
          periodId: r.record?.periodId ?? period!.id,
          targetId: r.targetId,
          assessorUnitId: office ? r.assessorUnitId : undefined,
          score,
          opinion: d.opinion.trim() || null,
          deductions: d.deductions,
          version: r.record?.version,
        });
        saved.push(k);
        state.ok++;
      } catch (e) {
        const conflict = e instanceof ApiError && e.code === 'VERSION_CONFLICT';
        failed[k] = { conflict, message: conflict ? t('scoring.conflict') : errorText(e, t('common.errors.unknown')) };
        state.failed++;
      }
      state.done++;
      setRun({ ...state });
    }
    await refresh();
    discard(saved);
    setErrors((e) => ({ ...e, ...failed }));
    setRun({ ...state, finished: true });
    if (!state.failed) message.success(t('scoring.saveSummary', { ok: state.ok, failed: 0 }));
  };

  const drafts = rows.filter((r) => r.record?.status === 'DRAFT' && r.processStatus === 'OPEN' && rowActions(r, roles).includes('submit'));
  const submitAll = () => {
    if (!drafts.length) return;
    modal.confirm({
      title: t('scoring.submitAllConfirm', { count: drafts.length }),
      content: t('scoring.submitAllContent'),
      okText: t('scoring.actions.submitAll'),
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': 'submit-all-confirm' } as Record<`data-${string}`, string>,
      onOk: async () => {
        const state: Run = { kind: 'submit', done: 0, total: drafts.length, ok: 0, failed: 0, finished: false };
        setRun({ ...state });
        const failed: Record<string, RowError> = {};
        for (const r of drafts) {
          try {
            await runRecordAction('submit', r.record!);
            state.ok++;
          } catch (e) {
            const conflict = e instanceof ApiError && e.code === 'VERSION_CONFLICT';
            failed[rowKey(r)] = { conflict, message: conflict ? t('scoring.conflict') : errorText(e, t('common.errors.unknown')) };
            state.failed++;
          }
          state.done++;
          setRun({ ...state });
        }
        await refresh();
        setErrors((e) => ({ ...e, ...failed }));
        setRun({ ...state, finished: true });
      },
    });
  };

  const act = async (row: ScoringRow, action: RowAction, reason?: string) => {
    if (!row.record) return;
    setBusyKey(rowKey(row));
    try {
      await runRecordAction(action, row.record, reason);
      await refresh();
      discard([rowKey(row)]);
      message.success(t(`scoring.messages.${action}`));
      setReasonFor(null);
    } catch (e) {
      handleError(e, { onReload: () => setReasonFor(null) });
    } finally {
      setBusyKey(null);
    }
  };
  const onAction = (row: ScoringRow, action: RowAction) => {
    if (REASON_ACTIONS.includes(action)) setReasonFor({ row, action });
    else void act(row, action);
  };
  const reloadRow = async (row: ScoringRow) => {
    discard([rowKey(row)]);
    await refresh();
  };

  const focusRow = (i: number) => {
    const el = inputs.current[i];
    if (el) {
      el.focus();
      el.select();
    }
  };

  /** A column pasted from Excel into a score fills that row and the ones below it. */
  const pasteScores = (i: number, e: ClipboardEvent<HTMLInputElement>) => {
    const values = pastedColumn(e.clipboardData.getData('text/plain'));
    if (!values) return;
    e.preventDefault();
    const plan = planPaste(rows.slice(i), values, (r) => rowEditable(r, canSave));
    for (const f of plan.fills) edit(f.row, { score: f.score });
    const count = plan.fills.length;
    if (!count) message.warning(t('scoring.paste.none'));
    else if (plan.skipped) message.warning(t('scoring.paste.partly', { count, skipped: plan.skipped }));
    else message.success(t('scoring.paste.done', { count }));
  };

  const templateQuery: ScoringTemplateQuery | undefined = period
    ? { periodId: period.id, ...(office && assessorUnitId ? { assessorUnitId } : {}), ...(targetTypeId ? { targetTypeId } : {}) }
    : undefined;
  const startImport = () => {
    if (!dirty) return setImporting(true);
    modal.confirm({
      title: t('scoring.excel.importConfirm'),
      content: t('scoring.excel.importConfirmContent', { count: dirtyCount }),
      okText: t('scoring.leave.ok'),
      okType: 'danger',
      cancelText: t('scoring.leave.cancel'),
      onOk: () => {
        discard();
        setImporting(true);
      },
    });
  };

  const notOpenHint = (r: ScoringRow) => (r.processStatus === 'CLOSED' ? t('scoring.processClosed') : t('scoring.processNotOpen'));

  const columns: ColumnsType<ScoringRow> = [
    { key: 'unit', title: t('scoring.fields.unit'), dataIndex: 'unitName', width: 130, fixed: 'left' },
    {
      key: 'target',
      title: t('scoring.fields.target'),
      width: 220,
      render: (_, r) => (
        <Typography.Text ellipsis={{ tooltip: r.targetTitle }} style={{ maxWidth: 204 }} data-testid="scoring-target">
          {r.targetTitle}
        </Typography.Text>
      ),
    },
    { key: 'type', title: t('scoring.fields.targetType'), dataIndex: 'targetTypeName', width: 100 },
    ...(office && !assessorUnitId
      ? [{ key: 'assessor', title: t('scoring.fields.assessor'), width: 120, render: (_: unknown, r: ScoringRow) => assessorName(r.assessorUnitId) }]
      : []),
    { key: 'max', title: t('scoring.fields.maxScore'), dataIndex: 'maxScore', width: 70, align: 'right' },
    {
      key: 'score',
      title: t('scoring.fields.score'),
      width: 130,
      render: (_, r, i) => {
        const d = draft(r);
        if (!rowEditable(r, canSave)) {
          return (
            <Flex vertical gap={2}>
              <span data-testid="scoring-score-text">{r.record?.score ?? '—'}</span>
              {r.processStatus !== 'OPEN' ? (
                <Typography.Text type="secondary" className="small" data-testid="scoring-not-open">
                  {notOpenHint(r)}
                </Typography.Text>
              ) : null}
            </Flex>
          );
        }
        return (
          <InputNumber<string>
            ref={(el) => {
              inputs.current[i] = el;
            }}
            stringMode
            min="0"
            max={r.maxScore}
            precision={2}
            step="0.5"
            value={d.score}
            placeholder={t('scoring.scorePlaceholder', { max: r.maxScore })}
            aria-label={`${t('scoring.fields.score')} ${r.targetTitle}`}
            disabled={running}
            style={{ width: '100%' }}
            onChange={(v) => edit(r, { score: v })}
            onPaste={(e: ClipboardEvent<HTMLInputElement>) => pasteScores(i, e)}
            onKeyDown={(e) => {
              if ((e.key === 'Enter' || e.key === 'Tab') && !e.shiftKey && i + 1 < rows.length && inputs.current[i + 1]) {
                e.preventDefault();
                focusRow(i + 1);
              } else if (e.key === 'Tab' && e.shiftKey && i > 0 && inputs.current[i - 1]) {
                e.preventDefault();
                focusRow(i - 1);
              }
            }}
            data-testid="scoring-score"
          />
        );
      },
    },
    {
      key: 'opinion',
      title: t('scoring.fields.opinion'),
      width: 220,
      render: (_, r) =>
        rowEditable(r, canSave) ? (
          <Input
            value={draft(r).opinion}
            maxLength={2000}
            placeholder={t('scoring.opinionPlaceholder')}
            aria-label={`${t('scoring.fields.opinion')} ${r.targetTitle}`}
            disabled={running}
            onChange={(e) => edit(r, { opinion: e.target.value })}
            data-testid="scoring-opinion"
          />
        ) : (
          <Typography.Text ellipsis={{ tooltip: r.record?.opinion }} style={{ maxWidth: 204 }}>
            {r.record?.opinion || '—'}
          </Typography.Text>
        ),
    },
    {
      key: 'deductions',
      title: t('scoring.fields.deductions'),
      width: 130,
      render: (_, r) => {
        const d = draft(r).deductions;
        return (
          <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setDeducting(r)} data-testid="scoring-deductions">
            {d.length
              ? t('scoring.deductionCount', { count: d.length, points: deductionTotal(d) })
              : rowEditable(r, canSave)
                ? t('scoring.actions.addDeduction')
                : t('scoring.noDeductions')}
          </Button>
        );
      },
    },
    {
      key: 'status',
      title: t('scoring.fields.status'),
      width: 120,
      fixed: 'right',
      render: (_, r) => {
        const k = rowKey(r);
        const s = rowStatus(r);
        const changed = !!edits[k] && draftChanged(edits[k], draftOf(r));
        const err = errors[k];
        return (
          <Flex vertical gap={4} align="flex-start">
            <Flex gap={4} wrap>
              <Tag color={RECORD_STATUS_COLORS[s]} data-testid="scoring-status" data-status={s} style={{ marginInlineEnd: 0 }}>
                {t(`scoring.statuses.${s}`)}
              </Tag>
              {changed ? (
                <Tag color="orange" data-testid="scoring-unsaved" style={{ marginInlineEnd: 0 }}>
                  {t('scoring.unsaved')}
                </Tag>
              ) : null}
            </Flex>
            {err ? (
              <Typography.Text type="danger" className="small" data-testid="scoring-row-error">
                {err.message}
              </Typography.Text>
            ) : null}
            {err?.conflict ? (
              <Button size="small" type="link" style={{ paddingInline: 0 }} onClick={() => void reloadRow(r)} data-testid="scoring-row-reload">
                {t('scoring.actions.reload')}
              </Button>
            ) : null}
          </Flex>
        );
      },
    },
    {
      key: 'actions',
      title: t('common.table.actions'),
      width: 150,
      fixed: 'right',
      render: (_, r) => {
        const k = rowKey(r);
        const changed = !!edits[k] && draftChanged(edits[k], draftOf(r));
        const acts = rowActions(r, roles);
        return (
          <Flex gap={4} wrap>
            {acts.map((a) => (
              <Tooltip key={a} title={changed ? t('scoring.saveFirst') : undefined}>
                <Button
                  type="link"
                  size="small"
                  style={{ paddingInline: 4 }}
                  danger={a === 'void' || a === 'return'}
                  disabled={changed || running}
                  loading={busyKey === k}
                  onClick={() => onAction(r, a)}
                  data-testid={`scoring-${a}`}
                >
                  {t(`scoring.actions.${a}`)}
                </Button>
              </Tooltip>
            ))}
            {changed ? (
              <Button type="link" size="small" style={{ paddingInline: 4 }} onClick={() => discard([k])} data-testid="scoring-discard">
                {t('scoring.actions.discard')}
              </Button>
            ) : null}
          </Flex>
        );
      },
    },
  ];

  const assessors = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of period?.processes ?? []) for (const c of p.completeness) m.set(c.assessorUnitId, c.assessorUnitName);
    return [...m].map(([value, label]) => ({ value, label }));
  }, [period]);
  function assessorName(id: string) {
    return assessors.find((a) => a.value === id)?.label ?? '';
  }

  const notOpen = rows.filter((r) => r.processStatus !== 'OPEN').length;
  const filtered = !!targetTypeId || !!status;

  let body = problem;
  if (!body) {
    body = (
      <Card styles={{ body: { padding: 16 } }}>
        <Flex vertical gap={12}>
          <Flex gap={12} wrap align="center">
            {periodPicker}
            {office ? (
              <Flex gap={8} align="center">
                <Typography.Text>{t('scoring.assessor')}</Typography.Text>
                <Select
                  style={{ width: 200 }}
                  allowClear
                  placeholder={t('scoring.assessorAll')}
                  aria-label={t('scoring.assessor')}
                  value={assessorUnitId}
                  onChange={(v?: string) =>
                    guarded(() => {
                      setAssessor(v);
                      setPage(1);
                    })
                  }
                  options={assessors}
                  data-testid="scoring-assessor-select"
                />
              </Flex>
            ) : null}
            <Select
              style={{ width: 160 }}
              allowClear
              placeholder={t('scoring.filters.targetTypeAll')}
              aria-label={t('scoring.filters.targetType')}
              value={targetTypeId}
              onChange={(v?: string) =>
                guarded(() => {
                  setTargetType(v);
                  setPage(1);
                })
              }
              options={(types.data ?? [])
                .filter((x) => !period || period.processes.some((p) => p.targetTypeId === x.id))
                .map((x) => ({ value: x.id, label: x.name }))}
              data-testid="scoring-type-filter"
            />
            <Select
              style={{ width: 170 }}
              allowClear
              placeholder={t('scoring.filters.statusAll')}
              aria-label={t('scoring.filters.status')}
              value={status}
              onChange={(v?: FilterStatus) =>
                guarded(() => {
                  setStatus(v);
                  setPage(1);
                })
              }
              options={(['TODO', 'NONE', ...RECORD_STATUSES] as FilterStatus[]).map((s) => ({ value: s, label: t(`scoring.statuses.${s}`) }))}
              data-testid="scoring-status-filter"
            />
            <Flex gap={8} align="center" wrap style={{ marginInlineStart: 'auto' }}>
              {dirty ? (
                <Typography.Text type="warning" data-testid="scoring-dirty-count">
                  {t('scoring.unsavedCount', { count: dirtyCount })}
                </Typography.Text>
              ) : null}
              {canSave && templateQuery ? <ScoringTemplateButton query={templateQuery} disabled={running} /> : null}
              {canSave && templateQuery ? (
                <Button icon={<UploadOutlined />} disabled={running} onClick={startImport} data-testid="scoring-import">
                  {t('scoring.excel.import')}
                </Button>
              ) : null}
              {canSave ? (
                <Button
                  type="primary"
                  icon={<SaveOutlined />}
                  disabled={!dirty || running}
                  loading={running && run?.kind === 'save'}
                  onClick={() => void saveAll()}
                  data-testid="scoring-save-all"
                >
                  {t('scoring.actions.saveAll')}
                </Button>
              ) : null}
              {canSave ? (
                <Tooltip title={dirty ? t('scoring.saveFirst') : drafts.length ? undefined : t('scoring.noDrafts')}>
                  <Button icon={<CheckOutlined />} disabled={dirty || running || !drafts.length} onClick={submitAll} data-testid="scoring-submit-all">
                    {t('scoring.actions.submitAll')}
                    {drafts.length ? ` (${drafts.length})` : ''}
                  </Button>
                </Tooltip>
              ) : null}
            </Flex>
          </Flex>
          {run ? (
            <Alert
              data-testid="scoring-run"
              data-finished={run.finished ? 'true' : 'false'}
              type={!run.finished ? 'info' : run.failed ? 'warning' : 'success'}
              showIcon
              closable={run.finished ? { onClose: () => setRun(null) } : false}
              title={
                run.finished ? (
                  <span data-testid="scoring-run-summary">
                    {t(run.kind === 'save' ? 'scoring.saveSummary' : 'scoring.submitSummary', { ok: run.ok, failed: run.failed })}
                  </span>
                ) : (
                  t(run.kind === 'save' ? 'scoring.saving' : 'scoring.submitting', { done: run.done, total: run.total })
                )
              }
              description={
                run.finished ? undefined : (
                  <Progress percent={run.total ? Math.round((run.done * 100) / run.total) : 0} size="small" status="active" style={{ margin: 0 }} />
                )
              }
            />
          ) : null}
          {notOpen ? <Alert type="info" showIcon title={t('scoring.notOpenHint', { count: notOpen })} data-testid="scoring-not-open-hint" /> : null}
          <Table<ScoringRow>
            data-testid="scoring-table"
            rowKey={rowKey}
            size="middle"
            columns={phone ? unpinned(columns) : columns}
            dataSource={rows}
            loading={!!query && grid.isFetching && !running}
            scroll={{ x: 1240 }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: grid.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              onChange: (p) => guarded(() => setPage(p)),
            }}
            locale={tableLocale({
              error: grid.isError && !grid.data ? grid.error : undefined,
              onRetry: () => void grid.refetch(),
              loading: !!query && grid.isLoading,
              empty: !period ? t('scoring.choosePeriod') : filtered ? t('scoring.emptyFiltered') : t('scoring.empty'),
            })}
          />
        </Flex>
      </Card>
    );
  }

  return (
    <>
      <PageHeader title={t('scoring.title')} subTitle={office ? t('scoring.subtitleOffice') : t('scoring.subtitle')} extra={yearPicker} />
      {body}
      {deducting ? (
        <DeductionsModal
          key={rowKey(deducting)}
          title={t('scoring.deductionsModal.title', { target: deducting.targetTitle })}
          value={draft(deducting).deductions}
          readOnly={!rowEditable(deducting, canSave) || running}
          onCancel={() => setDeducting(null)}
          onOk={(lines) => {
            edit(deducting, { deductions: lines });
            setDeducting(null);
          }}
        />
      ) : null}
      {importing && period && templateQuery ? <ScoringImportModal period={period} query={templateQuery} onClose={() => setImporting(false)} /> : null}
      {reasonFor ? (
        <RecordReasonModal
          key={`${rowKey(reasonFor.row)}:${reasonFor.action}`}
          title={t('scoring.reason.title', { action: t(`scoring.actions.${reasonFor.action}`), target: reasonFor.row.targetTitle })}
          okText={t(`scoring.actions.${reasonFor.action}`)}
          loading={!!busyKey}
          onCancel={() => setReasonFor(null)}
          onSubmit={(reason) => void act(reasonFor.row, reasonFor.action, reason)}
        />
      ) : null}
    </>
  );
}

export default ScoringPage;
