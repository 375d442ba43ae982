import { useMemo } from 'react';
import { Form, Input, Select, Table } from 'antd';
import { AssignmentUnitSchema } from '@jx/contract';
import { useAssessedUnits, useCategories } from '../../api/years';
import { zodRule } from '../../components/form/zodRule';
import { useT } from '../../locales';

export interface UnitOverride {
  unitId: string;
  title?: string;
  maxScore?: string;
  metricTarget?: string;
}

/** The `units` part of a bulk assignment: many assessed units (those whose category takes the type), per-unit overrides. */
export function UnitOverrides({ yearId, typeId }: { yearId: string; typeId?: string }) {
  const t = useT();
  const assessed = useAssessedUnits(yearId);
  const categories = useCategories(yearId);
  const form = Form.useFormInstance();
  const units = Form.useWatch<UnitOverride[] | undefined>('units', form) ?? [];
  const options = useMemo(() => {
    const cats = new Set((categories.data ?? []).filter((c) => !typeId || c.targetTypeIds.includes(typeId)).map((c) => c.id));
    return (assessed.data ?? []).filter((a) => cats.has(a.categoryId)).map((a) => ({ value: a.unitId, label: a.unitName }));
  }, [assessed.data, categories.data, typeId]);
  const names = new Map(options.map((o) => [o.value, o.label]));
  const s = AssignmentUnitSchema.shape;
  return (
    <>
      <Form.Item label={t('targets.assign.units')} required>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          maxTagCount="responsive"
          placeholder={t('targets.assign.pickUnits')}
          loading={assessed.isLoading}
          options={options}
          value={units.map((u) => u.unitId)}
          onChange={(ids: string[]) => {
            const had = new Map(units.map((u) => [u.unitId, u]));
            form.setFieldValue(
              'units',
              ids.map((id) => had.get(id) ?? { unitId: id }),
            );
          }}
          data-testid="assign-units"
        />
      </Form.Item>
      <Form.List
        name="units"
        rules={[
          {
            validator: async (_r, v: unknown[] | undefined) => {
              if (!v?.length) throw new Error(t('targets.assign.unitsRequired'));
            },
          },
        ]}
      >
        {(fields, _ops, { errors }) => (
          <>
            {fields.length ? (
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={fields}
                title={() => t('targets.assign.perUnit')}
                scroll={{ y: 260 }}
                columns={[
                  { key: 'unit', title: t('targets.fields.unit'), width: 180, render: (_, f) => names.get(units[f.name]?.unitId ?? '') ?? '' },
                  {
                    key: 'title',
                    title: t('targets.fields.title'),
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'title']} style={{ margin: 0 }} rules={[zodRule(s.title)]}>
                        <Input size="small" />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'metricTarget',
                    title: t('targets.fields.metricTarget'),
                    width: 120,
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'metricTarget']} style={{ margin: 0 }} rules={[zodRule(s.metricTarget)]}>
                        <Input size="small" />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'maxScore',
                    title: t('targets.fields.maxScore'),
                    width: 100,
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'maxScore']} style={{ margin: 0 }} rules={[zodRule(s.maxScore)]}>
                        <Input size="small" />
                      </Form.Item>
                    ),
                  },
                ]}
              />
            ) : null}
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </>
  );
}

/** Form rows → request `units` (empty overrides left out). */
export function unitsBody(units: readonly UnitOverride[] | undefined) {
  return (units ?? []).map((u) => ({
    unitId: u.unitId,
    ...(u.title?.trim() ? { title: u.title.trim() } : {}),
    ...(u.maxScore?.trim() ? { maxScore: u.maxScore.trim() } : {}),
    ...(u.metricTarget?.trim() ? { metricTarget: u.metricTarget.trim() } : {}),
  }));
}
