import { useEffect, useMemo } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Flex, Form, Input, Row, Select, Skeleton, TreeSelect } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { createTarget, periodKeys, submitTarget, periodStartMonth, TemplateContentFields, type ReportingRhythm, type TargetDetail } from '@jx/contract';
import { useIndicatorTree } from '../../api/framework';
import { call } from '../../api/client';
import { useCreateTarget, useTarget, useUpdateTarget } from '../../api/targets';
import { useTargetTypes } from '../../api/units';
import { useAssessedUnits, useCategories, useYears } from '../../api/years';
import { useQueryClient } from '@tanstack/react-query';
import { targetKeys } from '../../api/keys';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ErrorState } from '../../components/ErrorState';
import { defaultYear } from '../../components/YearPicker';
import { PageHeader } from '../../components/PageHeader';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { dateToInput } from '../../components/form/dateToInput';
import { blankToNull, bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { indicatorOptions, isLeafOption } from './indicatorOptions';
import { MilestoneEditor, evenMilestones } from './MilestoneEditor';
import { ResponsiblesEditor, type ResponsibleValue } from './ResponsiblesEditor';
import { isUnitOnly, TargetStatusTag } from './shared';

interface Values {
  unitId?: string;
  targetTypeId?: string;
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
  responsibles?: ResponsibleValue[];
}

const shape = bodyShape(createTarget);

/** /targets/new and /targets/:id/edit */
export function TargetFormPage() {
  const { id } = useParams();
  const existing = useTarget(id);
  if (!id) return <TargetForm />;
  if (existing.isError) return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (!existing.data) return <Skeleton active />;
  return <TargetForm key={`${existing.data.id}-${existing.data.version}`} target={existing.data} />;
}

function TargetForm({ target }: { target?: TargetDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const user = useCurrentUser();
  const [search] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const years = useYears();
  const yearId = target?.yearId ?? search.get('yearId') ?? defaultYear(years.data ?? [])?.id;
  const year = years.data?.find((y) => y.id === yearId);
  const unitOnly = isUnitOnly(user.roles);
  const onlyOwnTypes = user.roles.includes('FUNC_DEPT') && !user.roles.includes('PERF_OFFICE');
  const assessed = useAssessedUnits(yearId);
  const categories = useCategories(yearId);
  const types = useTargetTypes();
  const tree = useIndicatorTree(yearId);
  const create = useCreateTarget();
  const update = useUpdateTarget();

  const unitId = Form.useWatch('unitId', form) ?? target?.unitId;
  const typeId = Form.useWatch('targetTypeId', form) ?? target?.targetTypeId;
  const deadline = Form.useWatch('deadline', form);

  const typeOptions = useMemo(() => {
    const a = assessed.data?.find((u) => u.unitId === unitId);
    const cat = categories.data?.find((c) => c.id === a?.categoryId);
    return (types.data ?? [])
      .filter((ty) => cat?.targetTypeIds.includes(ty.id) && ty.active && ty.code !== 'SPECIAL')
      .filter((ty) => !onlyOwnTypes || ty.ownerUnitId === user.unitId);
  }, [assessed.data, categories.data, types.data, unitId, onlyOwnTypes, user.unitId]);
  const type = types.data?.find((ty) => ty.id === typeId);
  const rhythm: ReportingRhythm | undefined = target?.reportingRhythm ?? type?.reportingRhythm;
  const indicatorTree = useMemo(() => indicatorOptions(tree.data?.roots ?? [], typeId), [tree.data, typeId]);

  const deadlineMonth = dayjs.isDayjs(deadline) ? deadline.month() + 1 : 12;
  const periods = useMemo(() => (rhythm ? periodKeys(rhythm).filter((p) => periodStartMonth(p) <= deadlineMonth) : []), [rhythm, deadlineMonth]);
  const periodsKey = periods.join(',');

  // Rows follow the rhythm and the deadline: keep what was typed for a period still there, spread the rest.
  useEffect(() => {
    if (!periodsKey) return;
    const keys = periodsKey.split(',');
    const current = (form.getFieldValue('milestones') as Values['milestones']) ?? [];
    const had = new Map(current.map((m) => [m.period, m.plannedPercent]));
    const even = evenMilestones(keys);
    const merged = keys.map((period, i) => ({ period, plannedPercent: had.get(period) ?? even[i]!.plannedPercent }));
    // A plan that no longer ends at 100 % (the deadline moved earlier) is spread again.
    form.setFieldValue('milestones', merged[merged.length - 1]?.plannedPercent === 100 ? merged : even);
  }, [periodsKey, form]);

  // An indicator that is not a leaf of the type's branch is cleared when the type changes.
  useEffect(() => {
    const current = form.getFieldValue('indicatorId') as string | undefined;
    if (current && tree.data && !isLeafOption(indicatorTree, current)) form.setFieldValue('indicatorId', undefined);
  }, [indicatorTree, tree.data, form]);

  const editable = !target || target.status === 'DRAFT' || target.status === 'RETURNED';

  const initialValues: Partial<Values> = target
    ? {
        unitId: target.unitId,
        targetTypeId: target.targetTypeId,
        indicatorId: target.indicatorId,
        title: target.title,
        content: target.content,
        measures: target.measures,
        deadline: dayjs(target.deadline),
        expectedResult: target.expectedResult,
        maxScore: target.maxScore,
        metricUnit: target.metricUnit,
        metricTarget: target.metricTarget,
        milestones: target.milestones,
        responsibles: target.responsibles.map((r) => ({ personId: r.personId, share: r.share })),
      }
    : { unitId: unitOnly ? (user.unitId ?? undefined) : undefined, responsibles: [] };

  const save = (v: Values, thenSubmit: boolean) => {
    const content = {
      indicatorId: v.indicatorId ?? '',
      ...blankToNull(
        {
          title: v.title,
          content: v.content,
          measures: v.measures,
          expectedResult: v.expectedResult,
          maxScore: v.maxScore,
          metricUnit: v.metricUnit,
          metricTarget: v.metricTarget,
        },
        ['metricUnit', 'metricTarget'],
      ),
      deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : '',
      milestones: (v.milestones ?? []).map((m) => ({ period: m.period, plannedPercent: m.plannedPercent ?? 0 })),
      responsibles: (v.responsibles ?? []).map((r) => ({ personId: r.personId ?? '', share: (r.share ?? '').trim() })),
    } as const;
    const done = async (saved: TargetDetail) => {
      if (thenSubmit) {
        try {
          await call(submitTarget, { params: { id: saved.id }, body: { version: saved.version } });
          await qc.invalidateQueries({ queryKey: targetKeys.all });
          message.success(t('targets.messages.submitted'));
        } catch (e) {
          handleError(e);
        }
      } else message.success(t(target ? 'targets.messages.updated' : 'targets.messages.created'));
      void navigate(`/targets/${saved.id}`);
    };
    if (target) {
      update.mutate(
        { params: { id: target.id }, body: { ...content, version: target.version } },
        { onSuccess: (d) => void done(d), onError: (e) => handleError(e, { form }) },
      );
    } else {
      create.mutate(
        { body: { ...content, yearId: yearId ?? '', unitId: v.unitId ?? '', targetTypeId: v.targetTypeId ?? '' } },
        { onSuccess: (d) => void done(d), onError: (e) => handleError(e, { form }) },
      );
    }
  };

  const submitWith = (thenSubmit: boolean) => {
    form
      .validateFields()
      .then((v) => save(v, thenSubmit))
      .catch(() => undefined);
  };

  if (years.isError) return <ErrorState error={years.error} onRetry={() => void years.refetch()} />;
  if (!yearId) return <Skeleton active />;

  const busy = create.isPending || update.isPending;
  const yearNo = year?.year;

  return (
    <>
      <PageHeader
        title={target ? t('targets.form.editTitle') : t('targets.form.createTitle')}
        subTitle={year?.name}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(target ? `/targets/${target.id}` : '/targets')}>
            {t('targets.form.back')}
          </Button>
        }
      />
      {target && !editable ? <Alert type="warning" showIcon title={t('targets.form.notEditable')} style={{ marginBottom: 16 }} /> : null}
      {target?.status === 'RETURNED' && target.returnReason ? (
        <Alert type="error" showIcon title={t('targets.form.returnedAlert', { reason: target.returnReason })} style={{ marginBottom: 16 }} />
      ) : null}
      {target && target.publishedRevisionNo && target.status !== 'PUBLISHED' ? (
        <Alert
          type="info"
          showIcon
          title={t('targets.form.revisionAlert', { no: target.publishedRevisionNo + 1, current: target.publishedRevisionNo })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => save(v, false)}
        disabled={!editable || busy}
        scrollToFirstError
        data-testid="target-form"
      >
        <Flex vertical gap={16}>
          <Card title={t('targets.form.basic')} size="small">
            {target ? (
              <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
                <Descriptions.Item label={t('targets.fields.unit')}>{target.unitName}</Descriptions.Item>
                <Descriptions.Item label={t('targets.fields.type')}>{target.targetTypeName}</Descriptions.Item>
                <Descriptions.Item label={t('targets.fields.status')}>
                  <TargetStatusTag status={target.status} />
                </Descriptions.Item>
              </Descriptions>
            ) : null}
            <Row gutter={16}>
              {!target ? (
                <>
                  <Col xs={24} md={8}>
                    <ZodFormItem
                      name="unitId"
                      label={t('targets.fields.unit')}
                      schema={shape.unitId}
                      rules={[{ required: true, message: t('targets.form.unitRequired') }]}
                    >
                      {unitOnly ? (
                        <Select disabled options={[{ value: user.unitId ?? '', label: user.unitName ?? '' }]} />
                      ) : (
                        <Select
                          showSearch={{ optionFilterProp: 'label' }}
                          placeholder={t('targets.form.pickUnit')}
                          loading={assessed.isLoading}
                          options={(assessed.data ?? []).map((a) => ({ value: a.unitId, label: a.unitName }))}
                          onChange={() => form.setFieldsValue({ targetTypeId: undefined, responsibles: [] })}
                          data-testid="target-form-unit"
                        />
                      )}
                    </ZodFormItem>
                  </Col>
                  <Col xs={24} md={8}>
                    <ZodFormItem
                      name="targetTypeId"
                      label={t('targets.fields.type')}
                      schema={shape.targetTypeId}
                      help={unitId && assessed.isSuccess && categories.isSuccess && typeOptions.length === 0 ? t('targets.form.noTypes') : undefined}
                    >
                      <Select
                        placeholder={t('targets.form.pickType')}
                        options={typeOptions.map((ty) => ({ value: ty.id, label: `${ty.name}（${t(`targets.rhythms.${ty.reportingRhythm}`)}）` }))}
                        disabled={!unitId}
                        data-testid="target-form-type"
                      />
                    </ZodFormItem>
                  </Col>
                </>
              ) : null}
              <Col xs={24} md={target ? 12 : 8}>
                <ZodFormItem
                  name="indicatorId"
                  label={t('targets.fields.indicator')}
                  schema={shape.indicatorId}
                  rules={[
                    {
                      validator: async (_r, v: string | undefined) => {
                        if (v && !isLeafOption(indicatorTree, v)) throw new Error(t('targets.form.pickIndicator'));
                      },
                    },
                  ]}
                >
                  <TreeSelect
                    placeholder={typeId ? t('targets.form.pickIndicator') : t('targets.form.pickTypeFirst')}
                    treeData={indicatorTree}
                    loading={tree.isLoading}
                    showSearch={{ treeNodeFilterProp: 'searchText' }}
                    treeDefaultExpandAll
                    popupMatchSelectWidth={false}
                    disabled={!typeId}
                    data-testid="target-form-indicator"
                  />
                </ZodFormItem>
              </Col>
              <Col xs={24} md={target ? 12 : 24}>
                <ZodFormItem name="title" label={t('targets.fields.title')} schema={shape.title}>
                  <Input maxLength={100} showCount data-testid="target-form-title" />
                </ZodFormItem>
              </Col>
            </Row>
          </Card>
          <Card title={t('targets.form.content')} size="small">
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <ZodFormItem name="content" label={t('targets.fields.content')} schema={shape.content}>
                  <Input.TextArea rows={4} maxLength={2000} showCount data-testid="target-form-content" />
                </ZodFormItem>
              </Col>
              <Col xs={24} md={12}>
                <ZodFormItem name="measures" label={t('targets.fields.measures')} schema={shape.measures}>
                  <Input.TextArea rows={4} maxLength={2000} showCount data-testid="target-form-measures" />
                </ZodFormItem>
              </Col>
              <Col xs={24} md={12}>
                <ZodFormItem name="expectedResult" label={t('targets.fields.expectedResult')} schema={shape.expectedResult}>
                  <Input.TextArea rows={3} maxLength={1000} showCount data-testid="target-form-expected" />
                </ZodFormItem>
              </Col>
              <Col xs={24} md={12}>
                <Row gutter={16}>
                  <Col span={12}>
                    <ZodFormItem
                      name="deadline"
                      label={t('targets.fields.deadline')}
                      schema={shape.deadline}
                      toInput={dateToInput}
                      rules={[
                        {
                          validator: async (_r, v: Dayjs | null | undefined) => {
                            if (v && yearNo && v.year() !== yearNo) throw new Error(t('targets.form.deadlineInYear', { year: yearNo }));
                          },
                        },
                      ]}
                    >
                      <DatePicker
                        style={{ width: '100%' }}
                        disabledDate={(d) => !!yearNo && d.year() !== yearNo}
                        defaultPickerValue={yearNo ? dayjs(`${yearNo}-12-31`) : undefined}
                        data-testid="target-form-deadline"
                      />
                    </ZodFormItem>
                  </Col>
                  <Col span={12}>
                    <ZodFormItem name="maxScore" label={t('targets.fields.maxScore')} schema={shape.maxScore}>
                      <Input placeholder="10" data-testid="target-form-score" />
                    </ZodFormItem>
                  </Col>
                  <Col span={12}>
                    <ZodFormItem
                      name="metricUnit"
                      label={t('targets.fields.metricUnit')}
                      schema={TemplateContentFields.metricUnit}
                      tooltip={t('targets.form.metricHelp')}
                    >
                      <Input maxLength={20} />
                    </ZodFormItem>
                  </Col>
                  <Col span={12}>
                    <ZodFormItem name="metricTarget" label={t('targets.fields.metricTarget')} schema={TemplateContentFields.metricTarget}>
                      <Input />
                    </ZodFormItem>
                  </Col>
                </Row>
              </Col>
            </Row>
          </Card>
          <Card title={t('targets.form.plan')} size="small">
            <Row gutter={32}>
              <Col xs={24} lg={12}>
                <Form.Item label={t('targets.fields.milestones')} required>
                  <MilestoneEditor form={form} periods={periods} rhythmLabel={rhythm ? t(`targets.rhythms.${rhythm}`) : undefined} />
                </Form.Item>
              </Col>
              <Col xs={24} lg={12}>
                <Form.Item label={t('targets.fields.responsibles')}>
                  <ResponsiblesEditor form={form} unitId={unitId} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          {editable ? (
            <Flex gap={8} justify="flex-end">
              <Button onClick={() => void navigate(target ? `/targets/${target.id}` : '/targets')}>{t('common.actions.cancel')}</Button>
              <Button htmlType="submit" loading={busy} data-testid="target-form-save">
                {t('targets.form.save')}
              </Button>
              <Button type="primary" loading={busy} onClick={() => submitWith(true)} data-testid="target-form-submit">
                {t('targets.form.saveAndSubmit')}
              </Button>
            </Flex>
          ) : null}
        </Flex>
      </Form>
    </>
  );
}

export default TargetFormPage;
