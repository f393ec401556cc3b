/** A hidden page draws no frames: the work waits this long instead. */
const HIDDEN_MS = 100;

/** Call a function once the next frame has been drawn (or, with no frames coming, a little later). */
export type AfterPaint = (apply: () => void) => void;

/**
 * After the next paint: a task queued from an animation frame runs once that frame is drawn. The
 * timer stands in on a hidden page, or where there are no frames (Node); whichever comes first calls
 * `apply`, once.
 */
export const afterNextPaint: AfterPaint = (apply) => {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    apply();
  };
  globalThis.requestAnimationFrame?.(() => setTimeout(once, 0));
  setTimeout(once, HIDDEN_MS);
};
