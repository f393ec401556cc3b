import type { Attachment } from 'svelte/attachments';

/** How far below (or above) the screen a chart is drawn ahead of being scrolled to. */
const AHEAD = '1200px';

/**
 * Tell `onchange` whether the element is within `AHEAD` of the screen, each time that changes, and
 * `true` when the page is printed: a chart is drawn only near the screen, and one scrolled away is
 * left as it was until it comes back (a language switch or a new as-of year then redraws only the
 * charts near the screen). Without IntersectionObserver (old browsers, jsdom) it says `true` at once.
 *
 * @param onchange - Called with whether the element is near, and with the element.
 */
export function nearScreen(onchange: (near: boolean, element: HTMLElement) => void): Attachment<HTMLElement> {
  return (element) => {
    if (typeof IntersectionObserver === 'undefined') {
      onchange(true, element);
      return;
    }
    const printing = () => onchange(true, element);
    const observer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) onchange(last.isIntersecting, element);
    }, { rootMargin: `${AHEAD} 0px` });
    observer.observe(element);
    addEventListener('beforeprint', printing);
    return () => {
      observer.disconnect();
      removeEventListener('beforeprint', printing);
    };
  };
}
