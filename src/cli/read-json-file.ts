import { closeSync, openSync, readSync } from 'node:fs';
import { joinBytes } from '../text/join-bytes.ts';
import { DEFAULT_JSON_LIMITS, readJson, type JsonIssue, type JsonLimits } from '../text/read-json.ts';
import { capMessages, FORBIDDEN_KEY_TEXT, MAX_MESSAGES, oneLine } from './message-text.ts';

/**
 * Read a user's JSON file (a scenario, a saved workspace) through the shared reader: a bounded read,
 * so a huge file or a device that never ends is refused without being held in memory; UTF-8 only,
 * since a file in another encoding would be read with its Chinese names replaced by `�`; then
 * `readJson`'s limits and refused keys. Every way it can fail comes back as messages that start
 * with the file name, one line per problem, never as a thrown error.
 *
 * @param file - The path as the user typed it, relative to the working directory.
 * @param limits - Overrides of the reader's limits; the defaults hold every workspace the page can save.
 * @returns The parsed value, or the messages to print.
 */
export function readJsonFile(file: string, limits: Partial<JsonLimits> = {}): { value: unknown } | { messages: string[] } {
  const where = fileLabel(file);
  const maxChars = limits.maxChars ?? DEFAULT_JSON_LIMITS.maxChars;
  let bytes: Uint8Array | 'too-large';
  try {
    // A UTF-16 unit takes at most 3 bytes of UTF-8, so more than 3 bytes per allowed character is surely too long.
    bytes = readAtMost(file, 3 * maxChars);
  } catch (e) {
    return { messages: [`${where}: cannot read the file (${readError(e)})`] };
  }
  if (bytes === 'too-large') return { messages: describeJsonIssues(where, [{ path: '', code: 'too-large', detail: String(maxChars) }]) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { messages: [`${where}: UTF-16 text; save the file as UTF-8`] };
  }
  let text: string;
  try {
    // `fatal`: a byte that is not UTF-8 is an error rather than a quiet U+FFFD; the BOM is kept for readJson.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstBadByte(bytes);
    return { messages: [`${where}: not UTF-8 text${bad ? ` (byte ${bad})` : ''}; save the file as UTF-8`] };
  }
  const read = readJson(text, limits);
  return 'issues' in read ? { messages: describeJsonIssues(where, read.issues) } : { value: read.value };
}

/**
 * Word the shared reader's issues as `where: path: what is wrong`, one line each.
 *
 * @param where - The file name or flag the JSON came from.
 * @param issues - From `readJson` or `checkValue`.
 * @param prefix - Put before each path, when the JSON checked is part of a larger one (`layers`).
 */
export function describeJsonIssues(where: string, issues: readonly JsonIssue[], prefix = ''): string[] {
  const lines = issues.slice(0, MAX_MESSAGES).map((issue) => {
    const limit = Number(issue.detail ?? NaN).toLocaleString('en-GB');
    switch (issue.code) {
      case 'too-large':
        return `${where}: too large (more than ${limit} characters)`;
      case 'too-deep':
        return `${where}: nested too deeply (more than ${limit} levels of arrays and objects)`;
      case 'too-many-values':
        return `${where}: too many values (more than ${limit})`;
      case 'not-json':
        return `${where}: invalid JSON${issue.detail ? `: ${oneLine(issue.detail, 160)}` : ''}`;
      case 'forbidden-key':
        return `${where}: ${oneLine(joinPath(prefix, issue.path))}: ${FORBIDDEN_KEY_TEXT}`;
      default:
        return `${where}: ${oneLine(joinPath(prefix, issue.path)) || '(top level)'}: ${String((issue as JsonIssue).code)}`;
    }
  });
  return capMessages(where, lines, issues.length);
}

/** A file name as typed, made safe for a message line (a name can hold a line break too). */
export function fileLabel(file: string): string {
  return oneLine(file, 4096);
}

function joinPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  if (path === '' || path.startsWith('[')) return `${prefix}${path}`;
  return `${prefix}.${path}`;
}

/** Read a file's bytes, or say it holds more than `limit` without reading further. */
export function readAtMost(file: string, limit: number): Uint8Array | 'too-large' {
  const fd = openSync(file, 'r');
  try {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(1 << 20, limit + 1 - size));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      size += n;
      if (size > limit) return 'too-large';
      chunks.push(chunk.subarray(0, n));
    }
    return joinBytes(chunks, size);
  } finally {
    closeSync(fd);
  }
}

/**
 * The value and offset of the first byte that cannot start or continue a UTF-8 character, for the
 * message; null when the fault is subtler (an overlong form, a surrogate) and the decoder's alone.
 */
function firstBadByte(bytes: Uint8Array): string | null {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return at(i, b);
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
    }
    if (!ok) return at(i, b);
    i += need + 1;
  }
  return null;
}

function at(offset: number, byte: number): string {
  return `0x${byte.toString(16).padStart(2, '0').toUpperCase()} at offset ${offset.toLocaleString('en-GB')}`;
}

/** Say why a file could not be read, in a few words (no such file, a folder…). */
export function readError(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES') return 'permission denied';
  return oneLine(e instanceof Error ? e.message : String(e));
}
