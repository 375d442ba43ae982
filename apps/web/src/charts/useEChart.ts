import { useEffect, useRef, useState, type RefObject } from 'react';
import type * as Charts from './echarts';
import type { ChartOption, EChartsType } from './echarts';

type EchartsModule = typeof Charts;
let echartsLoading: Promise<EchartsModule> | undefined;

/**
 * echarts lives in its own chunk (~500 kB), fetched once on first use, so a page shows its data without waiting for it.
 * A failed fetch is forgotten, so the next chart tries again.
 */
export function loadEcharts(): Promise<EchartsModule> {
  echartsLoading ??= import('./echarts').catch((error: unknown) => {
    echartsLoading = undefined;
    throw error;
  });
  return echartsLoading;
}

// Only chart components import this module, so the download starts with the page's chunk and overlaps its data requests.
void loadEcharts().catch(() => undefined);

/**
 * Draws `option` into the returned ref's element once echarts has loaded, redraws when `option` changes (memoise it),
 * follows the element's resizes and disposes the chart on unmount. `onPick` hears a click on a data item, with its index;
 * `instance` (optional) holds the drawn chart while it is shown, e.g. to export it as an image.
 */
export function useEChart(option: ChartOption, onPick?: (dataIndex: number) => void, instance?: RefObject<EChartsType | null>) {
  const ref = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);
  const [loadError, setLoadError] = useState<unknown>(null);
  // Like a lazy page whose chunk failed: the route's error page offers a reload.
  if (loadError) throw loadError;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let chart: EChartsType | undefined;
    let unmounted = false;
    const onResize = () => chart?.resize();
    // The element's own size, not the window's: the side menu folding at a breakpoint narrows the content after the
    // window's resize event, and a chart sized then would stay drawn at the width it had with the menu open.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(onResize);
    loadEcharts().then(
      ({ init }) => {
        if (unmounted) return;
        chart = init(element);
        chart.setOption(option);
        chart.on('click', (e) => pick.current?.(e.dataIndex));
        if (instance) instance.current = chart;
        if (observer) observer.observe(element);
        else window.addEventListener('resize', onResize);
      },
      (error: unknown) => {
        if (!unmounted) setLoadError(error);
      },
    );
    return () => {
      unmounted = true;
      observer?.disconnect();
      window.removeEventListener('resize', onResize);
      if (instance && instance.current === chart) instance.current = null;
      chart?.dispose();
    };
  }, [option, instance]);

  return ref;
}
