import type { Attachment } from 'svelte/attachments';

/**
 * The width a chart is drawn at for paper: the A4 page less the print margins in `global.css`
 * (`@page { margin: … 12mm }`): 210 − 2 × 12 = 186 mm, at 96 CSS pixels per inch, 703 px. Change both
 * together. Drawn at the page's width, a chart prints at its own type size, whatever screen it was on.
 */
export const PRINT_WIDTH = Math.floor(((210 - 2 * 12) / 25.4) * 96);

/**
 * Tell `set` the print width when the page is about to be printed, and null once it has been, so a
 * chart is redrawn for the paper and then for the screen again. Screen layout sizes do not change
 * when printing, so the chart's own width observer would not hear of it.
 *
 * @param set - Called with `PRINT_WIDTH` before printing and with null after.
 */
export function printWidth(set: (width: number | null) => void): Attachment<HTMLElement> {
  return () => {
    const before = () => set(PRINT_WIDTH);
    const after = () => set(null);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  };
}
