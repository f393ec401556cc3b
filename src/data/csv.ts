/** One parsed CSV record with the 1-based line of the file on which it starts. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** What can go wrong while splitting text into records, before any column is looked at. */
export type CsvSyntaxCode = 'unclosed-quote' | 'stray-quote';

export interface CsvSyntaxProblem {
  line: number;
  code: CsvSyntaxCode;
}

export interface CsvParseResult {
  records: CsvRecord[];
  problems: CsvSyntaxProblem[];
}

/**
 * Split RFC 4180 CSV text into records, remembering the line each record starts on.
 *
 * A leading byte-order mark is dropped; CRLF and LF endings are both accepted; blank lines are
 * skipped. Quoted fields may hold commas, doubled quotes and line breaks. We keep line numbers
 * (which d3-dsv does not) because every validation message must name the line a user can open.
 *
 * @param text - The whole file as a string.
 * @returns The records and any syntax problems; a record with a syntax problem is still returned.
 */
export function parseCsv(text: string): CsvParseResult {
  const records: CsvRecord[] = [];
  const problems: CsvSyntaxProblem[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let endOfRecord = false;
    while (!endOfRecord) {
      if (src[i] === '"') {
        i++;
        let closed = false;
        while (i < src.length) {
          const c = src[i];
          if (c === '"') {
            if (src[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n') line++;
          field += c;
          i++;
        }
        if (!closed) problems.push({ line: start, code: 'unclosed-quote' });
        // After a closing quote only a separator or the end of the record may follow.
        if (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
          problems.push({ line, code: 'stray-quote' });
          while (i < src.length && src[i] !== ',' && src[i] !== '\n') field += src[i++];
        }
      } else {
        while (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
          if (src[i] === '"') problems.push({ line, code: 'stray-quote' });
          field += src[i++];
        }
      }
      fields.push(field);
      field = '';
      if (src[i] === ',') {
        i++;
        continue;
      }
      if (src[i] === '\r') i++;
      if (src[i] === '\n') {
        i++;
        line++;
      }
      endOfRecord = true;
    }
    const blank = fields.length === 1 && fields[0] === '';
    if (!blank) records.push({ line: start, fields });
  }
  return { records, problems };
}
