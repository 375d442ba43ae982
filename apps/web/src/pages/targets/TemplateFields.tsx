import { useEffect, useMemo } from 'react';
import { Col, DatePicker, Form, Input, Row, TreeSelect, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { periodKeys, periodStartMonth, TemplateContentFields, type ReportingRhythm } from '@jx/contract';
import { useIndicatorTree } from '../../api/framework';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { dateToInput } from '../../components/form/dateToInput';
import { useT } from '../../locales';
import { indicatorOptions, isLeafOption } from './indicatorOptions';
import { evenMilestones, MilestoneEditor } from './MilestoneEditor';

export interface TemplateValues {
  indicatorId?: string;
  title: string;
  content: string;
  measures: string;
  deadline?: Dayjs | null;
  expectedResult: string;
  maxScore: string;
  metricUnit?: string | null;
  metricTarget?: string | null;
  milestones?: { period: string; plannedPercent: number | null }[];
}

/** The template body of a bulk assignment or a special task, from the form values. */
export function templateBody(v: TemplateValues) {
  const text = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);
  return {
    indicatorId: v.indicatorId ?? '',
    title: v.title.trim(),
    content: v.content.trim(),
    measures: v.measures.trim(),
    deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : '',
    expectedResult: v.expectedResult.trim(),
    maxScore: v.maxScore.trim(),
    metricUnit: text(v.metricUnit),
    metricTarget: text(v.metricTarget),
    milestones: (v.milestones ?? []).map((m) => ({ period: m.period, plannedPercent: m.plannedPercent ?? 0 })),
  };
}

/** Template fields (indicator … milestones) of a target, under an optional name prefix such as `template`. */
export function TemplateFields({
  form,
  yearId,
  year,
  typeId,
  rhythm,
}: {
  form: FormInstance;
  yearId: string;
  year?: number;
  typeId?: string;
  rhythm?: ReportingRhythm;
}) {
  const t = useT();
  const tree = useIndicatorTree(yearId);
  const options = useMemo(() => indicatorOptions(tree.data?.roots ?? [], typeId), [tree.data, typeId]);
  const deadline = Form.useWatch<Dayjs | undefined>('deadline', form);
  const deadlineMonth = dayjs.isDayjs(deadline) ? deadline.month() + 1 : 12;
  const periods = useMemo(() => (rhythm ? periodKeys(rhythm).filter((p) => periodStartMonth(p) <= deadlineMonth) : []), [rhythm, deadlineMonth]);
  const key = periods.join(',');
  useEffect(() => {
    if (key) form.setFieldValue('milestones', evenMilestones(key.split(',')));
  }, [key, form]);
  useEffect(() => {
    const current = form.getFieldValue('indicatorId') as string | undefined;
    if (current && tree.data && !isLeafOption(options, current)) form.setFieldValue('indicatorId', undefined);
  }, [options, tree.data, form]);
  const f = TemplateContentFields;
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <ZodFormItem name="indicatorId" label={t('targets.fields.indicator')} schema={f.indicatorId}>
          <TreeSelect
            treeData={options}
            loading={tree.isLoading}
            placeholder={t('targets.form.pickIndicator')}
            showSearch={{ treeNodeFilterProp: 'searchText' }}
            treeDefaultExpandAll
            popupMatchSelectWidth={false}
          />
        </ZodFormItem>
      </Col>
      <Col xs={24} md={12}>
        <ZodFormItem name="title" label={t('targets.fields.title')} schema={f.title}>
          <Input maxLength={100} />
        </ZodFormItem>
      </Col>
      <Col xs={24} md={12}>
        <ZodFormItem name="content" label={t('targets.fields.content')} schema={f.content}>
          <Input.TextArea rows={3} maxLength={2000} />
        </ZodFormItem>
      </Col>
      <Col xs={24} md={12}>
        <ZodFormItem name="measures" label={t('targets.fields.measures')} schema={f.measures}>
          <Input.TextArea rows={3} maxLength={2000} />
        </ZodFormItem>
      </Col>
      <Col xs={24} md={12}>
        <ZodFormItem name="expectedResult" label={t('targets.fields.expectedResult')} schema={f.expectedResult}>
          <Input.TextArea rows={2} maxLength={1000} />
        </ZodFormItem>
      </Col>
      <Col xs={12} md={6}>
        <ZodFormItem name="deadline" label={t('targets.fields.deadline')} schema={f.deadline} toInput={dateToInput}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => !!year && d.year() !== year}
            defaultPickerValue={year ? dayjs(`${year}-12-31`) : undefined}
          />
        </ZodFormItem>
      </Col>
      <Col xs={12} md={6}>
        <ZodFormItem name="maxScore" label={t('targets.fields.maxScore')} schema={f.maxScore}>
          <Input />
        </ZodFormItem>
      </Col>
      <Col xs={12} md={6}>
        <ZodFormItem name="metricUnit" label={t('targets.fields.metricUnit')} schema={f.metricUnit}>
          <Input maxLength={20} />
        </ZodFormItem>
      </Col>
      <Col xs={12} md={6}>
        <ZodFormItem name="metricTarget" label={t('targets.fields.metricTarget')} schema={f.metricTarget}>
          <Input />
        </ZodFormItem>
      </Col>
      <Col span={24}>
        <Form.Item label={t('targets.fields.milestones')} required>
          <MilestoneEditor form={form} periods={periods} rhythmLabel={rhythm ? t(`targets.rhythms.${rhythm}`) : undefined} />
        </Form.Item>
      </Col>
    </Row>
  );
}
