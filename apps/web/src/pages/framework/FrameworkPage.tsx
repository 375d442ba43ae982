import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Empty, Flex } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { createFrameworkProposal, createIndicator, listFrameworkProposals, updateTargetType } from '@jx/contract';
import { useCopyFramework, useIndicatorTree } from '../../api/framework';
import { useCategories, useYears } from '../../api/years';
import { useTargetTypes } from '../../api/units';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { defaultYear, YearPicker } from '../../components/YearPicker';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { IndicatorFormModal, type IndicatorModalState } from './IndicatorFormModal';
import { IndicatorTreeCard } from './IndicatorTreeCard';
import { TargetTypesCard } from './TargetTypesCard';
import { ProposalsCard } from './ProposalsCard';
import { WeightsModal, type WeightsSet } from './WeightsModal';

/** 年度目标框架: the year's indicator tree with its weights, copying last year's framework, target types' rhythm. */
export function FrameworkPage() {
  const t = useT();
  const user = useCurrentUser();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const canEdit = canCall(createIndicator, user.roles);
  // The office sets rhythms; the administrator may reach the route for the catalogue but not the rhythm (decision 0029).
  const canSetRhythm = canEdit && canCall(updateTargetType, user.roles);
  // A department (not the office) drafts changes to its own types' subtrees as proposals.
  const proposing = !canEdit && canCall(createFrameworkProposal, user.roles);
  const seesProposals = canCall(listFrameworkProposals, user.roles);
  const targetTypes = useTargetTypes(proposing);
  const ownTypes = useMemo(() => (targetTypes.data ?? []).filter((tt) => tt.ownerUnitId === user.unitId), [targetTypes.data, user.unitId]);
  const ownTypeIds = useMemo(() => new Set(ownTypes.map((tt) => tt.id)), [ownTypes]);

  const years = useYears();
  const [pickedYearId, setYearId] = useState<string | undefined>();
  const [form, setForm] = useState<IndicatorModalState>(null);
  const [weights, setWeights] = useState<WeightsSet | null>(null);
  const yearId = pickedYearId ?? defaultYear(years.data ?? [])?.id;
  const year = years.data?.find((y) => y.id === yearId);
  const closed = year?.status === 'CLOSED';
  const editable = (canEdit || (proposing && ownTypes.length > 0)) && !!year && !closed;

  const tree = useIndicatorTree(yearId);
  const categories = useCategories(yearId);
  const copy = useCopyFramework();

  // An empty year (no indicators, no categories) can take the framework of the newest earlier year.
  const empty = tree.isSuccess && tree.data.count === 0 && categories.isSuccess && categories.data.length === 0;
  const copySource = year ? [...(years.data ?? [])].filter((y) => y.year < year.year).sort((a, b) => b.year - a.year)[0] : undefined;

  const confirmCopy = () => {
    if (!year || !copySource) return;
    modal.confirm({
      title: t('framework.copyConfirmTitle'),
      content: t('framework.copyConfirmContent', { from: copySource.name, to: year.name }),
      okText: t('framework.copyOk'),
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': 'copy-confirm-ok' } as Record<`data-${string}`, string>,
      onOk: async () => {
        try {
          const r = await copy.mutateAsync({ params: { id: year.id }, body: { fromYearId: copySource.id } });
          const skipped = r.skippedInactiveUnits ? t('framework.copiedSkipped', { skipped: r.skippedInactiveUnits }) : '';
          message.success(t('framework.copied', { categories: r.categories, units: r.assessedUnits, indicators: r.indicators }) + skipped);
        } catch (e) {
          handleError(e);
        }
      },
    });
  };

  const yearPicker = (
    <YearPicker
      years={years.data}
      loading={years.isLoading}
      value={yearId}
      onChange={setYearId}
      label={t('framework.year')}
      placeholder={t('framework.yearPlaceholder')}
      testId="framework-year-select"
    />
  );

  let body;
  if (years.isError) body = <ErrorState error={years.error} onRetry={() => void years.refetch()} />;
  else if (years.isSuccess && years.data.length === 0)
    body = (
      <Card>
        <Empty description={t('framework.noYears')} />
      </Card>
    );
  else
    body = (
      <Flex vertical gap={16}>
        {closed ? <Alert type="info" showIcon title={t('framework.readOnlyYear')} /> : null}
        {proposing ? (
          <Alert
            type="info"
            showIcon
            data-testid="proposal-hint"
            title={
              ownTypes.length ? t('framework.proposals.pageHint', { types: ownTypes.map((tt) => tt.name).join('、') }) : t('framework.proposals.noOwnTypes')
            }
          />
        ) : !canEdit ? (
          <Alert type="info" showIcon title={t('framework.readOnlyRole')} />
        ) : null}
        {editable && empty && copySource ? (
          <Alert
            type="info"
            showIcon
            data-testid="copy-framework-hint"
            title={t('framework.copyHint', { from: copySource.name })}
            action={
              <Button type="primary" icon={<CopyOutlined />} onClick={confirmCopy} loading={copy.isPending} data-testid="copy-framework">
                {t('framework.copyTitle')}
              </Button>
            }
          />
        ) : null}
        <IndicatorTreeCard
          tree={tree.data}
          loading={tree.isLoading}
          fetching={tree.isFetching}
          error={tree.error}
          onRetry={() => void tree.refetch()}
          editable={editable}
          onOpenForm={setForm}
          onAdjust={setWeights}
          ownTypeIds={proposing ? ownTypeIds : undefined}
        />
        {seesProposals && yearId ? <ProposalsCard yearId={yearId} office={canEdit} readOnly={closed} /> : null}
        <TargetTypesCard categories={categories.data ?? []} editable={canSetRhythm} />
      </Flex>
    );

  return (
    <>
      <PageHeader title={t('framework.title')} subTitle={t('framework.subtitle')} extra={yearPicker} />
      {body}
      {/* Mounted per opening, so a new form never starts from the values of the previous one. */}
      {yearId && form ? (
        <IndicatorFormModal
          key={form.mode === 'edit' ? `edit-${form.indicator.id}` : `create-${form.parent?.id ?? 'root'}`}
          state={form}
          yearId={yearId}
          onClose={() => setForm(null)}
          ownTypes={proposing ? ownTypes : undefined}
        />
      ) : null}
      {yearId && weights ? <WeightsModal key={weights.parent?.id ?? 'root'} set={weights} yearId={yearId} onClose={() => setWeights(null)} /> : null}
    </>
  );
}

export default FrameworkPage;
