import type { Attachment } from 'svelte/attachments';

/** How far below (or above) the screen a chart is drawn ahead of being scrolled to. */
const AHEAD = '1200px';

/**
 * Call `onnear` once the element comes within `AHEAD` of the screen, or when the page is printed:
 * the notebook's charts are far below its first screen, and drawing all of them at load made one
 * long task before anything could be read. Without IntersectionObserver (old browsers, jsdom) it
 * is called at once.
 *
 * @param onnear - Called once, with the element.
 */
export function whenNear(onnear: (element: HTMLElement) => void): Attachment<HTMLElement> {
  return (element) => {
    if (typeof IntersectionObserver === 'undefined') {
      onnear(element);
      return;
    }
    const done = () => {
      observer.disconnect();
      removeEventListener('beforeprint', done);
      onnear(element);
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && done(), { rootMargin: `${AHEAD} 0px` });
    observer.observe(element);
    addEventListener('beforeprint', done);
    return () => {
      observer.disconnect();
      removeEventListener('beforeprint', done);
    };
  };
}
