import { EXIT, runAssess, type CliIo } from './assess-command.ts';
import { oneLine } from './message-text.ts';
import { parseCliArgs, USAGE } from './parse-args.ts';

/**
 * Run the command line and return its exit code. Everything it prints goes through `io`, and it
 * touches no process state (no exit code, no handlers), so tests run it in-process; `main.ts` is
 * the process around it. File paths are read relative to the process's working directory.
 *
 * @param argv - The arguments after the script, e.g. `process.argv.slice(2)`.
 * @param io - Where to write.
 * @returns The exit code: 0, 1 for a failure inside the CLI, the engine or the seeds, 2 for bad usage or input.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const request = parseCliArgs(argv);
  switch (request.command) {
    case 'help':
      io.out(USAGE);
      return EXIT.ok;
    case 'usage-error':
      // The message may quote what was typed; it stays one line whatever that holds.
      io.err(`error: ${oneLine(request.message, 300)}\n\n${USAGE}`);
      return EXIT.badInput;
    case 'assess':
      return runAssess(request, io);
    case 'render': {
      // The link is opened first: a refused link is answered before jsdom and Plot load.
      const opened = await (await import('./open-link.ts')).openLink(request.link);
      if ('messages' in opened) {
        opened.messages.forEach((m) => io.err(m));
        return EXIT.badInput;
      }
      // Loaded only for render: jsdom and Plot are a second of start-up that assess does not need.
      return (await import('./render-command.ts')).runRender(request, opened.link, io);
    }
    case 'evaluate':
      return (await import('./evaluate-command.ts')).runEvaluate(request, io);
  }
}

/**
 * The last word on an error nothing else caught: one line, `error: <message>` (the process exits 1).
 * Bad input never comes here (the commands answer it with exit 2 and a line per problem), so this
 * is a bug in the CLI or the engine, and a stack trace would only hide the sentence a user can report.
 *
 * @param e - What was thrown or rejected.
 * @returns The line, without its newline.
 */
export function internalErrorLine(e: unknown): string {
  const message = e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
  return `error: ${oneLine(message.replace(/\s+/g, ' ').trim(), 300)}`;
}
