import { useState } from 'react';
import { Card, Empty, Flex, Select, Tag, Typography } from 'antd';
import type { AssessmentPeriod } from '@jx/contract';
import { useAssessmentPeriods } from '../../api/assessment';
import { ErrorState } from '../../components/ErrorState';
import { YearPicker } from '../../components/YearPicker';
import { yearProblem } from '../../components/yearProblem';
import { useT } from '../../locales';
import { useYearPick } from '../../components/useYearPick';

/** The texts and testId of a 考核时机 select. */
export interface PeriodSelectTexts {
  label: string;
  placeholder: string;
  openText: string;
  notOpenText: string;
  testId: string;
  width: number;
}

/** A 考核时机 select whose options say whether the period has an open process. */
export function PeriodSelect(
  props: PeriodSelectTexts & {
    periods: readonly { id: string; label: string; open: boolean }[];
    value: string | undefined;
    onChange: (periodId: string) => void;
    loading: boolean;
  },
) {
  return (
    <Select
      style={{ width: props.width }}
      loading={props.loading}
      placeholder={props.placeholder}
      aria-label={props.label}
      value={props.value}
      onChange={(v: string) => props.onChange(v)}
      options={props.periods.map((p) => ({ value: p.id, label: p.label, title: p.label, open: p.open }))}
      optionRender={(o) => (
        <Flex justify="space-between" gap={8}>
          <span>{o.data.label}</span>
          <Tag color={o.data.open ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>
            {o.data.open ? props.openText : props.notOpenText}
          </Tag>
        </Flex>
      )}
      data-testid={props.testId}
    />
  );
}

const periodOpen = (p: AssessmentPeriod) => p.processes.some((x) => x.status === 'OPEN');

/**
 * The chosen 考核年度 (default: the one in progress) and 考核时机 of the year (default: `defaultPeriodId`), with the
 * header's year picker, the labelled period select, and what to show instead of the page when there is nothing to
 * pick (`problem`: no year, the periods failed to load, or the year has none yet). A new year forgets the chosen period; `onYearChange` and
 * `onPeriodChange` reset the page's own state, and every change goes through `guard` (e.g. to ask about unsaved edits).
 */
export function usePeriodChoice(options: {
  defaultPeriodId: (periods: readonly AssessmentPeriod[]) => string | undefined;
  year: { label: string; placeholder: string; testId: string };
  period: PeriodSelectTexts;
  noPeriods: { text: (yearName: string) => string; hint: string; testId: string };
  onYearChange?: () => void;
  onPeriodChange?: () => void;
  guard?: (change: () => void) => void;
}) {
  const t = useT();
  const guard = options.guard ?? ((change: () => void) => change());
  const { years, yearId, year, setYearId, pickerProps } = useYearPick(options.year);
  const periods = useAssessmentPeriods(yearId);
  const [pickedPeriodId, setPeriodId] = useState<string | undefined>();
  const periodId = periods.data?.some((p) => p.id === pickedPeriodId) ? pickedPeriodId : options.defaultPeriodId(periods.data ?? []);
  const period = periods.data?.find((p) => p.id === periodId);

  const yearPicker = (
    <YearPicker
      {...pickerProps}
      onChange={(v) =>
        guard(() => {
          setYearId(v);
          setPeriodId(undefined);
          options.onYearChange?.();
        })
      }
    />
  );
  const periodPicker = (
    <Flex gap={8} align="center">
      <Typography.Text>{options.period.label}</Typography.Text>
      <PeriodSelect
        {...options.period}
        periods={(periods.data ?? []).map((p) => ({ id: p.id, label: p.name, open: periodOpen(p) }))}
        value={periodId}
        loading={periods.isLoading}
        onChange={(v) =>
          guard(() => {
            setPeriodId(v);
            options.onPeriodChange?.();
          })
        }
      />
    </Flex>
  );
  let problem = yearProblem(years, t);
  if (problem) {
    // No year to show.
  } else if (periods.isError && !periods.data) {
    problem = <ErrorState error={periods.error} onRetry={() => void periods.refetch()} />;
  } else if (periods.data && periods.data.length === 0) {
    problem = (
      <Card>
        <Empty
          data-testid={options.noPeriods.testId}
          description={
            <Flex vertical gap={4}>
              <span>{options.noPeriods.text(year?.name ?? '')}</span>
              <span className="muted small">{options.noPeriods.hint}</span>
            </Flex>
          }
        />
      </Card>
    );
  }
  return { yearId, periodId, period, yearPicker, periodPicker, problem };
}
