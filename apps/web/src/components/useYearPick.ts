import { useState } from 'react';
import { useYears } from '../api/years';
import { defaultYear } from './YearPicker';

/**
 * The years and the chosen one (default: the one in progress), with the props of the page header's `YearPicker`
 * (`<YearPicker {...pickerProps}>` plus the page's buttons), with the page's own texts and testId.
 */
export function useYearPick(texts: { label: string; placeholder: string; testId: string }, initial?: string) {
  const years = useYears();
  const [picked, setYearId] = useState<string | undefined>(initial);
  const yearId = picked ?? defaultYear(years.data ?? [])?.id;
  const year = years.data?.find((y) => y.id === yearId);
  const pickerProps = { years: years.data, loading: years.isLoading, value: yearId, onChange: setYearId, ...texts };
  return { years, yearId, year, setYearId, pickerProps };
}
