/**
 * Pieces of users' input quoted in the CLI's messages. Whatever a file or link holds (a key with a
 * line break, a bidirectional override, ten megabytes of one string, an array of two million
 * numbers), a message stays one short line, and nothing here recurses or walks more than it shows.
 */

/** The words for a key such as `__proto__`, wherever it is refused: by the JSON reader or by the scenario's parser. */
export const FORBIDDEN_KEY_TEXT = "key refused (names an object's machinery)";

/** The most problem lines printed for one file or link; the rest are counted in one more line. */
export const MAX_MESSAGES = 100;

// Controls, the line and paragraph separators, and format characters (bidi overrides, zero widths):
// each could break a line or make a terminal show something other than what the file says.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/gu;

/**
 * Make a piece of text safe for one message line: every control, separator and format character is
 * written as an escape (`\u000a`), and a long text keeps its start and its end around `…`.
 *
 * @param text - The text as given.
 * @param max - Most characters kept (before escaping).
 * @example oneLine('a\nb') // 'a\\u000ab'
 */
export function oneLine(text: string, max = 120): string {
  const head = Math.ceil(max / 2);
  const clipped = text.length > max ? `${text.slice(0, head)}…${text.slice(text.length - (max - head))}` : text;
  return clipped.replace(UNSAFE, (c) => `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, '0')}`);
}

type Step = { kind: 'text'; text: string } | { kind: 'value'; value: unknown } | { kind: 'items'; list: readonly unknown[]; i: number } | { kind: 'entries'; record: Record<string, unknown>; keys: readonly string[]; i: number };

/**
 * Write a value as JSON for a message, stopping once `max` characters are written: walked with an
 * explicit stack, so neither a deep nor a huge value costs more than the few characters shown.
 * Numbers JSON cannot hold are written `Infinity`, `-Infinity`, `NaN` (JSON.stringify would say `null`).
 *
 * @param value - A parsed JSON value (or anything: functions and symbols are written by their type).
 * @param max - Most characters written before `…`.
 * @example preview({ seed: '7' }) // '{"seed":"7"}'
 */
export function preview(value: unknown, max = 60): string {
  let out = '';
  const stack: Step[] = [{ kind: 'value', value }];
  while (stack.length > 0 && out.length <= max) {
    const step = stack[stack.length - 1] as Step;
    if (step.kind === 'text') {
      stack.pop();
      out += step.text;
    } else if (step.kind === 'value') {
      stack.pop();
      const v = step.value;
      if (Array.isArray(v)) {
        out += '[';
        stack.push({ kind: 'text', text: ']' }, { kind: 'items', list: v, i: 0 });
      } else if (typeof v === 'object' && v !== null) {
        out += '{';
        const record = v as Record<string, unknown>;
        stack.push({ kind: 'text', text: '}' }, { kind: 'entries', record, keys: Object.keys(record), i: 0 });
      } else out += scalar(v, max);
    } else if (step.kind === 'items') {
      if (step.i >= step.list.length) stack.pop();
      else {
        if (step.i > 0) out += ',';
        stack.push({ kind: 'value', value: step.list[step.i++] });
      }
    } else if (step.i >= step.keys.length) stack.pop();
    else {
      const key = step.keys[step.i++] as string;
      out += `${step.i > 1 ? ',' : ''}${scalar(key, max)}:`;
      stack.push({ kind: 'value', value: step.record[key] });
    }
  }
  return oneLine(out.length > max ? `${out.slice(0, max)}…` : out, max + 1);
}

function scalar(v: unknown, max: number): string {
  if (typeof v === 'string') return JSON.stringify(v.length > max ? v.slice(0, max + 1) : v);
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : String(v);
  if (typeof v === 'boolean' || v === null) return String(v);
  if (typeof v === 'bigint') return String(v);
  return typeof v;
}

/**
 * Keep a list of message lines to {@link MAX_MESSAGES}, ending with how many were left off.
 *
 * @param where - The file or flag the lines are about, to start the count line with.
 * @param lines - Every line.
 * @param total - How many problems there were, when more than `lines` holds (the caller stopped early).
 */
export function capMessages(where: string, lines: readonly string[], total = lines.length): string[] {
  if (total <= MAX_MESSAGES) return [...lines];
  const rest = total - MAX_MESSAGES;
  return [...lines.slice(0, MAX_MESSAGES), `${where}: … and ${rest.toLocaleString('en-GB')} more problem${rest === 1 ? '' : 's'} not listed`];
}
