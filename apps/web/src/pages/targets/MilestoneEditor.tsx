import { Button, Flex, Form, Input, InputNumber, Table, Typography, type FormInstance } from 'antd';
import { formatPeriodKey, MilestoneInputSchema } from '@jx/contract';
import { zodRule } from '../../components/form/zodRule';
import { useT } from '../../locales';

/** Cumulative percents spread evenly over n periods, the last one 100. */
export function evenMilestones(periods: readonly string[]): { period: string; plannedPercent: number }[] {
  const n = periods.length;
  return periods.map((period, i) => ({ period, plannedPercent: i === n - 1 ? 100 : Math.round((100 * (i + 1)) / n) }));
}

/**
 * The milestone plan: one row per period of the type's rhythm up to the deadline, the planned cumulative
 * percent in each (non-decreasing, the last 100). Fields are `milestones.<i>.plannedPercent`, so the
 * server's issues land on the row they name.
 */
export function MilestoneEditor({
  form,
  periods,
  rhythmLabel,
  disabledPeriods,
}: {
  form: FormInstance;
  periods: readonly string[];
  rhythmLabel?: string;
  disabledPeriods?: ReadonlySet<string>;
}) {
  const t = useT();
  if (!periods.length) return <Typography.Text type="secondary">{t('targets.milestones.noRows')}</Typography.Text>;
  const rows = periods.map((period, index) => ({ period, index }));
  return (
    <Flex vertical gap={8} data-testid="milestone-editor">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary">{t('targets.milestones.hint', { rhythm: rhythmLabel ?? '' })}</Typography.Text>
        <Button size="small" onClick={() => form.setFieldValue('milestones', evenMilestones(periods))} data-testid="milestone-even">
          {t('targets.milestones.even')}
        </Button>
      </Flex>
      <Table
        size="small"
        pagination={false}
        rowKey="period"
        dataSource={rows}
        columns={[
          {
            key: 'period',
            title: t('targets.milestones.period'),
            width: 100,
            render: (_, r) => (
              <>
                <span>{formatPeriodKey(r.period)}</span>
                <Form.Item name={['milestones', r.index, 'period']} hidden initialValue={r.period}>
                  <Input />
                </Form.Item>
              </>
            ),
          },
          {
            key: 'plannedPercent',
            title: t('targets.milestones.planned'),
            render: (_, r) => (
              <Form.Item
                name={['milestones', r.index, 'plannedPercent']}
                style={{ margin: 0 }}
                dependencies={r.index > 0 ? [['milestones', r.index - 1, 'plannedPercent']] : []}
                rules={[
                  zodRule(MilestoneInputSchema.shape.plannedPercent),
                  ({ getFieldValue }) => ({
                    validator: async (_rule, value: unknown) => {
                      if (typeof value !== 'number') return;
                      const prev: unknown = r.index > 0 ? getFieldValue(['milestones', r.index - 1, 'plannedPercent']) : undefined;
                      if (typeof prev === 'number' && value < prev) throw new Error(t('targets.milestones.decreasing', { prev }));
                      if (r.index === periods.length - 1 && value !== 100) throw new Error(t('targets.milestones.lastMustBe100'));
                    },
                  }),
                ]}
              >
                <InputNumber
                  min={0}
                  max={100}
                  precision={0}
                  suffix="%"
                  style={{ width: 140 }}
                  disabled={disabledPeriods?.has(r.period)}
                  aria-label={`${formatPeriodKey(r.period)} ${t('targets.milestones.planned')}`}
                  data-testid={`milestone-${r.period}`}
                />
              </Form.Item>
            ),
          },
        ]}
      />
    </Flex>
  );
}
