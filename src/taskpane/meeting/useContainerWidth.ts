import { useLayoutEffect, useState } from 'react';

/**
 * The element's width in whole pixels, followed as it resizes; `initial` until it is first laid out with a width
 * (a hidden element keeps its last width).
 */
export function useContainerWidth(ref: { readonly current: HTMLElement | null }, initial = 560): number {
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    // jsdom and very old hosts have no ResizeObserver: keep the first measure (or the default) there.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
