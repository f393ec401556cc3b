import type { Attachment } from 'svelte/attachments';

/** Who wants to hear of each observed element's width. */
const listeners = new WeakMap<Element, (width: number, element: HTMLElement) => void>();
/** One observer for every chart: all sizes of one layout arrive in one callback, read without forcing another. */
let shared: ResizeObserver | null = null;

/**
 * Report an element's `clientWidth` each time a layout gives it a new size, as `bind:clientWidth`
 * does but without its first reading while the page is being built: on the notebook that read forced
 * one layout per chart at load (29 of them, about 200 ms). The first size comes with the first layout
 * after the element is added. An element whose content the browser skips (off screen, under
 * `content-visibility: auto`) reports 0 until it is laid out. Without ResizeObserver (jsdom) it is
 * read once.
 *
 * @param set - Called with the width in CSS pixels, and the element (laid out at that moment: reading
 *   its place costs no layout).
 */
export function clientWidth(set: (width: number, element: HTMLElement) => void): Attachment<HTMLElement> {
  return (element) => {
    if (typeof ResizeObserver === 'undefined') {
      set(element.clientWidth, element);
      return;
    }
    shared ??= new ResizeObserver((entries) => {
      for (const entry of entries) listeners.get(entry.target)?.((entry.target as HTMLElement).clientWidth, entry.target as HTMLElement);
    });
    listeners.set(element, set);
    shared.observe(element);
    return () => {
      shared?.unobserve(element);
      listeners.delete(element);
    };
  };
}
