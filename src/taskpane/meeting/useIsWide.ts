import { useContainerWidth } from './useContainerWidth';

/** Width from which the presentation view lays table and chart side by side in projector type. */
const WIDE = 900;

/** Whether the element is at least 900 px wide, followed as it resizes (where the host has ResizeObserver). */
export function useIsWide(ref: { readonly current: HTMLElement | null }): boolean {
  return useContainerWidth(ref, 0) >= WIDE;
}
