import { Alert, App, AutoComplete, Card, Empty, Form, Input, InputNumber, Select, TreeSelect, Typography } from 'antd';
import { PUBLIC_SURVEY_KEY } from '@jx/contract';
import { RATER_GROUPS, type ModelNode } from '@jx/scoring';
import { useT } from '../../locales';
import { getNode, NODE_KINDS, nodeOfKind, pointsOf, setPoints, updateNode, type ModelDraft, type ModelIssue, type NodeKind } from './modelTree';
import type { EditorOptions } from './useEditorOptions';

/**
 * The settings of the selected node: its name, kind and points, and what it reads — the indicator subtree and period
 * (指标得分), the rater group, scale and indicator (评价), the import key (导入值), or the points and deduction category
 * it consumes (剩余分).
 */
export function NodePanel(props: {
  draft: ModelDraft;
  nodeKey: string;
  onChange: (d: ModelDraft) => void;
  issues: readonly ModelIssue[];
  options: EditorOptions;
  readOnly: boolean;
}) {
  const t = useT();
  const { modal } = App.useApp();
  const { draft, nodeKey, options } = props;
  const node = getNode(draft.root, nodeKey);
  if (!node) {
    return (
      <Card size="small">
        <Empty description={t('models.node.pick')} />
      </Card>
    );
  }
  const points = pointsOf(draft.root, nodeKey);
  const change = (next: ModelNode) => props.onChange({ ...draft, root: updateNode(draft.root, nodeKey, () => next) });
  const patch = (fields: Partial<ModelNode>) => change({ ...node, ...fields } as ModelNode);
  /** Optional fields are left out rather than set to undefined, so the JSON stays as the engine writes it. */
  const optional = <K extends string>(key: K, value: string | undefined) => {
    const { [key]: _gone, ...rest } = node as unknown as Record<string, unknown>;
    change((value ? { ...rest, [key]: value } : rest) as unknown as ModelNode);
  };
  const changeKind = (kind: NodeKind) => {
    const apply = () => change(nodeOfKind(kind, node.label));
    if (node.kind === 'weighted' && node.children.length > 0) {
      modal.confirm({
        title: t('models.confirm.kindTitle'),
        content: t('models.confirm.kindContent', { count: node.children.length }),
        okType: 'danger',
        okText: t('common.actions.confirm'),
        cancelText: t('common.actions.cancel'),
        onOk: apply,
      });
    } else apply();
  };
  const scales = Object.keys(draft.scales ?? {});
  const disabled = props.readOnly;

  return (
    <Card size="small" title={t('models.node.settings', { label: node.label || t('models.node.unnamed') })} data-testid="node-panel">
      {props.issues.length ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={props.issues.map((i) => i.message).join('；')} data-testid="node-panel-issues" />
      ) : null}
      <Form layout="vertical" size="small" disabled={disabled}>
        <Form.Item htmlFor="node-f-label" label={t('models.node.label')} validateStatus={node.label.trim() ? undefined : 'error'}>
          <Input id="node-f-label" value={node.label} maxLength={100} onChange={(e) => patch({ label: e.target.value })} data-testid="node-label-input" />
        </Form.Item>
        <Form.Item htmlFor="node-f-kind" label={t('models.node.kind')} extra={t(`models.kindHints.${node.kind}`)}>
          <Select
            id="node-f-kind"
            value={node.kind}
            onChange={changeKind}
            options={NODE_KINDS.map((k) => ({ value: k, label: t(`models.kinds.${k}`) }))}
            data-testid="node-kind"
          />
        </Form.Item>
        {points !== null ? (
          <Form.Item htmlFor="node-f-points" label={t('models.node.points')} extra={t('models.node.pointsHint')}>
            <InputNumber
              id="node-f-points"
              min={0}
              max={100}
              value={points}
              onChange={(v) => props.onChange({ ...draft, root: setPoints(draft.root, nodeKey, typeof v === 'number' ? v : 0) })}
              style={{ width: 140 }}
            />
          </Form.Item>
        ) : null}
        {node.kind === 'indicators' ? (
          <>
            <Form.Item htmlFor="node-f-indicator" label={t('models.node.indicator')} extra={t('models.node.indicatorHint')}>
              <TreeSelect
                id="node-f-indicator"
                allowClear
                showSearch
                treeNodeFilterProp="title"
                value={node.indicatorId}
                placeholder={t('models.node.wholeTree')}
                treeData={options.indicators}
                treeDefaultExpandAll
                onChange={(v?: string) => optional('indicatorId', v)}
              />
            </Form.Item>
            <Form.Item htmlFor="node-f-period" label={t('models.node.period')} extra={t('models.node.periodHint')}>
              <Select
                id="node-f-period"
                allowClear
                value={node.period}
                placeholder={t('models.node.thisPeriod')}
                options={options.periods.map((p) => ({ value: p.code, label: `${p.name}（${p.code}）` }))}
                onChange={(v?: string) => optional('period', v)}
              />
            </Form.Item>
          </>
        ) : null}
        {node.kind === 'rating' ? (
          <>
            <Form.Item htmlFor="node-f-group" label={t('models.node.group')}>
              <Select
                id="node-f-group"
                value={node.group}
                options={RATER_GROUPS.map((g) => ({ value: g, label: t(`models.groups.${g}`) }))}
                onChange={(group) => patch({ group })}
              />
            </Form.Item>
            <Form.Item
              htmlFor="node-f-scale"
              label={t('models.node.scale')}
              extra={t('models.node.scaleHint')}
              validateStatus={scales.includes(node.scale) ? undefined : 'error'}
            >
              <Select
                id="node-f-scale"
                value={node.scale || undefined}
                options={scales.map((s) => ({ value: s, label: s }))}
                onChange={(scale) => patch({ scale })}
              />
            </Form.Item>
            <Form.Item htmlFor="node-f-rating-indicator" label={t('models.node.indicator')} extra={t('models.node.ratingIndicatorHint')}>
              <TreeSelect
                id="node-f-rating-indicator"
                allowClear
                showSearch
                treeNodeFilterProp="title"
                value={node.indicatorId}
                placeholder={t('models.node.wholeUnit')}
                treeData={options.indicators}
                treeDefaultExpandAll
                onChange={(v?: string) => optional('indicatorId', v)}
              />
            </Form.Item>
          </>
        ) : null}
        {node.kind === 'imported' ? (
          <Form.Item htmlFor="node-f-key" label={t('models.node.key')} extra={t('models.node.keyHint')} validateStatus={node.key.trim() ? undefined : 'error'}>
            <AutoComplete
              id="node-f-key"
              value={node.key}
              options={[{ value: PUBLIC_SURVEY_KEY, label: `${PUBLIC_SURVEY_KEY}（${t('models.node.publicSurvey')}）` }]}
              onChange={(key: string) => patch({ key })}
            />
          </Form.Item>
        ) : null}
        {node.kind === 'allowance' ? (
          <>
            <Form.Item htmlFor="node-f-allowance" label={t('models.node.allowancePoints')} extra={t('models.node.allowanceHint')}>
              <InputNumber
                id="node-f-allowance"
                min={0}
                value={node.points}
                onChange={(v) => patch({ points: typeof v === 'number' ? v : 0 })}
                style={{ width: 140 }}
              />
            </Form.Item>
            <Form.Item htmlFor="node-f-category" label={t('models.node.deductionCategory')} validateStatus={node.deductionCategory ? undefined : 'error'}>
              <Select
                id="node-f-category"
                showSearch
                value={node.deductionCategory || undefined}
                options={categoryOptions(options, node.deductionCategory)}
                optionRender={(o) => (
                  <span>
                    {o.label} <span className="muted small">{o.value}</span>
                  </span>
                )}
                onChange={(deductionCategory: string) => patch({ deductionCategory })}
              />
            </Form.Item>
          </>
        ) : null}
      </Form>
      {node.kind === 'weighted' ? (
        <Typography.Paragraph type="secondary" className="small" style={{ marginBottom: 0 }}>
          {t('models.node.weightedHint')}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}

/** The year's deduction categories by code, and the current value when the year has no such category. */
export function categoryOptions(options: EditorOptions, current: string | undefined) {
  const list = options.deductionCategories.map((c) => ({ value: c.code, label: c.name }));
  return current && !list.some((o) => o.value === current) ? [{ value: current, label: current }, ...list] : list;
}
