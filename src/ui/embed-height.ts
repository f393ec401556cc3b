import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from '../share/embed-code.ts';

/**
 * Tell the page that frames this one how tall its content is, now and whenever it changes (the
 * chart is drawn, the band arrives, the frame narrows and text wraps), so the host's snippet can fit
 * the iframe to it and nothing is cut off. The height is the content's own, not the window's: a
 * frame taller than its content still reports the content, so it can shrink as well as grow.
 *
 * @param content - The element that holds everything the embed shows.
 * @param post - Sends the message. Defaults to `parent.postMessage(message, '*')`: the height is no
 *   secret, and the host's origin is not known in advance.
 * @returns Stops reporting.
 */
export function reportHeight(content: HTMLElement, post: (message: EmbedHeightMessage) => void = toParent): () => void {
  let last = -1;
  const send = () => {
    const style = getComputedStyle(document.body);
    const below = parseFloat(style.marginBottom) + parseFloat(style.paddingBottom);
    const height = Math.ceil(content.getBoundingClientRect().bottom + scrollY + (Number.isFinite(below) ? below : 0));
    if (height === last || height <= 0) return;
    last = height;
    post({ type: EMBED_HEIGHT_MESSAGE, height });
  };
  const observer = new ResizeObserver(send);
  observer.observe(content);
  send();
  return () => observer.disconnect();
}

function toParent(message: EmbedHeightMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, '*');
}
