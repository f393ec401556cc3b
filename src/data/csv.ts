/** One parsed CSV record with the 1-based line of the file on which it starts. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** What can go wrong while splitting text into records, before any column is looked at. */
export type CsvSyntaxCode = 'unclosed-quote' | 'stray-quote';

/** A quote out of place, located where an editor or a spreadsheet shows it. */
export interface CsvSyntaxProblem {
  /** The 1-based physical line the quote is on (quoted line breaks before it counted). */
  line: number;
  /** The 1-based field of its record (a spreadsheet's column). */
  column: number;
  /** The line its record starts on, so a caller can tell which record it spoils. */
  record: number;
  code: CsvSyntaxCode;
}

export interface CsvParseResult {
  /** The records `keep` accepted, at most `maxRecords` of them. */
  records: CsvRecord[];
  problems: CsvSyntaxProblem[];
  /** The line of the first accepted record past `maxRecords`, or null when every record was read. */
  overflowLine: number | null;
}

export interface CsvOptions {
  /** The field separator: one character, not a quote or a line break. Defaults to `,`. */
  delimiter?: string;
  /**
   * Which records to return; the others are dropped, but their lines still count. Defaults to
   * dropping empty lines (a record of one empty field).
   */
  keep?: (fields: readonly string[]) => boolean;
  /** Stop at the first accepted record past this many and report its line. Defaults to no limit. */
  maxRecords?: number;
}

/**
 * Split CSV text into records, remembering the line each record starts on.
 *
 * RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180), with three additions: a leading byte-order
 * mark is dropped; a lone CR ends a line as CRLF and LF do (old Mac exports), in and out of quotes,
 * so line numbers match an editor's; and the delimiter may be other than a comma (tabs from Excel's
 * clipboard, semicolons from European locales). A field starting with `"` may hold delimiters, line
 * breaks and doubled quotes; its line breaks are kept as written. We keep line numbers (which
 * d3-dsv does not) because every message must name the line a user can open.
 *
 * Two problems are reported, and neither stops the split:
 * - `unclosed-quote`, where a quote opens a field and never closes. The quote is then read as an
 *   ordinary character, so the field runs to the next delimiter or line end and the lines after it
 *   are read as records, rather than one stray `"` swallowing the rest of the file.
 * - `stray-quote`, where a quote stands inside an unquoted field or text follows a closing quote;
 *   the text is kept as written. At most one per field, so hostile input cannot flood the list.
 *
 * @param text - The whole file as a string.
 * @param options - Delimiter, which records to keep, and a record limit; see {@link CsvOptions}.
 * @returns The records, the quote problems and where the record limit stopped the split.
 * @example parseCsv('a;b\r"x\r\ny";2', { delimiter: ';' }).records // [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['x\r\ny', '2'] }]
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvParseResult {
  const delimiter = maybeDelimiter(options.delimiter);
  const keep = options.keep ?? isNotEmptyLine;
  const maxRecords = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const records: CsvRecord[] = [];
  const problems: CsvSyntaxProblem[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let i = 0;
  let line = 1;
  while (i < src.length) {
    const record = line;
    const fields: string[] = [];
    for (;;) {
      const column = fields.length + 1;
      let field = '';
      let closedAt = -1;
      if (src[i] === '"') {
        closedAt = findClosingQuote(src, i + 1);
        if (closedAt < 0) problems.push({ line, column, record, code: 'unclosed-quote' });
        else {
          field = src.slice(i + 1, closedAt).replaceAll('""', '"');
          line += countLineBreaks(src, i + 1, closedAt);
          i = closedAt + 1;
        }
      }
      // Text after a closing quote, or a whole unquoted field, runs to the next delimiter or line end.
      const end = findFieldEnd(src, i, delimiter);
      const rest = src.slice(i, end);
      // A field whose quote never closed is read literally and reported above, not again as stray.
      const stray = closedAt >= 0 ? rest !== '' : src[i] !== '"' && rest.includes('"');
      if (stray) problems.push({ line, column, record, code: 'stray-quote' });
      fields.push(field + rest);
      i = end;
      if (src[i] === delimiter) {
        i++;
        continue;
      }
      if (src[i] === '\r') i++;
      if (src[i] === '\n') i++;
      line++;
      break;
    }
    if (!keep(fields)) continue;
    if (records.length >= maxRecords) return { records, problems, overflowLine: record };
    records.push({ line: record, fields });
  }
  return { records, problems, overflowLine: null };
}

/**
 * Count line breaks between two positions, a CRLF pair as one and a lone CR as one, as
 * {@link parseCsv} counts lines.
 *
 * @param text - The text.
 * @param from - First index, inclusive; defaults to 0.
 * @param to - Last index, exclusive; defaults to the end.
 */
export function countLineBreaks(text: string, from = 0, to = text.length): number {
  let breaks = 0;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) breaks++;
    else if (c === 13 && text.charCodeAt(j + 1) !== 10) breaks++;
  }
  return breaks;
}

function maybeDelimiter(delimiter = ','): string {
  // A quote or line break as the separator would make the text ambiguous; this is a caller's bug.
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new RangeError(`A CSV delimiter is one character other than a quote or line break, not ${JSON.stringify(delimiter)}.`);
  }
  return delimiter;
}

function isNotEmptyLine(fields: readonly string[]): boolean {
  return !(fields.length === 1 && fields[0] === '');
}

/**
 * Find the quote that closes a quoted field, skipping doubled quotes; -1 if none.
 *
 * Note: after one scan has run to the end of the text unclosed, every later quote in that text is
 * part of a doubled pair, so a later field starting with a quote closes at the end of its run. Only
 * one scan can therefore reach the end, which keeps hostile input linear.
 */
function findClosingQuote(text: string, from: number): number {
  let j = from;
  for (;;) {
    const k = text.indexOf('"', j);
    if (k < 0) return -1;
    if (text[k + 1] !== '"') return k;
    j = k + 2;
  }
}

function findFieldEnd(text: string, from: number, delimiter: string): number {
  let j = from;
  while (j < text.length) {
    const c = text[j];
    if (c === delimiter || c === '\n' || c === '\r') break;
    j++;
  }
  return j;
}
