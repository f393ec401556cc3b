/** What the command line asked for: a command to run, the usage text, or a mistake to report. */
export type CliRequest =
  | { command: 'assess'; scenarioFile: string; json: boolean }
  | { command: 'help' }
  | { command: 'usage-error'; message: string };

/** The usage text, printed for `--help` and after every usage mistake. */
export const USAGE = `Usage: npm run cli -- assess --scenario FILE [--json]

Commands:
  assess    Project every indicator under a scenario and assess every target.

Options:
  --scenario FILE   Scenario JSON (see docs/cli.md); relative to the current directory.
  --json            Print one JSON object instead of the table.
  --help, -h        Print this text.

Exit codes: 0 done, 1 failure inside the engine or the seed data, 2 bad usage or scenario.`;

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
  if (command !== 'assess') return usageError(`unknown command "${command}"`);

  let scenarioFile: string | null = null;
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') return { command: 'help' };
    else if (arg === '--scenario') {
      const value = rest[++i];
      // A following flag is not a file name: `--scenario --json` means the file was forgotten.
      if (value === undefined || value === '' || value.startsWith('-')) return usageError('--scenario needs a file');
      scenarioFile = value;
    } else if (arg.startsWith('--scenario=')) {
      scenarioFile = arg.slice('--scenario='.length);
      if (scenarioFile === '') return usageError('--scenario needs a file');
    } else return usageError(`unknown ${arg.startsWith('-') ? 'flag' : 'argument'} "${arg}"`);
  }
  if (scenarioFile === null) return usageError('assess needs --scenario FILE');
  return { command: 'assess', scenarioFile, json };
}

function usageError(message: string): CliRequest {
  return { command: 'usage-error', message };
}
