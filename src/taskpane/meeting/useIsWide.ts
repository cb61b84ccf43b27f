import { useLayoutEffect, useState } from 'react';

/** Width from which the presentation view lays table and chart side by side in projector type. */
const WIDE = 900;

/** Whether the element is at least 900 px wide, followed as it resizes (where the host has ResizeObserver). */
export function useIsWide(ref: { readonly current: HTMLElement | null }): boolean {
  const [wide, setWide] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWide(el.getBoundingClientRect().width >= WIDE);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return wide;
}
