import { scenariosFromFragment, type AddressScenarios } from '../scenario/address.ts';
import type { LinkProblem } from '../scenario/link-codec.ts';
import { refusedPartText } from '../i18n/open-messages.ts';
import { oneLine } from './message-text.ts';

/** Why a link's text is refused, in the words of `render`'s one line; a code added later is named as it is. */
const LINK_PROBLEM_TEXT: Record<LinkProblem, string> = {
  damaged: 'the link is damaged (cut short or changed on the way)',
  'unknown-version': 'the link was made by a newer version of Targetline than this one',
  'too-large': 'the link is too large to open',
  invalid: "the link's content is not a valid scenario",
};

/**
 * Open `--link`'s text as the page would, or say in one line why not: text with no `s=` part is no
 * Targetline link at all (and must not quietly render the default notebook), a link the codec
 * refuses is named by its problem, and the user's layers it carries are checked for refused keys.
 * Light on purpose: `main` runs it before loading `render-command.ts`, jsdom and Plot.
 *
 * @param text - `--link` as given: an address, or its fragment.
 * @returns The opened link, or the lines to print (exit 2).
 */
export async function openLink(text: string): Promise<{ link: AddressScenarios } | { messages: string[] }> {
  const refuse = (why: string) => ({ messages: [`--link: ${why}; nothing was written`] });
  const params = linkParams(text);
  if (!params.has('s')) return refuse('not a Targetline link: it has no s= part');
  if (params.get('s') === '') return refuse('not a Targetline link: its s= part is empty');
  const link = await scenariosFromFragment(text);
  if (link.problem) {
    const { messages } = refuse(LINK_PROBLEM_TEXT[link.problem] ?? `the link cannot be opened (${String(link.problem)})`);
    // Then each refused part by its path in the link's JSON, worded as the page words it.
    return { messages: [...messages, ...link.problemDetails.slice(0, 20).map((d) => `--link: ${oneLine(refusedPartText(d, 'en'), 160)}`)] };
  }
  // `__proto__` and its kin anywhere in the link (its layers too) were refused by the codec, which reads
  // the whole payload through src/text/read-json.ts, and come back above as parts of an `invalid` link.
  return { link };
}

/** The parameters of a link's fragment (`#s=…&a=…`), or of the text itself when it is a bare fragment, as `scenariosFromFragment` reads them. */
export function linkParams(link: string): URLSearchParams {
  const at = link.indexOf('#');
  return new URLSearchParams(at >= 0 ? link.slice(at + 1) : link.includes('://') ? '' : link);
}

