/** Height that fits title, summary, a 300 px chart and the source lines without a scroll bar. */
export const EMBED_HEIGHT = 560;

/**
 * The iframe snippet for embedding one chart: full width up to a readable maximum, a title for
 * screen readers, lazy loading. Attribute values are escaped, so a title cannot break out.
 *
 * @param url - The embed page address, with its fragment.
 * @param title - The chart's title.
 */
export function embedCode(url: string, title: string): string {
  return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:760px" loading="lazy"></iframe>`;
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
