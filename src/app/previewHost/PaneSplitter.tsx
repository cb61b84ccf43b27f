import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useStrings } from '../../taskpane/StringsContext';

export const PANE_MIN = 300;
export const PANE_MAX = 640;
const STEP = 16;

const useStyles = makeStyles({
  splitter: {
    width: '6px',
    flexShrink: 0,
    cursor: 'col-resize',
    backgroundColor: tokens.colorNeutralStroke2,
    ':hover': { backgroundColor: tokens.colorBrandStroke2 },
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      backgroundColor: tokens.colorBrandStroke1,
    },
  },
});

/** The draggable edge of the task pane; arrow keys resize it too. */
export function PaneSplitter({ width, onWidth }: { width: number; onWidth: (width: number) => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const drag = useRef<{ x: number; width: number } | null>(null);
  const clamp = (w: number) => Math.min(PANE_MAX, Math.max(PANE_MIN, Math.round(w)));

  const onKeyDown = (e: KeyboardEvent) => {
    const delta = { ArrowLeft: STEP, ArrowRight: -STEP }[e.key];
    if (delta !== undefined) {
      e.preventDefault();
      onWidth(clamp(width + delta));
    } else if (e.key === 'Home') onWidth(PANE_MAX);
    else if (e.key === 'End') onWidth(PANE_MIN);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = { x: e.clientX, width };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  // The pane sits to the right: dragging left makes it wider.
  const onPointerMove = (e: PointerEvent) => {
    if (drag.current) onWidth(clamp(drag.current.width + drag.current.x - e.clientX));
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('preview.resize')}
      aria-valuemin={PANE_MIN}
      aria-valuemax={PANE_MAX}
      aria-valuenow={width}
      tabIndex={0}
      className={styles.splitter}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
    />
  );
}
