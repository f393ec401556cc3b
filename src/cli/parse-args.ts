import { maybeLocale, type Locale } from '../text/locale.ts';
import { EVALUATE_YEARS } from '../scenario/scenario.ts';

/** What the command line asked for: a command to run, the usage text, or a mistake to report. */
export type CliRequest =
  | AssessRequest
  | RenderRequest
  | EvaluateRequest
  | { command: 'help' }
  | { command: 'usage-error'; message: string };

export interface AssessRequest {
  command: 'assess';
  /** Null: the default scenario (today's data), which needs at least one plan file. */
  scenarioFile: string | null;
  /** Plan tables (`--plan`, repeatable), read as the page's plan import reads them. */
  planFiles: string[];
  json: boolean;
}

export interface RenderRequest {
  command: 'render';
  /** A notebook or embed address, or just its fragment (`s=…`). */
  link: string;
  out: string;
  /** Series keys or indicator ids; null renders every chart. */
  charts: string[] | null;
  locale: Locale;
  /** The notebook address written into the files when the link is only a fragment. */
  baseUrl: string | null;
  /** Also write each chart as PNG at 2×, as the page's PNG download. */
  png: boolean;
}

export interface EvaluateRequest {
  command: 'evaluate';
  /** The first and last as-of years. */
  from: number;
  to: number;
  /** A scenario file whose assumptions, seed and paths to evaluate; null for the shipped defaults. */
  scenarioFile: string | null;
  json: boolean;
}

/** The usage text, printed for `--help` and after every usage mistake. */
export const USAGE = `Usage: npm run cli -- assess [--scenario FILE] [--plan FILE]... [--json]
       npm run cli -- render --link "URL or FRAGMENT" --out DIR [--charts ID,ID] [--lang zh|en] [--base-url URL] [--png]
       npm run cli -- evaluate [--from ${EVALUATE_YEARS.from}] [--to ${EVALUATE_YEARS.to}] [--scenario FILE] [--json]

Commands:
  assess    Project every indicator under a scenario and assess every target.
  render    Write charts of a shared scenario link as SVG and CSV files (and PNG), as the page draws them.
  evaluate  Hindcast from every as-of year and score the forecasts against what was published later,
            beside a random walk with drift on the same points (rolling-origin evaluation).

Options:
  --scenario FILE   Scenario JSON (see docs/cli.md); relative to the current directory.
  --plan FILE       assess: a plan's targets as a CSV/TSV table (see docs/cli.md); repeatable; without
                    --scenario, assessed on today's data with the default scenario.
  --json            Print one JSON object instead of the table.
  --from, --to      First and last as-of years of evaluate; default ${EVALUATE_YEARS.from} and ${EVALUATE_YEARS.to}.
  --link TEXT       A notebook or embed.html address, or its fragment (s=…); quote it in the shell.
  --out DIR         Folder to write into; created if missing.
  --charts IDS      Comma-separated indicator ids or series keys (id@region); default: every chart.
  --lang zh|en      Language of titles, captions and sources; default zh.
  --base-url URL    Notebook address for the links inside the files when --link is only a fragment.
  --png             render: also write each chart as PNG at 2× (needs a CJK font, e.g. fonts-noto-cjk).
  --help, -h        Print this text.

Exit codes: 0 done, 1 failure inside the engine or the seed data, 2 bad usage, scenario or link.`;

/** Flags that take a value, per command. */
const VALUE_FLAGS: Record<'assess' | 'render' | 'evaluate', readonly string[]> = {
  assess: ['--scenario', '--plan'],
  evaluate: ['--scenario', '--from', '--to'],
  render: ['--link', '--out', '--charts', '--lang', '--base-url'],
};
/** What each value flag wants, for the message when it is missing. */
const WANTS: Record<string, string> = {
  '--scenario': 'a file',
  '--plan': 'a file',
  '--link': 'a link',
  '--out': 'a folder',
  '--charts': 'chart ids',
  '--lang': 'zh or en',
  '--base-url': 'an address',
  '--from': 'a year',
  '--to': 'a year',
};

/**
 * Parse the arguments after the script name. Flags are spelled out in full; anything unknown is a
 * usage error rather than ignored, so a typo such as `--jsn` never silently changes the output.
 *
 * @param argv - The arguments, e.g. `process.argv.slice(2)`.
 * @example parseCliArgs(['assess', '--scenario', 'examples/scenario-2018.json', '--json'])
 */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === undefined) return usageError('no command given');
  if (command !== 'assess' && command !== 'render' && command !== 'evaluate') return usageError(`unknown command "${command}"`);

  const values = new Map<string, string>();
  const planFiles: string[] = [];
  let json = false;
  let png = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (arg === '--help' || arg === '-h') return { command: 'help' };
    if ((command === 'assess' || command === 'evaluate') && arg === '--json') json = true;
    else if (command === 'render' && arg === '--png') png = true;
    else if (VALUE_FLAGS[command].includes(flag)) {
      const value = flag === arg ? rest[++i] : arg.slice(eq + 1);
      // A following flag is not a value: `--scenario --json` means the file was forgotten.
      if (value === undefined || value === '' || (flag === arg && value.startsWith('-'))) return usageError(`${flag} needs ${WANTS[flag]}`);
      if (flag === '--plan') planFiles.push(value);
      else values.set(flag, value);
    } else return usageError(`unknown ${arg.startsWith('-') ? 'flag' : 'argument'} "${arg}"`);
  }

  if (command === 'assess') {
    const scenarioFile = values.get('--scenario') ?? null;
    return scenarioFile === null && planFiles.length === 0 ? usageError('assess needs --scenario FILE or --plan FILE') : { command, scenarioFile, planFiles, json };
  }
  if (command === 'evaluate') return evaluateRequest(values, json);
  const link = values.get('--link');
  const out = values.get('--out');
  if (link === undefined) return usageError('render needs --link "URL or FRAGMENT"');
  if (out === undefined) return usageError('render needs --out DIR');
  const lang = values.get('--lang') ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') return usageError(`--lang must be zh or en, not "${lang}"`);
  const charts = values.get('--charts')?.split(',').map((c) => c.trim()).filter((c) => c !== '') ?? null;
  const baseUrl = values.get('--base-url') ?? null;
  if (baseUrl !== null && !/^https?:\/\//.test(baseUrl)) return usageError('--base-url must start with http:// or https://');
  return { command, link, out, charts, locale: maybeLocale(lang), baseUrl, png };
}

function evaluateRequest(values: ReadonlyMap<string, string>, json: boolean): CliRequest {
  const year = (flag: string, fallback: number): number | null => {
    const text = values.get(flag);
    if (text === undefined) return fallback;
    return /^\d{4}$/.test(text) ? Number(text) : null;
  };
  const from = year('--from', EVALUATE_YEARS.from);
  const to = year('--to', EVALUATE_YEARS.to);
  if (from === null) return usageError('--from must be a year such as 2012');
  if (to === null) return usageError('--to must be a year such as 2022');
  if (to < from) return usageError(`--to (${to}) must not be before --from (${from})`);
  return { command: 'evaluate', from, to, scenarioFile: values.get('--scenario') ?? null, json };
}

function usageError(message: string): CliRequest {
  return { command: 'usage-error', message };
}
