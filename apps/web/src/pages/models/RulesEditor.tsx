import type { ReactNode } from 'react';
import { Button, Card, Col, Flex, Input, InputNumber, Popconfirm, Radio, Row, Select, Space, Table, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { GOOD_FAIR_POOR, SATISFACTION, type DeductionCategory, type GradeBand, type Scale } from '@jx/scoring';
import { useT } from '../../locales';
import type { ModelDraft, ModelIssue } from './modelTree';
import { categoryOptions } from './NodePanel';
import type { EditorOptions } from './useEditorOptions';

const num = (v: number | string | null) => (typeof v === 'number' ? v : undefined);
const without = <T extends object>(o: T, key: keyof T): T => {
  const { [key]: _gone, ...rest } = o;
  return rest as T;
};
function moved<T>(list: readonly T[], i: number, by: -1 | 1): T[] {
  const out = [...list];
  const to = i + by;
  if (to < 0 || to >= out.length) return out;
  [out[i], out[to]] = [out[to]!, out[i]!];
  return out;
}

/**
 * The rules around the tree: grade bands (highest first, the last without a threshold) with optional quotas and how a
 * tie at a quota's cut is settled, the bonus cap, the deduction categories the final score subtracts (with caps), and
 * the rating scales the rating nodes read.
 */
export function RulesEditor(props: {
  draft: ModelDraft;
  onChange: (d: ModelDraft) => void;
  issues: readonly ModelIssue[];
  options: EditorOptions;
  readOnly: boolean;
}) {
  const t = useT();
  const { draft, readOnly } = props;
  const set = (patch: Partial<ModelDraft>) => props.onChange({ ...draft, ...patch });
  const issueAt = (prefix: string) => props.issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`)).map((i) => i.message);
  const status = (prefix: string) => (issueAt(prefix).length ? ('error' as const) : undefined);
  const grades = draft.grades;
  const setGrade = (i: number, band: GradeBand) => set({ grades: grades.map((g, k) => (k === i ? band : g)) });
  const deductions = draft.deductionCategories ?? [];
  const setDeduction = (i: number, c: DeductionCategory) => set({ deductionCategories: deductions.map((d, k) => (k === i ? c : d)) });
  const scales = draft.scales ?? {};
  const setScale = (key: string, scale: Scale) => set({ scales: { ...scales, [key]: scale } });
  const removeButton = (onConfirm: () => void, title: string, testId?: string): ReactNode => (
    <Popconfirm
      title={title}
      okText={t('common.actions.delete')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.actions.cancel')}
      onConfirm={onConfirm}
    >
      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.actions.delete')} data-testid={testId} />
    </Popconfirm>
  );
  const errors = (prefix: string) =>
    issueAt(prefix).length ? (
      <Typography.Text type="danger" className="small" data-testid="rules-issue">
        {issueAt(prefix).join('；')}
      </Typography.Text>
    ) : null;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card size="small" title={t('models.rules.grades')} extra={<span className="muted small">{t('models.rules.gradesHint')}</span>}>
          <Table<GradeBand & { index: number }>
            rowKey="index"
            size="small"
            pagination={false}
            data-testid="grade-table"
            tableLayout="fixed"
            dataSource={grades.map((g, index) => ({ ...g, index }))}
            columns={[
              {
                title: t('models.rules.grade'),
                key: 'grade',
                render: (_, g) => (
                  <Input
                    size="small"
                    value={g.grade}
                    disabled={readOnly}
                    status={status(`grades.${g.index}.grade`)}
                    onChange={(e) => setGrade(g.index, { ...g, grade: e.target.value })}
                    aria-label={t('models.rules.grade')}
                    data-testid="grade-name"
                  />
                ),
              },
              {
                title: t('models.rules.min'),
                key: 'min',
                width: 110,
                render: (_, g) =>
                  g.index === grades.length - 1 ? (
                    <Typography.Text type="secondary">{t('models.rules.below')}</Typography.Text>
                  ) : (
                    <InputNumber
                      size="small"
                      value={g.min}
                      disabled={readOnly}
                      status={status(`grades.${g.index}.min`)}
                      onChange={(v) => setGrade(g.index, num(v) === undefined ? without(g, 'min') : { ...g, min: num(v) })}
                      style={{ width: '100%' }}
                      aria-label={t('models.rules.min')}
                      data-testid="grade-min"
                    />
                  ),
              },
              {
                title: (
                  <Tooltip title={t('models.rules.quotaHint')}>
                    <span>{t('models.rules.quotaPercent')}</span>
                  </Tooltip>
                ),
                key: 'quotaPercent',
                width: 110,
                render: (_, g) =>
                  g.index === grades.length - 1 ? null : (
                    <InputNumber
                      size="small"
                      min={0}
                      max={100}
                      value={g.quota?.maxPercent}
                      disabled={readOnly}
                      status={status(`grades.${g.index}.quota`)}
                      suffix="%"
                      controls={false}
                      placeholder={t('models.rules.none')}
                      style={{ width: '100%' }}
                      aria-label={t('models.rules.quotaPercent')}
                      onChange={(v) => setGrade(g.index, withQuota(g, { maxPercent: num(v) }))}
                      data-testid="grade-quota-percent"
                    />
                  ),
              },
              {
                title: (
                  <Tooltip title={t('models.rules.quotaHint')}>
                    <span>{t('models.rules.quotaCount')}</span>
                  </Tooltip>
                ),
                key: 'quotaCount',
                width: 110,
                render: (_, g) =>
                  g.index === grades.length - 1 ? null : (
                    <InputNumber
                      size="small"
                      min={0}
                      precision={0}
                      value={g.quota?.maxCount}
                      disabled={readOnly}
                      status={status(`grades.${g.index}.quota`)}
                      suffix={t('models.rules.units')}
                      controls={false}
                      placeholder={t('models.rules.none')}
                      style={{ width: '100%' }}
                      aria-label={t('models.rules.quotaCount')}
                      onChange={(v) => setGrade(g.index, withQuota(g, { maxCount: num(v) }))}
                    />
                  ),
              },
              ...(readOnly
                ? []
                : [
                    {
                      title: t('common.table.actions'),
                      key: 'actions',
                      width: 100,
                      render: (_: unknown, g: GradeBand & { index: number }) => (
                        <Flex gap={2}>
                          <Button
                            size="small"
                            type="text"
                            icon={<ArrowUpOutlined />}
                            aria-label={t('models.actions.moveUp')}
                            disabled={g.index === 0}
                            onClick={() => set({ grades: moved(grades, g.index, -1) })}
                          />
                          <Button
                            size="small"
                            type="text"
                            icon={<ArrowDownOutlined />}
                            aria-label={t('models.actions.moveDown')}
                            disabled={g.index === grades.length - 1}
                            onClick={() => set({ grades: moved(grades, g.index, 1) })}
                          />
                          {grades.length > 1
                            ? removeButton(() => set({ grades: grades.filter((_, k) => k !== g.index) }), t('models.confirm.removeGrade', { grade: g.grade }))
                            : null}
                        </Flex>
                      ),
                    },
                  ]),
            ]}
          />
          {errors('grades')}
          {readOnly ? null : (
            <Button
              size="small"
              type="dashed"
              icon={<PlusOutlined />}
              style={{ marginTop: 8 }}
              data-testid="grade-add"
              onClick={() => set({ grades: [...grades.slice(0, -1), { grade: t('models.rules.newGrade'), min: 0 }, ...grades.slice(-1)] })}
            >
              {t('models.rules.addGrade')}
            </Button>
          )}
          <div style={{ marginTop: 16 }}>
            <Typography.Text strong>{t('models.rules.quotaTies')}</Typography.Text>
            <Radio.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 4, marginTop: 4 }}
              value={draft.quotaTies ?? 'dropAll'}
              disabled={readOnly}
              onChange={(e) => set({ quotaTies: e.target.value })}
              data-testid="quota-ties"
              options={[
                { value: 'dropAll', label: t('models.rules.dropAll') },
                { value: 'keepAll', label: t('models.rules.keepAll') },
              ]}
            />
          </div>
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Flex vertical gap={16}>
          <Card size="small" title={t('models.rules.bonus')}>
            <Flex gap={8} align="center" wrap>
              <span>{t('models.rules.bonusCap')}</span>
              <InputNumber
                min={0}
                value={draft.bonusCap}
                disabled={readOnly}
                status={status('bonusCap')}
                placeholder={t('models.rules.noCap')}
                onChange={(v) => set(num(v) === undefined ? without(draft, 'bonusCap') : { bonusCap: num(v) })}
                aria-label={t('models.rules.bonusCap')}
                data-testid="bonus-cap"
              />
              <Typography.Text type="secondary" className="small">
                {t('models.rules.bonusHint')}
              </Typography.Text>
            </Flex>
            {errors('bonusCap')}
          </Card>
          <Card size="small" title={t('models.rules.deductions')} extra={<span className="muted small">{t('models.rules.deductionsHint')}</span>}>
            <Table<DeductionCategory & { index: number }>
              rowKey="index"
              size="small"
              pagination={false}
              data-testid="deduction-table"
              tableLayout="fixed"
              dataSource={deductions.map((d, index) => ({ ...d, index }))}
              locale={{ emptyText: t('models.rules.noDeductions') }}
              columns={[
                {
                  title: t('models.rules.category'),
                  key: 'category',
                  render: (_, d) => (
                    <Select
                      size="small"
                      showSearch
                      value={d.category || undefined}
                      disabled={readOnly}
                      status={status(`deductionCategories.${d.index}`)}
                      options={categoryOptions(props.options, d.category)}
                      optionRender={(o) => (
                        <span>
                          {o.label} <span className="muted small">{o.value}</span>
                        </span>
                      )}
                      onChange={(category: string) =>
                        setDeduction(d.index, { ...d, category, label: props.options.deductionCategories.find((c) => c.code === category)?.name })
                      }
                      style={{ width: '100%' }}
                      aria-label={t('models.rules.category')}
                    />
                  ),
                },
                {
                  title: t('models.rules.cap'),
                  key: 'cap',
                  width: 110,
                  render: (_, d) => (
                    <InputNumber
                      size="small"
                      min={0}
                      value={d.cap}
                      disabled={readOnly}
                      placeholder={t('models.rules.noCap')}
                      style={{ width: '100%' }}
                      onChange={(v) => setDeduction(d.index, num(v) === undefined ? without(d, 'cap') : { ...d, cap: num(v) })}
                      aria-label={t('models.rules.cap')}
                    />
                  ),
                },
                ...(readOnly
                  ? []
                  : [
                      {
                        key: 'actions',
                        width: 44,
                        render: (_: unknown, d: DeductionCategory & { index: number }) =>
                          removeButton(
                            () => set({ deductionCategories: deductions.filter((_, k) => k !== d.index) }),
                            t('models.confirm.removeDeduction', { name: d.label ?? d.category }),
                          ),
                      },
                    ]),
              ]}
            />
            {errors('deductionCategories')}
            {readOnly ? null : (
              <Button
                size="small"
                type="dashed"
                icon={<PlusOutlined />}
                style={{ marginTop: 8 }}
                onClick={() => set({ deductionCategories: [...deductions, { category: '' }] })}
              >
                {t('models.rules.addDeduction')}
              </Button>
            )}
          </Card>
          <Card size="small" title={t('models.rules.scales')} extra={<span className="muted small">{t('models.rules.scalesHint')}</span>}>
            <Flex vertical gap={12}>
              {Object.entries(scales).map(([key, levels]) => (
                <div key={key} data-testid="scale">
                  <Flex justify="space-between" align="center">
                    <Typography.Text strong>{key}</Typography.Text>
                    {readOnly
                      ? null
                      : removeButton(
                          () => set({ scales: Object.fromEntries(Object.entries(scales).filter(([k]) => k !== key)) }),
                          t('models.confirm.removeScale', { name: key }),
                        )}
                  </Flex>
                  <Flex gap={8} wrap>
                    {levels.map((l, i) => (
                      <Space.Compact key={i} size="small">
                        <Input
                          size="small"
                          value={l.level}
                          disabled={readOnly}
                          status={status(`scales.${key}.${i}`)}
                          style={{ width: 84 }}
                          aria-label={t('models.rules.level')}
                          onChange={(e) =>
                            setScale(
                              key,
                              levels.map((x, k) => (k === i ? { ...x, level: e.target.value } : x)),
                            )
                          }
                        />
                        <InputNumber
                          size="small"
                          min={0}
                          max={100}
                          value={l.percent}
                          disabled={readOnly}
                          suffix="%"
                          style={{ width: 84 }}
                          aria-label={t('models.rules.percent')}
                          onChange={(v) =>
                            setScale(
                              key,
                              levels.map((x, k) => (k === i ? { ...x, percent: num(v) ?? 0 } : x)),
                            )
                          }
                        />
                      </Space.Compact>
                    ))}
                  </Flex>
                  {errors(`scales.${key}`)}
                </div>
              ))}
              {readOnly ? null : (
                <Flex gap={8} wrap>
                  {[
                    { key: '好较好差', scale: GOOD_FAIR_POOR },
                    { key: '满意度', scale: SATISFACTION },
                  ]
                    .filter((p) => !(p.key in scales))
                    .map((p) => (
                      <Button key={p.key} size="small" type="dashed" icon={<PlusOutlined />} onClick={() => setScale(p.key, p.scale)}>
                        {t('models.rules.addScale', { name: p.key })}
                      </Button>
                    ))}
                </Flex>
              )}
            </Flex>
          </Card>
        </Flex>
      </Col>
    </Row>
  );
}

/** A band's quota with one of its limits changed; no limit left means no quota. */
function withQuota(band: GradeBand, change: { maxPercent?: number; maxCount?: number }): GradeBand {
  const quota = { ...band.quota, ...change };
  const kept = Object.fromEntries(Object.entries(quota).filter(([, v]) => v !== undefined));
  const { quota: _old, ...rest } = band;
  return Object.keys(kept).length ? { ...rest, quota: kept } : rest;
}
