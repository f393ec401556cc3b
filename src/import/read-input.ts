import { countLineBreaks } from '../data/csv.ts';
import { decodeBytes, startsWith, type TextEncodingName } from './decode-text.ts';
import { importNote, importProblem, type ImportNote, type ImportProblem } from './import-problems.ts';

/** The largest upload or paste the importer reads: 5 MiB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** What the user gave: file bytes (an upload) or text (a paste), and the name to file it under. */
export interface ImportInput {
  bytes?: Uint8Array;
  text?: string;
  /** The file name, or a label such as "粘贴 2026-11-23 10:41"; it becomes each value's default source. */
  name: string;
}

/** The text to read, or the one problem that refuses the whole input. */
export type InputReading =
  | { ok: true; text: string; encoding: TextEncodingName | null; notes: ImportNote[] }
  | { ok: false; encoding: TextEncodingName | null; problem: ImportProblem };

// An .xlsx/.docx is a ZIP; an old .xls is an OLE2 compound file.
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Turn an upload or paste into text, refusing what is not a text table before any parsing.
 *
 * Bytes win over text when both are given. Refused: nothing at all (`empty`), more than
 * {@link MAX_IMPORT_BYTES} (`too-large`, checked first so a huge file costs nothing), an Excel
 * workbook (`excel-file`: it must be saved as CSV or copied and pasted), and text with NUL characters
 * (`binary`). Bytes no encoding could read are kept as U+FFFD with an `undecodable-bytes` note.
 *
 * @param input - The upload or paste.
 */
export function readInput(input: ImportInput): InputReading {
  let text: string;
  let encoding: TextEncodingName | null = null;
  if (input.bytes !== undefined) {
    const bytes = input.bytes;
    if (bytes.length > MAX_IMPORT_BYTES) return refuse('too-large');
    if (startsWith(bytes, ZIP) || startsWith(bytes, OLE2)) return refuse('excel-file');
    ({ text, encoding } = decodeBytes(bytes));
  } else {
    text = input.text ?? '';
    if (text.length > MAX_IMPORT_BYTES || utf8Length(text, MAX_IMPORT_BYTES) > MAX_IMPORT_BYTES) return refuse('too-large');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return refuse('binary', encoding, 1 + countLineBreaks(text, 0, nul));
  if (text.trim() === '') return refuse('empty', encoding);
  const notes: ImportNote[] = [];
  const bad = text.indexOf('\ufffd');
  if (bad >= 0 && input.bytes !== undefined) {
    notes.push(importNote(1 + countLineBreaks(text, 0, bad), null, 'undecodable-bytes', lineAround(text, bad)));
  }
  return { ok: true, text, encoding, notes };
}

function refuse(code: ImportProblem['code'], encoding: TextEncodingName | null = null, line = 1): InputReading {
  return { ok: false, encoding, problem: importProblem(line, null, code) };
}

/** Count UTF-8 bytes, stopping once past `limit`. */
function utf8Length(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    // Surrogate pairs are 4 bytes for two code units, so 2 each.
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

function lineAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('\n', index), text.lastIndexOf('\r', index)) + 1;
  return text.slice(start, index + 1);
}
