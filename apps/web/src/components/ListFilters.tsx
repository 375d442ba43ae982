import { Fragment, type ReactNode } from 'react';
import { Checkbox, Select } from 'antd';
import { useCurrentUser } from '../auth/useCurrentUser';
import { isFiltered } from './isFiltered';
import { FilterBar } from './ServerTable';
import { TargetTypeSelect } from './TargetTypeSelect';
import { TextFilter } from './TextFilter';
import { UnitTreeSelect } from './UnitTreeSelect';

/** What the filter row needs of `useServerTable`: the current filters and their setters. */
export interface FilterTable<F> {
  state: { filters: F };
  setFilters: (patch: Partial<F>) => void;
  resetFilters: () => void;
}

/** The filter names whose values are strings (ids, enum members, 'true'). */
type StringKey<F> = { [K in keyof F]-?: NonNullable<F[K]> extends string ? K : never }[keyof F] & string;

interface Labelled {
  placeholder: string;
  testId?: string;
  width?: number;
}

/** 责任单位 (a unit tree). A unit-only user has no choice: the filter is hidden, or with `ownUnit: 'fixed'` shows their unit, disabled. */
type UnitFilter<F> = Labelled & { kind: 'unit'; name: StringKey<F>; ownUnit?: 'hidden' | 'fixed' };
/** 目标类型; `clears`: filters that depend on the type (e.g. the indicator), emptied when it changes. */
type TargetTypeFilter<F> = Omit<Labelled, 'width'> & { kind: 'targetType'; name: StringKey<F>; clears?: readonly StringKey<F>[] };
/** A status, level, period…: one value out of fixed options. */
type SelectFilter<F> = {
  [K in StringKey<F>]: Labelled & { kind: 'select'; name: K; options: readonly { value: NonNullable<F[K]>; label: string }[]; searchable?: boolean };
}[StringKey<F>];
/** A yes/no switch: checked sets `value`, unchecked clears the filter. */
type CheckboxFilter<F> = {
  [K in StringKey<F>]: { kind: 'checkbox'; name: K; value: NonNullable<F[K]>; label: string; testId?: string };
}[StringKey<F>];
/** A keyword box, applied on Enter. */
type TextFilterField<F> = Labelled & { kind: 'text'; name: StringKey<F> };
/** Anything else the page builds itself (it reads and sets the table's filters on its own). */
interface CustomFilter {
  kind: 'custom';
  key: string;
  node: ReactNode;
}

export type ListFilter<F> = UnitFilter<F> | TargetTypeFilter<F> | SelectFilter<F> | CheckboxFilter<F> | TextFilterField<F> | CustomFilter;

/**
 * The filter row of a server-side list: the given filters in order, each bound to the table's filter state (a change
 * goes back to page 1), and 重置 while they differ from `initialFilters`.
 */
export function ListFilters<F extends object>({
  table,
  fields,
  unitOnly = false,
  initialFilters,
}: {
  table: FilterTable<F>;
  fields: readonly ListFilter<F>[];
  /** The user works on their own unit only (单位管理员 / 填报人). */
  unitOnly?: boolean;
  initialFilters?: Partial<F>;
}) {
  const user = useCurrentUser();
  const f = table.state.filters as Record<string, unknown>;
  const value = (name: string) => f[name] as string | undefined;
  const set = (patch: Record<string, unknown>) => table.setFilters(patch as Partial<F>);

  const render = (field: ListFilter<F>): ReactNode => {
    switch (field.kind) {
      case 'unit':
        if (!unitOnly)
          return (
            <UnitTreeSelect
              key={field.name}
              style={{ width: field.width ?? 220 }}
              placeholder={field.placeholder}
              aria-label={field.placeholder}
              value={value(field.name)}
              onChange={(v: string | undefined) => set({ [field.name]: v })}
              data-testid={field.testId}
            />
          );
        return field.ownUnit === 'fixed' ? (
          <Select
            key={field.name}
            style={{ width: 200 }}
            aria-label={field.placeholder}
            disabled
            value={user.unitId ?? undefined}
            options={[{ value: user.unitId ?? '', label: user.unitName ?? '' }]}
          />
        ) : null;
      case 'targetType':
        return (
          <TargetTypeSelect
            key={field.name}
            placeholder={field.placeholder}
            value={value(field.name)}
            onChange={(v) => set({ [field.name]: v, ...Object.fromEntries((field.clears ?? []).map((k) => [k, undefined])) })}
            data-testid={field.testId}
          />
        );
      case 'select':
        return (
          <Select<string>
            key={field.name}
            allowClear
            showSearch={field.searchable ? { optionFilterProp: 'label' } : undefined}
            style={{ width: field.width ?? 150 }}
            placeholder={field.placeholder}
            aria-label={field.placeholder}
            value={value(field.name)}
            onChange={(v) => set({ [field.name]: v })}
            options={field.options as unknown as { value: string; label: string }[]}
            data-testid={field.testId}
          />
        );
      case 'checkbox':
        return (
          <Checkbox
            key={field.name}
            checked={f[field.name] === field.value}
            onChange={(e) => set({ [field.name]: e.target.checked ? field.value : undefined })}
            data-testid={field.testId}
          >
            {field.label}
          </Checkbox>
        );
      case 'text':
        return (
          <TextFilter key={field.name} placeholder={field.placeholder} width={field.width} onApply={(v) => set({ [field.name]: v })} testId={field.testId} />
        );
      case 'custom':
        return <Fragment key={field.key}>{field.node}</Fragment>;
    }
  };

  return (
    <FilterBar filtered={isFiltered(table.state.filters, initialFilters)} onReset={table.resetFilters}>
      {fields.map(render)}
    </FilterBar>
  );
}
