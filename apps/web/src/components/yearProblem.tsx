import type { ReactNode } from 'react';
import { Card, Empty } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Year } from '@jx/contract';
import type { TFunction } from '../locales';
import { ErrorState } from './ErrorState';

/**
 * What a year-based list page shows instead of its content when there is no year to show: the years failed to load
 * (with 重试), or none has been set up yet. Null when a year can be picked.
 */
export function yearProblem(years: UseQueryResult<Year[]>, t: TFunction): ReactNode | null {
  if (years.isError) return <ErrorState error={years.error} onRetry={() => void years.refetch()} />;
  if (years.isSuccess && years.data.length === 0)
    return (
      <Card>
        <Empty description={t('targets.noYears')} />
      </Card>
    );
  return null;
}
