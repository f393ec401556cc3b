/**
 * Return a URL fit for an `href`, or null: only http(s) links are followed, so a data row can never
 * smuggle in `javascript:` or `data:` links.
 *
 * @param url - A source URL from the data.
 */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
