import { Card, Skeleton, Tabs } from 'antd';
import { createAdjustmentCategory, fileAdjustment } from '@jx/contract';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { PageHeader } from '../../components/PageHeader';
import { YearPicker } from '../../components/YearPicker';
import { yearProblem } from '../../components/yearProblem';
import { useT } from '../../locales';
import { useYearPick } from '../../components/useYearPick';
import { AdjustmentLedger } from './AdjustmentLedger';
import { CategoriesPanel } from './CategoriesPanel';

/**
 * 加减分: a year's bonus, deduction and 一票否决 lines with their evidence and review; the performance office also keeps
 * the year's categories (类别管理).
 */
export function AdjustmentsPage() {
  const t = useT();
  const user = useCurrentUser();
  const { years, yearId, year, pickerProps } = useYearPick({
    label: t('adjustments.year'),
    placeholder: t('adjustments.yearPlaceholder'),
    testId: 'adjustment-year-select',
  });
  const office = canCall(createAdjustmentCategory, user.roles);
  const subtitle = office ? 'subtitleOffice' : canCall(fileAdjustment, user.roles) ? 'subtitleDept' : 'subtitleReader';

  const picker = <YearPicker {...pickerProps} />;

  let body = yearProblem(years, t);
  if (!body && yearId) {
    // Keyed by the year: its filters (units, categories of that year) start afresh.
    const ledger = <AdjustmentLedger key={yearId} yearId={yearId} yearName={year?.name ?? ''} />;
    body = office ? (
      <Tabs
        data-testid="adjustment-tabs"
        items={[
          { key: 'ledger', label: t('adjustments.tabs.ledger'), children: ledger },
          { key: 'categories', label: t('adjustments.tabs.categories'), children: <CategoriesPanel key={yearId} yearId={yearId} /> },
        ]}
      />
    ) : (
      ledger
    );
  } else if (!body) {
    body = (
      <Card data-testid="adjustments-loading">
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }

  return (
    <>
      <PageHeader title={t('adjustments.title')} subTitle={t(`adjustments.${subtitle}`)} extra={picker} />
      {body}
    </>
  );
}

export default AdjustmentsPage;
