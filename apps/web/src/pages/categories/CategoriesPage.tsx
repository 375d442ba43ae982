import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Empty, Flex, Row, Table, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { createYear, type Category } from '@jx/contract';
import { useTargetTypes } from '../../api/units';
import { useAssessedUnits, useCategories, useDeleteCategory, useYears } from '../../api/years';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { defaultYear, YearPicker } from '../../components/YearPicker';
import { tableLocale } from '../../components/tableLocale';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { AddUnitsModal } from './AddUnitsModal';
import { AssessedUnitsPanel } from './AssessedUnitsPanel';
import { CategoryFormModal, type CategoryModalState } from './CategoryFormModal';
import { categoryColumns } from './columns';
import { YearFormModal, type YearModalState } from './YearFormModal';

export function CategoriesPage() {
  const t = useT();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const canManageYears = canCall(createYear, user.roles);

  const years = useYears();
  const [pickedYearId, setYearId] = useState<string | undefined>();
  const [pickedCategoryId, setCategoryId] = useState<string | undefined>();
  const [yearModal, setYearModal] = useState<YearModalState>(null);
  const [categoryModal, setCategoryModal] = useState<CategoryModalState>(null);
  const [adding, setAdding] = useState<Category | null>(null);

  // Until the user picks one: the year in progress (or the newest).
  const yearId = pickedYearId ?? defaultYear(years.data ?? [])?.id;
  const year = years.data?.find((y) => y.id === yearId);
  const readOnly = year?.status === 'CLOSED';
  const categories = useCategories(yearId);
  const yearAssessed = useAssessedUnits(yearId);
  const targetTypes = useTargetTypes();
  const del = useDeleteCategory();

  const ttMap = useMemo(() => new Map((targetTypes.data ?? []).map((tt) => [tt.id, tt])), [targetTypes.data]);
  const sorted = useMemo(
    () => [...(categories.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN')),
    [categories.data],
  );
  const totalUnits = yearAssessed.data?.length ?? sorted.reduce((n, c) => n + c.assessedUnitCount, 0);

  // The selected category, or the first one when none (or a deleted one) is selected.
  const category = sorted.find((c) => c.id === pickedCategoryId) ?? sorted[0] ?? null;
  const categoryId = category?.id;
  const categoryRows = useMemo(() => (yearAssessed.data ?? []).filter((a) => a.categoryId === categoryId), [yearAssessed.data, categoryId]);

  const columns = categoryColumns(t, {
    targetTypes: ttMap,
    readOnly,
    onEdit: (c) => setCategoryModal({ mode: 'edit', category: c }),
    onDelete: async (c) => {
      try {
        await del.mutateAsync({ params: { id: c.id }, query: { version: c.version } });
        message.success(t('categories.categoryDeleted'));
      } catch (e) {
        handleError(e);
      }
    },
  });

  const yearPicker = (
    <YearPicker
      years={years.data}
      loading={years.isLoading}
      value={yearId}
      onChange={(v) => {
        setYearId(v);
        setCategoryId(undefined);
      }}
      label={t('categories.year')}
      placeholder={t('categories.yearPlaceholder')}
      testId="year-select"
    >
      {canManageYears && year ? (
        <Button icon={<EditOutlined />} onClick={() => setYearModal({ mode: 'edit', year })}>
          {t('categories.editYear')}
        </Button>
      ) : null}
      {canManageYears ? (
        <Button icon={<PlusOutlined />} onClick={() => setYearModal({ mode: 'create' })} data-testid="year-create">
          {t('categories.createYear')}
        </Button>
      ) : null}
    </YearPicker>
  );

  let body;
  if (years.isError) body = <ErrorState error={years.error} onRetry={() => void years.refetch()} />;
  else if (years.isSuccess && years.data.length === 0)
    body = (
      <Card>
        <Empty description={canManageYears ? t('categories.noYearsAdmin') : t('categories.noYearsOther')} />
      </Card>
    );
  else
    body = (
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            title={t('categories.categoryList')}
            extra={
              <Flex gap={12} align="center">
                <Typography.Text type="secondary">{t('categories.categoryCount', { count: sorted.length, units: totalUnits })}</Typography.Text>
                {!readOnly && yearId ? (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setCategoryModal({ mode: 'create' })} data-testid="category-create">
                    {t('categories.createCategory')}
                  </Button>
                ) : null}
              </Flex>
            }
          >
            {readOnly ? <Alert type="info" showIcon title={t('categories.readOnlyYear')} style={{ marginBottom: 12 }} /> : null}
            <Table<Category>
              data-testid="category-table"
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={sorted}
              loading={categories.isFetching}
              pagination={false}
              rowClassName={(c) => (c.id === categoryId ? 'row-selected clickable-row' : 'clickable-row')}
              onRow={(c) => ({ onClick: () => setCategoryId(c.id) })}
              locale={tableLocale({
                error: categories.error,
                onRetry: () => void categories.refetch(),
                empty: yearId ? t('categories.emptyCategories') : t('categories.pickYearFirst'),
                loading: categories.isLoading,
              })}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <AssessedUnitsPanel
            category={category}
            rows={categoryRows}
            loading={yearAssessed.isFetching}
            error={yearAssessed.error}
            onRetry={() => void yearAssessed.refetch()}
            onAdd={() => setAdding(category)}
            readOnly={readOnly}
          />
        </Col>
      </Row>
    );

  return (
    <>
      <PageHeader title={t('categories.title')} subTitle={t('categories.subtitle')} extra={yearPicker} />
      {body}
      <YearFormModal state={yearModal} onClose={() => setYearModal(null)} onCreated={(y) => setYearId(y.id)} />
      {yearId ? <CategoryFormModal state={categoryModal} yearId={yearId} onClose={() => setCategoryModal(null)} /> : null}
      <AddUnitsModal category={adding} yearAssessed={yearAssessed.data ?? []} onClose={() => setAdding(null)} />
    </>
  );
}

export default CategoriesPage;
