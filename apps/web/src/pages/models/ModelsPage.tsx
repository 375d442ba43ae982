import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Card, Empty, Skeleton } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { createScoringModel } from '@jx/contract';
import { useScoringModels } from '../../api/models';
import { useCategories } from '../../api/years';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { YearPicker } from '../../components/YearPicker';
import { yearProblem } from '../../components/yearProblem';
import { useT } from '../../locales';
import { useYearPick } from '../../components/useYearPick';
import { CreateModelModal } from './CreateModelModal';
import { ModelEditor } from './ModelEditor';
import { ModelList } from './ModelList';

/**
 * 绩效模型: the year's models with their categories and versions; the office creates one from a reference scheme, edits
 * its tree, grades and adjustments (or its JSON), previews the effect on the current inputs and saves a new version.
 * `?model=<id>` opens a model in the editor.
 */
export function ModelsPage() {
  const t = useT();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const { years, yearId, year, pickerProps } = useYearPick({ label: t('models.year'), placeholder: t('models.yearPlaceholder'), testId: 'models-year-select' });
  const models = useScoringModels(yearId);
  const categories = useCategories(yearId);
  const [creating, setCreating] = useState(false);
  const canEdit = canCall(createScoringModel, user.roles);
  const openId = params.get('model');
  const open = (id: string | null) => setParams(id ? { model: id } : {});

  if (openId) {
    const model = models.data?.find((m) => m.id === openId);
    if (model && yearId)
      return (
        <>
          <PageHeader title={t('models.title')} subTitle={t(canEdit ? 'models.editorSubtitle' : 'models.subtitleReader')} />
          <ModelEditor key={model.id} model={model} yearId={yearId} categories={categories.data ?? []} canEdit={canEdit} onBack={() => open(null)} />
        </>
      );
    const body = models.isError ? (
      <ErrorState error={models.error} onRetry={() => void models.refetch()} />
    ) : models.data ? (
      <Card>
        <Empty description={t('models.notFound')}>
          <Button onClick={() => open(null)}>{t('models.actions.back')}</Button>
        </Empty>
      </Card>
    ) : (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
    return (
      <>
        <PageHeader title={t('models.title')} />
        {body}
      </>
    );
  }

  const closedYear = year?.status === 'CLOSED';
  const picker = (
    <YearPicker {...pickerProps}>
      {canEdit && yearId ? (
        <Button type="primary" icon={<PlusOutlined />} disabled={closedYear || !models.data} onClick={() => setCreating(true)} data-testid="model-create">
          {t('models.actions.create')}
        </Button>
      ) : null}
    </YearPicker>
  );

  return (
    <>
      <PageHeader title={t('models.title')} subTitle={t(canEdit ? 'models.subtitle' : 'models.subtitleReader')} extra={picker} />
      {yearProblem(years, t) ?? (
        <ModelList
          models={models}
          categories={categories.data ?? []}
          canEdit={canEdit}
          onOpen={(id) => open(id)}
          onCreate={canEdit && !closedYear ? () => setCreating(true) : undefined}
        />
      )}
      {yearId ? (
        <CreateModelModal
          open={creating}
          yearId={yearId}
          categories={categories.data ?? []}
          models={models.data ?? []}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            open(id);
          }}
        />
      ) : null}
    </>
  );
}

export default ModelsPage;
