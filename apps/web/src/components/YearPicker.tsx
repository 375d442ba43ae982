import type { ReactNode } from 'react';
import { Flex, Select, Tag, Typography } from 'antd';
import type { Year } from '@jx/contract';
import { useT } from '../locales';

export const YEAR_STATUS_COLORS: Record<Year['status'], string> = { PLANNING: 'blue', ACTIVE: 'green', CLOSED: 'default' };

/** The year to show first: the one in progress, else the newest. */
export function defaultYear(years: readonly Year[]): Year | undefined {
  return years.find((y) => y.status === 'ACTIVE') ?? [...years].sort((a, b) => b.year - a.year)[0];
}

/**
 * The 考核年度 picker of a page header: label, newest-first select (options name the year's status), the chosen year's
 * status tag, and whatever buttons the page puts beside it.
 */
export function YearPicker(props: {
  years: readonly Year[] | undefined;
  loading: boolean;
  value: string | undefined;
  onChange: (yearId: string) => void;
  label: string;
  placeholder: string;
  testId: string;
  children?: ReactNode;
}) {
  const t = useT();
  const year = props.years?.find((y) => y.id === props.value);
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text>{props.label}</Typography.Text>
      <Select
        style={{ width: 240 }}
        placeholder={props.placeholder}
        aria-label={props.label}
        loading={props.loading}
        value={props.value}
        onChange={(v: string) => props.onChange(v)}
        options={[...(props.years ?? [])]
          .sort((a, b) => b.year - a.year)
          .map((y) => ({ value: y.id, label: `${y.name}（${t(`enums.yearStatuses.${y.status}`)}）` }))}
        labelRender={(opt) => props.years?.find((y) => y.id === opt.value)?.name ?? opt.label}
        data-testid={props.testId}
      />
      {year ? <Tag color={YEAR_STATUS_COLORS[year.status]}>{t(`enums.yearStatuses.${year.status}`)}</Tag> : null}
      {props.children}
    </Flex>
  );
}
