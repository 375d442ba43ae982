import { useMemo, useState } from 'react';
import { Alert, Flex } from 'antd';
import { createTargetType, listAssessors, setAssessors, type TargetType } from '@jx/contract';
import { useIndicatorTree } from '../../api/framework';
import { useAssessors } from '../../api/targetTypes';
import { useTargetTypes } from '../../api/units';
import { useCategories } from '../../api/years';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { PageHeader } from '../../components/PageHeader';
import { YearPicker } from '../../components/YearPicker';
import { useT } from '../../locales';
import { useYearPick } from '../../components/useYearPick';
import { AssessorsModal, type AssessorsTarget } from './AssessorsModal';
import { namingKey, namingsOf } from './effectiveAssessors';
import { IndicatorAssessorsCard } from './IndicatorAssessorsCard';
import { TargetNamingsCard } from './TargetNamingsCard';
import { TargetTypeFormModal, type TargetTypeModalState } from './TargetTypeFormModal';
import { TargetTypesTable } from './TargetTypesTable';

/**
 * 目标类型与考核部门: the office keeps the target types (owner, rhythm, active) and names the assessing departments per
 * type and per indicator of the year, seeing on each what is in force; the targets named one by one are listed.
 */
export function TargetTypesPage() {
  const t = useT();
  const user = useCurrentUser();
  const canEdit = canCall(createTargetType, user.roles);
  const canRead = canCall(listAssessors, user.roles);
  const canName = canCall(setAssessors, user.roles);

  const { yearId, pickerProps } = useYearPick({ label: t('targetTypes.year'), placeholder: t('targetTypes.yearPlaceholder'), testId: 'target-types-year' });
  const types = useTargetTypes();
  const categories = useCategories(yearId);
  const assessors = useAssessors(yearId, canRead);
  const tree = useIndicatorTree(canRead ? yearId : undefined);
  const [form, setForm] = useState<TargetTypeModalState>(null);
  const [naming, setNaming] = useState<AssessorsTarget | null>(null);

  const namings = useMemo(() => namingsOf(assessors.data ?? []), [assessors.data]);
  const typeMap = useMemo(() => new Map((types.data ?? []).map((x) => [x.id, x])), [types.data]);

  const nameType = (tt: TargetType) =>
    setNaming({
      scope: 'targetType',
      id: tt.id,
      name: tt.name,
      named: namings.get(namingKey('targetType', tt.id)) ?? [],
      fallback: `${tt.ownerUnitName}（${t('targetTypes.sources.owner', { name: tt.name })}）`,
    });

  return (
    <>
      <PageHeader title={t('targetTypes.title')} subTitle={t('targetTypes.subtitle')} extra={<YearPicker {...pickerProps} />} />
      <Flex vertical gap={16}>
        {canRead ? null : <Alert type="info" showIcon title={t('targetTypes.readOnlyAssessors')} />}
        <TargetTypesTable
          types={types.data}
          loading={types.isFetching || (canRead && assessors.isLoading)}
          error={types.error ?? assessors.error}
          onRetry={() => void Promise.all([types.refetch(), assessors.refetch()])}
          categories={categories.data ?? []}
          namings={canRead ? namings : null}
          canEdit={canEdit}
          canName={canName}
          onCreate={() => setForm({})}
          onEdit={(type) => setForm({ type })}
          onAssessors={nameType}
        />
        {canRead ? (
          <>
            <IndicatorAssessorsCard
              tree={tree.data}
              loading={tree.isLoading || assessors.isLoading}
              error={tree.error}
              onRetry={() => void tree.refetch()}
              namings={namings}
              types={typeMap}
              canName={canName}
              onName={setNaming}
            />
            <TargetNamingsCard items={assessors.data ?? []} loading={assessors.isLoading} />
          </>
        ) : null}
      </Flex>
      {/* Mounted per opening, so a form never starts from the values of the previous one. */}
      {form ? <TargetTypeFormModal key={form.type?.id ?? 'new'} editing={form.type} onClose={() => setForm(null)} /> : null}
      {naming ? <AssessorsModal key={`${naming.scope}:${naming.id}`} subject={naming} onClose={() => setNaming(null)} /> : null}
    </>
  );
}

export default TargetTypesPage;
