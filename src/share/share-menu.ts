import type { Locale } from '../text/locale.ts';
import { SHARE_MESSAGES } from '../i18n/share-messages.ts';

/** What a chart's share menu offers, in the order it lists them (as Our World in Data's grapher does). */
export type ShareAction = 'link' | 'embed' | 'svg' | 'png' | 'csv';

/**
 * List the menu's items: what each does and its label in the reader's language.
 *
 * @param locale - The reader's language.
 */
export function shareMenuItems(locale: Locale): { action: ShareAction; label: string }[] {
  const s = SHARE_MESSAGES[locale];
  return [
    { action: 'link', label: s.copyLink },
    { action: 'embed', label: s.copyEmbed },
    { action: 'svg', label: s.downloadSvg },
    { action: 'png', label: s.downloadPng },
    { action: 'csv', label: s.downloadCsv },
  ];
}

/** What a copy did: the text is on the clipboard, or the page must show it to be copied by hand. */
export interface CopyOutcome {
  kind: 'link' | 'embed';
  text: string;
  copied: boolean;
}

/**
 * Put text on the clipboard. Browsers refuse it in some frames, on plain-http pages (where
 * `navigator.clipboard` is missing) and without a user gesture; then the outcome says so, and the
 * caller shows the text in a selected field instead.
 *
 * @param kind - What is copied, for the sentence the page says.
 * @param text - The text.
 * @param clipboard - The clipboard. Defaults to `navigator.clipboard`, which may be missing.
 */
export async function copyText(kind: CopyOutcome['kind'], text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): Promise<CopyOutcome> {
  try {
    if (!clipboard) return { kind, text, copied: false };
    await clipboard.writeText(text);
    return { kind, text, copied: true };
  } catch {
    return { kind, text, copied: false };
  }
}

/**
 * Word what the live region says after a copy: “已复制链接” / “Link copied”, or, when the
 * clipboard refused, where to copy it from by hand.
 *
 * @param outcome - What the copy did; null before any (the region stays empty).
 * @param locale - The reader's language.
 */
export function copyStatus(outcome: CopyOutcome | null, locale: Locale): string {
  if (!outcome) return '';
  const s = SHARE_MESSAGES[locale];
  if (outcome.kind === 'link') return outcome.copied ? s.copiedLink : s.copyLinkFailed;
  return outcome.copied ? s.copied : s.copyFailed;
}
