import type { Attachment } from 'svelte/attachments';

/** How far below (or above) the screen a chart is drawn ahead of being scrolled to. */
const AHEAD = '1200px';

/** Where an element is: within `AHEAD` of the screen, and on it. */
export interface Nearness {
  near: boolean;
  visible: boolean;
}

/**
 * Tell `onchange` where the element is each time that changes, and that it is near and on screen
 * when the page is printed. A chart is drawn once near, ahead of the reader; a page-wide change (a
 * language switch, a new as-of year) redraws it only while it is on screen, and one off screen catches
 * up when it comes back. Without IntersectionObserver (old browsers, jsdom) it is near and visible at once.
 *
 * @param onchange - Called with where the element is, and with the element.
 */
export function nearScreen(onchange: (where: Nearness, element: HTMLElement) => void): Attachment<HTMLElement> {
  return (element) => {
    const where: Nearness = { near: false, visible: false };
    const tell = () => onchange({ ...where }, element);
    if (typeof IntersectionObserver === 'undefined') {
      onchange({ near: true, visible: true }, element);
      return;
    }
    const watch = (margin: string, field: keyof Nearness) =>
      new IntersectionObserver(
        (entries) => {
          const last = entries[entries.length - 1];
          if (!last || last.isIntersecting === where[field]) return;
          where[field] = last.isIntersecting;
          tell();
        },
        { rootMargin: `${margin} 0px` },
      );
    const observers = [watch(AHEAD, 'near'), watch('0px', 'visible')];
    for (const o of observers) o.observe(element);
    const printing = () => onchange({ near: true, visible: true }, element);
    addEventListener('beforeprint', printing);
    return () => {
      for (const o of observers) o.disconnect();
      removeEventListener('beforeprint', printing);
    };
  };
}
