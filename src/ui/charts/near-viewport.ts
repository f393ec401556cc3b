import type { Attachment } from 'svelte/attachments';

/** How far below (or above) the screen a chart is drawn ahead of being scrolled to, in CSS pixels. */
const AHEAD_PX = 1200;
const AHEAD = `${AHEAD_PX}px`;

/** Where an element is: within `AHEAD` of the screen, and on it. */
export interface Nearness {
  near: boolean;
  visible: boolean;
}

/**
 * Where an element is now, by the same measure as `nearScreen`, read from its box: for a caller that
 * knows the page has just been laid out (a ResizeObserver's callback), so the read forces no layout,
 * and that need not wait the task an IntersectionObserver's first report comes in.
 *
 * @param element - An element in the page.
 */
export function nearScreenNow(element: Element): Nearness {
  const box = element.getBoundingClientRect();
  const height = innerHeight;
  return { near: box.bottom > -AHEAD_PX && box.top < height + AHEAD_PX, visible: box.bottom > 0 && box.top < height };
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
