/** A hidden page draws no frames: the work waits this long instead. */
const HIDDEN_MS = 100;

/** Call a function once the next frame has been drawn (or, with no frames coming, a little later). */
export type AfterPaint = (apply: () => void) => void;

/**
 * Call `apply` once, in the next animation frame, before it is drawn. The timer stands in on a hidden
 * page, or where there are no frames (Node); whichever comes first calls it.
 *
 * @param apply - The work for that frame.
 */
export function nextFrame(apply: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    apply();
  };
  globalThis.requestAnimationFrame?.(once);
  setTimeout(once, HIDDEN_MS);
}

/** After the next paint: a task queued from an animation frame runs once that frame is drawn. */
export const afterNextPaint: AfterPaint = (apply) => nextFrame(() => setTimeout(apply, 0));
