/**
 * The height an embed's iframe has before (or without) its resizing script, so the sources and the
 * link back show without an inner scroll bar even where a host strips the script. Measured in
 * Chromium on 2026-12-01 over all 29 charts (the default scenario and as of 2018, zh and en): most
 * need 470–750 px; the tallest (high-tech enterprises, in English) 773 px at 600 px wide and 897 px at
 * 390. Narrower frames can need more (938 px at 360): there the script is what fits them.
 */
export const EMBED_HEIGHT = 920;

/**
 * The `type` of the message the embed page sends its host whenever its content's height changes:
 * `{ type: 'targetline:height', height }`, height in CSS pixels.
 */
export const EMBED_HEIGHT_MESSAGE = 'targetline:height';

/** What the embed page posts to its host. */
export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  height: number;
}

/**
 * The script after the iframe: it sets the frame's height from the embed page's messages, and
 * listens only to its own frame (`event.source`), so another frame on the host cannot resize it.
 * It finds its iframe as the element just before it, so one host page can hold many embeds.
 */
const RESIZE_SCRIPT =
  '<script>(function(f){addEventListener("message",function(e){var d=e.data;' +
  `if(e.source===f.contentWindow&&d&&d.type==="${EMBED_HEIGHT_MESSAGE}"&&typeof d.height==="number"&&d.height>0&&d.height<20000)` +
  'f.style.height=Math.ceil(d.height)+"px"})})(document.currentScript.previousElementSibling)</script>';

/**
 * The iframe snippet for embedding one chart: full width up to a readable maximum, a title for
 * screen readers, lazy loading, the fallback height {@link EMBED_HEIGHT}, then a small script that
 * fits the frame to its content (see {@link EMBED_HEIGHT_MESSAGE}). Attribute values are escaped, so
 * a title cannot break out.
 *
 * @param url - The embed page address, with its fragment.
 * @param title - The chart's title.
 * @param options - `script`: add the resizing script. Defaults to true.
 */
export function embedCode(url: string, title: string, options: { script?: boolean } = {}): string {
  const frame = `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:760px" loading="lazy"></iframe>`;
  return options.script === false ? frame : `${frame}${RESIZE_SCRIPT}`;
}

/**
 * The addresses a shared chart points at, from the page's own address.
 *
 * @param pageUrl - The current page's address (notebook or embed page).
 * @param fragment - The scenario fragment, e.g. `s=1.abc` (without `#`).
 * @param chart - The chart's series key.
 */
export function shareUrls(pageUrl: string, fragment: string, chart: string): { notebook: string; embed: string } {
  const folder = new URL('.', pageUrl);
  const hash = fragment === '' ? '' : `#${fragment}`;
  return {
    notebook: `${folder.href}${hash}`,
    embed: `${new URL('embed.html', folder).href}#${fragment === '' ? '' : `${fragment}&`}chart=${encodeURIComponent(chart)}`,
  };
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
