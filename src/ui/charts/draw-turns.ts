import { nextFrame } from '../after-paint.ts';

const waiting: (() => void)[] = [];
let scheduled = false;
let printing = false;

/**
 * Queue a chart's first draw: one chart is drawn per frame, nearest-asked first, so the first
 * chart is on screen before the next is built (drawing the charts near the screen in one task held
 * the first one back by the others' ~50 ms each). Redraws of a chart already shown do not queue.
 * While printing, and where there are no animation frames (jsdom), a draw runs at once.
 *
 * @param draw - Builds and appends the chart.
 * @returns Cancels the draw if it has not run yet.
 */
export function drawInTurn(draw: () => void): () => void {
  if (printing || typeof requestAnimationFrame === 'undefined') {
    draw();
    return () => undefined;
  }
  waiting.push(draw);
  schedule();
  return () => {
    const at = waiting.indexOf(draw);
    if (at >= 0) waiting.splice(at, 1);
  };
}

function schedule(): void {
  if (scheduled || waiting.length === 0) return;
  scheduled = true;
  nextFrame(() => {
    scheduled = false;
    waiting.shift()?.();
    schedule();
  });
}

/** Draw everything still waiting, now (printing needs every chart before the page is laid out). */
function drawAll(): void {
  while (waiting.length > 0) waiting.shift()?.();
}

if (typeof addEventListener !== 'undefined') {
  addEventListener('beforeprint', () => {
    printing = true;
    drawAll();
  });
  addEventListener('afterprint', () => (printing = false));
}
