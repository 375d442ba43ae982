import { Grid } from 'antd';
import type { Breakpoint } from 'antd/es/_util/responsiveObserver';

/** Below antd's `md` breakpoint (a phone held upright). False until the screen has been measured, as on a desktop. */
export function usePhone(): boolean {
  return Grid.useBreakpoint().md === false;
}

/**
 * The columns with none pinned to a side: on a phone a pinned title or actions column would take most of the width
 * and leave a sliver for the rest, so the whole row scrolls sideways instead.
 */
export function unpinned<C extends { fixed?: unknown }>(columns: readonly C[]): C[] {
  return columns.map((c) => (c.fixed ? { ...c, fixed: undefined } : c));
}

/** A table column's `responsive` for what a phone can do without, so the status stays on screen. */
export const NOT_ON_PHONE: Breakpoint[] = ['md'];
