import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long the section is kept in view while the page above it is still filling in. */
const PIN_MS = 3_000;
const USER_INPUT = ['wheel', 'touchmove', 'keydown', 'mousedown'] as const;

/**
 * Brings the element with id `anchor` into view once per visit when the URL's hash names it and `ready` is true, then
 * keeps it there for a moment while the page settles: sections above it that load later (reports, documents,
 * charts) would otherwise push it back out of view. Any scrolling, key or click by the user ends the pinning.
 */
export function useScrollToAnchor(anchor: string, ready: boolean) {
  const { hash, key } = useLocation();
  const doneFor = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || hash !== `#${anchor}` || doneFor.current === key) return;
    doneFor.current = key;
    const bringIntoView = () => document.getElementById(anchor)?.scrollIntoView({ block: 'start' });
    bringIntoView();
    const observer = new ResizeObserver(bringIntoView);
    observer.observe(document.body);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      for (const e of USER_INPUT) window.removeEventListener(e, stop);
    };
    const timer = setTimeout(stop, PIN_MS);
    for (const e of USER_INPUT) window.addEventListener(e, stop, { passive: true });
    return stop;
  }, [anchor, ready, hash, key]);
}
